package org.carecoop.people.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.ProfileException;
import org.carecoop.people.WorkerChanged;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing profiles (CH1): the account's own contact details and its person and worker sections,
 * all in one transaction so that a refused part leaves everything as it was. Postcodes are located
 * through the Geocoder; a postcode it cannot place is refused. Every change is audited.
 */
@Service
public class ProfileEditing {

    public static final int DISPLAY_NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final String PHONE_PATTERN = "[0-9+() \\-]*";

    static final String SYSTEM_ACTOR = "CareCoop system";
    private static final Pattern PHONE = Pattern.compile(PHONE_PATTERN);

    private final Accounts accounts;
    private final Profiles profiles;
    private final Geocoder geocoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProfileEditing(
            Accounts accounts,
            Profiles profiles,
            Geocoder geocoder,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.accounts = accounts;
        this.profiles = profiles;
        this.geocoder = geocoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the caller's own profile: the account the request acts as, which in assisted mode is
     * the person the co-ordinator acts for.
     *
     * @throws ProfileException when a postcode cannot be located; nothing is saved
     */
    @Transactional
    public void change(Caller caller, ProfileChange change) {
        Account account = accounts.byId(caller.accountId()).orElseThrow();
        List<String> changed = new ArrayList<>();
        GeoPoint personPoint = null;
        GeoPoint workerPoint = null;
        if (change.person() != null && ProfileSections.person(account.roles())) {
            personPoint = locate(change.person().postcode(), "person.postcode");
        }
        if (change.worker() != null && ProfileSections.worker(account.roles())) {
            workerPoint = locate(change.worker().postcode(), "worker.postcode");
        }
        accounts.changeContact(account.id(), displayName(change.displayName()), phone(change.phone()));
        changed.add("contact details");
        if (change.person() != null && ProfileSections.person(account.roles())) {
            profiles.savePerson(account.id(), change.person(), personPoint, clock.instant());
            changed.add("support wanted");
        }
        if (change.worker() != null && ProfileSections.worker(account.roles())) {
            profiles.saveWorker(account.id(), change.worker(), workerPoint, clock.instant());
            changed.add("work profile");
        }
        if (ProfileSections.worker(account.roles())) {
            // Matching shows a worker's name as well as their work profile.
            events.publishEvent(new WorkerChanged(account.id()));
        }
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", account.id(), "profile", Outcome.ALLOWED)
                .withDetail("Changed " + String.join(", ", changed)));
    }

    /** Saves a person's profile on the system's authority, for {@link org.carecoop.people.PeopleApi}. */
    @Transactional
    public void savePersonBySystem(UUID accountId, PersonProfile profile) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (!ProfileSections.person(account.roles())) {
            throw new IllegalArgumentException("This account does not receive support");
        }
        profiles.savePerson(accountId, profile, locate(profile.postcode(), "person.postcode"), clock.instant());
        auditBySystem(accountId, "Saved support wanted");
    }

    /** Saves a worker's profile on the system's authority, for {@link org.carecoop.people.PeopleApi}. */
    @Transactional
    public void saveWorkerBySystem(UUID accountId, WorkerProfile profile) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
        if (!ProfileSections.worker(account.roles())) {
            throw new IllegalArgumentException("This account does not give support");
        }
        profiles.saveWorker(accountId, profile, locate(profile.postcode(), "worker.postcode"), clock.instant());
        events.publishEvent(new WorkerChanged(accountId));
        auditBySystem(accountId, "Saved work profile");
    }

    /** Changes contact details on the system's authority, for {@link org.carecoop.people.PeopleApi}. */
    @Transactional
    public void changeContactBySystem(UUID accountId, String displayName, String phone) {
        Account account = accounts.byId(accountId).orElseThrow(() -> new IllegalArgumentException("No such account"));
        accounts.changeContact(accountId, displayName(displayName), phone(phone));
        if (ProfileSections.worker(account.roles())) {
            events.publishEvent(new WorkerChanged(accountId));
        }
        auditBySystem(accountId, "Changed contact details");
    }

    private @Nullable GeoPoint locate(@Nullable Postcode postcode, String field) {
        if (postcode == null) {
            return null;
        }
        return geocoder.locate(postcode)
                .map(Location::point)
                .orElseThrow(() -> ProfileException.postcodeNotFound(field));
    }

    private void auditBySystem(UUID accountId, String detail) {
        audit.record(new AuditEntry(
                clock.instant(),
                null,
                SYSTEM_ACTOR,
                null,
                "UPDATE",
                accountId,
                "profile",
                accountId.toString(),
                Outcome.ALLOWED,
                detail));
    }

    private static String displayName(String name) {
        String tidy = name.strip();
        if (tidy.isEmpty() || tidy.length() > DISPLAY_NAME_MAX || !PlainText.Validator.plain(tidy)) {
            throw new IllegalArgumentException("A name must be 1 to " + DISPLAY_NAME_MAX + " characters of text");
        }
        return tidy;
    }

    private static String phone(String phone) {
        String tidy = phone.strip();
        if (tidy.length() > PHONE_MAX || !PHONE.matcher(tidy).matches()) {
            throw new IllegalArgumentException("Not a phone number");
        }
        return tidy;
    }
}
