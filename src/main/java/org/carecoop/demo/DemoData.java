package org.carecoop.demo;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.WorkerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo co-op once; later starts find it already there and leave it alone. */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String DOMAIN = "@demo.carecoop.test";

    private final PeopleApi people;
    private final boolean enabled;
    private final String password;

    DemoData(
            PeopleApi people,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled,
            @Value("${carecoop.demo.password}") String password) {
        this.people = people;
        this.enabled = enabled;
        this.password = password;
    }

    record DemoAccount(String name, String displayName, Set<Role> roles) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("eric", "Eric Walsh", Set.of(Role.SUPPORTED_PERSON)),
            new DemoAccount("linda", "Linda Sutcliffe", Set.of(Role.SUPPORTED_PERSON)),
            new DemoAccount("pat", "Pat Greenwood", Set.of(Role.FAMILY)),
            new DemoAccount("sam", "Sam Walsh", Set.of(Role.FAMILY)),
            new DemoAccount("drshah", "Dr Anjali Shah", Set.of(Role.HEALTH_PROFESSIONAL)),
            new DemoAccount("coordinator", "Rachel Moss", Set.of(Role.COORDINATOR)),
            new DemoAccount("amina", "Amina Hussain", Set.of(Role.WORKER)),
            new DemoAccount("ben", "Ben Crowther", Set.of(Role.WORKER)),
            new DemoAccount("chloe", "Chloe Barker", Set.of(Role.WORKER, Role.PEER_SUPPORTER)),
            new DemoAccount("dev", "Dev Patel", Set.of(Role.WORKER)),
            new DemoAccount("ella", "Ella Thornton", Set.of(Role.WORKER)),
            new DemoAccount("finn", "Finn O'Brien", Set.of(Role.WORKER, Role.VOLUNTEER)),
            new DemoAccount("grace", "Grace Mitchell", Set.of(Role.WORKER)),
            new DemoAccount("hari", "Hari Sharma", Set.of(Role.WORKER)));

    /** First of the demo loaders: the others build on these accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void load() {
        if (!enabled) {
            return;
        }
        int created = 0;
        int profiles = 0;
        for (DemoAccount account : ACCOUNTS) {
            String email = account.name() + DOMAIN;
            Optional<AccountSummary> existing = people.accountByEmail(email);
            UUID id = existing.map(AccountSummary::id)
                    .orElseGet(() -> people.createAccount(email, account.displayName(), password, account.roles()));
            if (existing.isEmpty()) {
                created++;
            }
            profiles += profile(account, id, existing.isEmpty());
        }
        if (created > 0) {
            log.info("Demo data: created {} accounts; each signs in with the demo password", created);
        }
        if (profiles > 0) {
            log.info("Demo data: filled in {} profiles and photos", profiles);
        }
    }

    /**
     * Fills in what a demo account has not got yet: its profile sections, its street address while it
     * has none, and a photo, and its contact details the first time. What someone has since changed is left as they left it.
     */
    private int profile(DemoAccount account, UUID id, boolean created) {
        int filled = 0;
        PersonProfile person = DemoProfiles.PEOPLE.get(account.name());
        if (person != null && people.personProfile(id).isEmpty()) {
            people.savePersonProfile(id, person);
            filled++;
        }
        PersonAddress address = DemoProfiles.ADDRESSES.get(account.name());
        if (address != null
                && people.personAddress(id).filter(PersonAddress::hasStreet).isEmpty()) {
            people.savePersonAddress(id, address);
            filled++;
        }
        WorkerProfile worker = DemoProfiles.WORKERS.get(account.name());
        if (worker != null && people.workerProfile(id).isEmpty()) {
            people.saveWorkerProfile(id, worker);
            filled++;
        }
        boolean photoMissing = !people.hasPhoto(id);
        if (photoMissing) {
            people.savePhoto(id, DemoPortraits.of(account.name()));
        }
        String phone = DemoProfiles.PHONES.get(account.name());
        if (phone != null && (created || photoMissing)) {
            people.changeContact(id, account.displayName(), phone);
        }
        return filled;
    }
}
