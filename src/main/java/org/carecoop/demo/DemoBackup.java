package org.carecoop.demo;

import java.util.Optional;
import java.util.Set;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Eric's emergency back-up pool (CH6), made the way people make theirs: Eric invites Grace and Hari;
 * Grace has accepted, Hari has not answered yet. Done once, while Eric's pool is empty.
 */
@Component
class DemoBackup {

    private static final Logger log = LoggerFactory.getLogger(DemoBackup.class);

    private final PeopleApi people;
    private final MatchingApi matching;
    private final boolean enabled;

    DemoBackup(
            PeopleApi people,
            MatchingApi matching,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.matching = matching;
        this.enabled = enabled;
    }

    /** After {@link DemoData} has made the accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void invite() {
        Optional<AccountSummary> eric = demo("eric");
        Optional<AccountSummary> grace = demo("grace");
        Optional<AccountSummary> hari = demo("hari");
        if (!enabled || eric.isEmpty() || grace.isEmpty() || hari.isEmpty()) {
            return;
        }
        if (!matching.backupPool(eric.get().id()).isEmpty()) {
            return;
        }
        Caller asEric = caller(eric.get(), Role.SUPPORTED_PERSON);
        matching.inviteToBackupPool(asEric, eric.get().id(), grace.get().id());
        matching.inviteToBackupPool(asEric, eric.get().id(), hari.get().id());
        matching.answerBackupInvitation(
                caller(grace.get(), Role.WORKER), eric.get().id(), true);
        log.info("Demo data: Grace is in Eric's back-up pool; Hari is invited");
    }

    private Optional<AccountSummary> demo(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN);
    }

    private static Caller caller(AccountSummary account, Role role) {
        return new Caller(
                account.id(), account.displayName(), account.id(), account.displayName(), Set.of(role.name()));
    }
}
