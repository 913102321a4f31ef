package org.carecoop.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Absence;
import org.carecoop.people.AccountException;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.CleanedImage;
import org.carecoop.people.ContactDetails;
import org.carecoop.people.OnCallWindow;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Quote;
import org.carecoop.people.RateCard;
import org.carecoop.people.Role;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingTiers;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts: sign-up by the person, and assisted sign-up by a co-ordinator (CH7). */
@Service
public class AccountRegistration implements PeopleApi {

    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ProfileEditing profileEditing;
    private final Profiles profiles;
    private final PhotoUploads photoUploads;
    private final Photos photos;
    private final PhotoCleaner photoCleaner;
    private final Vetting vetting;
    private final WorkerAvailability availability;
    private final TimeAway timeAway;
    private final RateCards rateCards;
    private final Addresses addresses;
    // Looked up when first used: the address book asks the teams module, which itself uses this API.
    private final ObjectProvider<AddressBook> addressBook;

    AccountRegistration(
            Accounts accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock,
            ProfileEditing profileEditing,
            Profiles profiles,
            PhotoUploads photoUploads,
            Photos photos,
            PhotoCleaner photoCleaner,
            Vetting vetting,
            WorkerAvailability availability,
            TimeAway timeAway,
            RateCards rateCards,
            Addresses addresses,
            ObjectProvider<AddressBook> addressBook) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
        this.profileEditing = profileEditing;
        this.profiles = profiles;
        this.photoUploads = photoUploads;
        this.photos = photos;
        this.photoCleaner = photoCleaner;
        this.vetting = vetting;
        this.availability = availability;
        this.timeAway = timeAway;
        this.rateCards = rateCards;
        this.addresses = addresses;
        this.addressBook = addressBook;
    }

    /** A person signs themselves up. Only self-chosen roles are accepted. */
    @Transactional
    public UUID signUp(String email, String displayName, String password, Set<Role> roles) {
        if (roles.isEmpty() || !roles.stream().allMatch(Role::selfChosen)) {
            throw new IllegalArgumentException("Sign-up roles must be self-chosen: " + roles);
        }
        return createAccount(email, displayName, password, roles);
    }

    /**
     * A co-ordinator creates an account for someone who is not online. It has no password until the
     * person sets one through a reset link; the co-ordinator can act for it at once. Someone without
     * an email address gets an undeliverable sign-in name of their own. Recorded as created by the
     * co-ordinator, and in the access log.
     */
    @Transactional
    public UUID createOnBehalf(Caller coordinator, String email, String displayName, String phone, Set<Role> roles) {
        if (!coordinator.hasRole(Role.COORDINATOR.name())) {
            throw new org.springframework.security.access.AccessDeniedException("Only co-ordinators can do this");
        }
        if (roles.isEmpty() || !roles.stream().allMatch(Role::selfChosen)) {
            throw new IllegalArgumentException("Assisted sign-up roles must be self-chosen: " + roles);
        }
        UUID id = UUID.randomUUID();
        String signInName = email.isBlank() ? "person-" + id + Account.OFFLINE_DOMAIN : email.strip();
        if (accounts.emailTaken(signInName)) {
            throw AccountException.emailTaken();
        }
        insert(new Account(
                id,
                signInName,
                displayName.strip(),
                phone.isBlank() ? null : phone.strip(),
                null,
                clock.instant(),
                coordinator.actorId(),
                true,
                EnumSet.copyOf(roles)));
        audit.record(AuditEntry.by(coordinator, clock.instant(), "CREATE", id, "account", Outcome.ALLOWED)
                .withDetail("Account created on the person's behalf"));
        return id;
    }

    @Override
    @Transactional
    public UUID createAccount(String email, String displayName, String password, Set<Role> roles) {
        if (accounts.emailTaken(email)) {
            throw AccountException.emailTaken();
        }
        policy.check(password, email);
        UUID id = UUID.randomUUID();
        insert(new Account(
                id,
                email.strip(),
                displayName.strip(),
                null,
                encoder.encode(password),
                clock.instant(),
                null,
                true,
                EnumSet.copyOf(roles)));
        return id;
    }

    /**
     * Two sign-ups for one address can both pass the check above; the database's unique index lets
     * only one in, and the other is told the address is taken.
     */
    private void insert(Account account) {
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw AccountException.emailTaken();
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> account(UUID id) {
        return accounts.byId(id).map(Account::summary);
    }

    /** One statement, so no transaction of its own (which would cost two more round trips). */
    @Override
    public Map<UUID, AccountSummary> accounts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.byIds(ids).stream().collect(Collectors.toMap(Account::id, Account::summary));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> accountByEmail(String email) {
        return accounts.byEmail(email).map(Account::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> accountsWithRole(Role role) {
        return accounts.withRole(role).stream().map(Account::summary).toList();
    }

    // The profile part of PeopleApi (CH1) delegates to the services that own it.

    @Override
    @Transactional(readOnly = true)
    public Optional<PersonProfile> personProfile(UUID accountId) {
        return profiles.person(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WorkerProfile> workerProfile(UUID accountId) {
        return profiles.worker(accountId);
    }

    @Override
    public void savePersonProfile(UUID accountId, PersonProfile profile) {
        profileEditing.savePersonBySystem(accountId, profile);
    }

    @Override
    public Optional<PersonAddress> personAddress(UUID personId) {
        return addresses.read(personId);
    }

    @Override
    public void savePersonAddress(UUID personId, PersonAddress address) {
        addressBook.getObject().saveBySystem(personId, address);
    }

    @Override
    public void changePersonAddress(Caller caller, UUID personId, PersonAddress address) {
        addressBook.getObject().change(caller, personId, address);
    }

    @Override
    public void saveWorkerProfile(UUID accountId, WorkerProfile profile) {
        profileEditing.saveWorkerBySystem(accountId, profile);
    }

    @Override
    public void changeContact(UUID accountId, String displayName, String phone) {
        profileEditing.changeContactBySystem(accountId, displayName, phone);
    }

    @Override
    public void savePhoto(UUID accountId, byte[] image) {
        photoUploads.saveBySystem(accountId, image);
    }

    @Override
    public CleanedImage cleanImage(byte[] upload) {
        PhotoCleaner.Cleaned cleaned = photoCleaner.clean(upload);
        return new CleanedImage(cleaned.contentType(), cleaned.bytes());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPhoto(UUID accountId) {
        return photos.updatedAt(accountId).isPresent();
    }

    @Override
    public WeeklyPattern workerAvailability(UUID workerId) {
        return availability.of(workerId);
    }

    @Override
    public void saveWorkerAvailability(UUID workerId, WeeklyPattern pattern) {
        availability.saveBySystem(workerId, pattern);
    }

    @Override
    public VettingTiers vettingTiers(UUID workerId) {
        return vetting.tiers(workerId);
    }

    @Override
    public UUID recordVettingEvidence(UUID workerId, UUID checkedBy, VettingEvidence evidence) {
        return vetting.recordBySystem(workerId, checkedBy, evidence);
    }

    @Override
    public boolean hasVettingEvidence(UUID workerId) {
        return vetting.hasEvidence(workerId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ContactDetails> contactDetails(UUID accountId) {
        return accounts.byId(accountId).filter(Account::enabled).map(AccountRegistration::contact);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, ContactDetails> contactDetails(Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return accounts.byIds(accountIds).stream()
                .filter(Account::enabled)
                .collect(Collectors.toMap(Account::id, AccountRegistration::contact));
    }

    private static ContactDetails contact(Account a) {
        return new ContactDetails(a.id(), a.displayName(), a.hasEmail() ? a.email() : null, a.phone());
    }

    @Override
    public AvailabilityAt availabilityAt(UUID workerId, Instant start, Instant end) {
        return timeAway.availabilityAt(workerId, start, end);
    }

    @Override
    public List<Absence> absences(UUID workerId, Instant from, Instant to) {
        return timeAway.absences(workerId, from, to);
    }

    @Override
    public List<OnCallWindow> onCallWindows(UUID workerId, Instant from, Instant to) {
        return timeAway.onCallWindows(workerId, from, to);
    }

    @Override
    public Set<UUID> workersOnCall(Instant start, Instant end) {
        return timeAway.workersOnCall(start, end);
    }

    @Override
    public Optional<RateCard> rateCard(UUID workerId) {
        return rateCards.of(workerId);
    }

    @Override
    public void saveRateCard(UUID workerId, RateCard card) {
        rateCards.saveBySystem(workerId, card);
    }

    @Override
    public Optional<Quote> quote(UUID workerId, Instant start, Instant end, Instant bookedAt) {
        return rateCards.quote(workerId, start, end, bookedAt);
    }

    @Override
    public UUID recordLeave(UUID workerId, Instant from, Instant to, String reason) {
        try {
            return timeAway.recordLeave(asWorker(workerId), workerId, from, to, reason);
        } catch (TimeAwayException e) {
            throw new IllegalArgumentException("Leave refused: " + e.messageKey(), e);
        }
    }

    @Override
    public UUID addOnCallWindow(UUID workerId, Instant from, Instant to) {
        try {
            return timeAway.addOnCall(asWorker(workerId), workerId, from, to);
        } catch (TimeAwayException e) {
            throw new IllegalArgumentException("On-call window refused: " + e.messageKey(), e);
        }
    }

    /** The worker as the caller, for changes made on the system's authority exactly as they would make them. */
    private Caller asWorker(UUID workerId) {
        Account worker = accounts.byId(workerId)
                .filter(Vetting::vetted)
                .orElseThrow(() -> new IllegalArgumentException("Not a worker, volunteer or peer supporter"));
        Set<String> roles = worker.roles().stream().map(Role::name).collect(Collectors.toSet());
        return new Caller(worker.id(), worker.displayName(), worker.id(), worker.displayName(), roles);
    }
}
