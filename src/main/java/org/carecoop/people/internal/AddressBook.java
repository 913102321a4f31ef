package org.carecoop.people.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonRecordAccess;
import org.carecoop.people.ProfileException;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and changing the address where a person who receives support is visited. It is contact
 * information, so the person's {@code PROFILE_AND_CONTACT} permissions decide through {@link
 * PersonRecordAccess}, which records each decision in the person's access log: the person reads and
 * changes their own (a co-ordinator in assisted mode acts as them), those they let read their profile
 * and contact details read it, and their nominees may change it. Co-ordinators, who arrange the visits,
 * may read and change it too; their reads are recorded here. A postcode must be one the Geocoder can
 * place, like the profile's, because it is the same postcode.
 */
@Service
public class AddressBook {

    private final Accounts accounts;
    private final Addresses addresses;
    private final PersonRecordAccess records;
    private final Geocoder geocoder;
    private final AuditLog audit;
    private final Clock clock;

    AddressBook(
            Accounts accounts,
            Addresses addresses,
            PersonRecordAccess records,
            Geocoder geocoder,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.records = records;
        this.geocoder = geocoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The person's address, if the caller may read it; empty when none is recorded.
     *
     * @throws IllegalArgumentException when the account is not a person who receives support
     * @throws AccessDeniedException when the caller may not read it, after recording the refusal
     */
    public Optional<PersonAddress> read(Caller caller, UUID personId) {
        requirePerson(personId);
        if (!mayRead(caller, personId)) {
            throw new AccessDeniedException("Not allowed to read this address");
        }
        return addresses.read(personId);
    }

    /**
     * The person's address for a form to change it, if the caller may change it; empty when none is
     * recorded.
     *
     * @throws IllegalArgumentException when the account is not a person who receives support
     * @throws AccessDeniedException when the caller may not change it, after recording the refusal
     */
    public Optional<PersonAddress> forChange(Caller caller, UUID personId) {
        requirePerson(personId);
        requireMayChange(caller, personId);
        return addresses.read(personId);
    }

    /**
     * Replaces the person's address, postcode included, as the caller.
     *
     * @throws IllegalArgumentException when the account is not a person who receives support
     * @throws AccessDeniedException when the caller may not change it, after recording the refusal
     * @throws ProfileException when the postcode cannot be located (field {@code postcode}); nothing is
     *     saved
     */
    @Transactional
    public void change(Caller caller, UUID personId, PersonAddress address) {
        requirePerson(personId);
        requireMayChange(caller, personId);
        save(personId, address);
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", personId, "address", Outcome.ALLOWED)
                .withDetail("Changed the address for visits"));
    }

    /**
     * Replaces the person's address on the system's authority (imports, demo data).
     *
     * @throws IllegalArgumentException when the account is not a person who receives support
     * @throws ProfileException when the postcode cannot be located
     */
    @Transactional
    public void saveBySystem(UUID personId, PersonAddress address) {
        requirePerson(personId);
        save(personId, address);
        audit.record(new AuditEntry(
                clock.instant(),
                null,
                ProfileEditing.SYSTEM_ACTOR,
                null,
                "UPDATE",
                personId,
                "address",
                personId.toString(),
                Outcome.ALLOWED,
                "Saved the address for visits"));
    }

    /** The person's name, for the heading of a form about them. */
    public Optional<String> displayName(UUID personId) {
        return accounts.byId(personId).map(Account::displayName);
    }

    private void save(UUID personId, PersonAddress address) {
        GeoPoint point = locate(address);
        addresses.saveLines(personId, address, clock.instant());
        addresses.savePostcode(personId, address.postcode(), point, clock.instant());
    }

    private @Nullable GeoPoint locate(PersonAddress address) {
        if (address.postcode() == null) {
            return null;
        }
        return geocoder.locate(address.postcode())
                .map(Location::point)
                .orElseThrow(() -> ProfileException.postcodeNotFound("postcode"));
    }

    private boolean mayRead(Caller caller, UUID personId) {
        if (actingCoordinator(caller, personId)) {
            audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", personId, "address", Outcome.ALLOWED)
                    .withDetail("As a co-ordinator"));
            return true;
        }
        return records.mayReadProfile(caller, personId);
    }

    private void requireMayChange(Caller caller, UUID personId) {
        if (!actingCoordinator(caller, personId) && !records.mayChangeProfile(caller, personId)) {
            throw new AccessDeniedException("Not allowed to change this address");
        }
    }

    /** A co-ordinator signed in as themselves, not acting for someone, looking at someone else. */
    private static boolean actingCoordinator(Caller caller, UUID personId) {
        return caller.hasRole(Role.COORDINATOR.name())
                && !caller.assisted()
                && !caller.accountId().equals(personId);
    }

    private void requirePerson(UUID personId) {
        accounts.byId(personId)
                .filter(account -> ProfileSections.person(account.roles()))
                .orElseThrow(() -> new IllegalArgumentException("Not a person who receives support"));
    }
}
