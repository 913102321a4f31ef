package org.carecoop.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;

/** The people module's facade for other modules. */
public interface PeopleApi {

    Optional<AccountSummary> account(UUID id);

    Optional<AccountSummary> accountByEmail(String email);

    /** The enabled accounts holding this role, by name (to choose from, e.g. when booking a visit). */
    List<AccountSummary> accountsWithRole(Role role);

    /**
     * Creates an account with a password, as sign-up does, applying the same password and email
     * rules.
     *
     * @throws AccountException when the email is taken or the password is refused
     */
    UUID createAccount(String email, String displayName, String password, Set<Role> roles);

    /** The profile of a person who receives support, if they have saved one. */
    Optional<PersonProfile> personProfile(UUID accountId);

    /**
     * Where a person who receives support is visited: address lines, town and the profile's postcode;
     * empty when neither lines nor a postcode are recorded. This is contact information and the read
     * is not checked or recorded here: a caller showing it to anyone but the person decides first
     * with the access policy ({@code PROFILE_AND_CONTACT}, {@code READ}), which records the read.
     */
    Optional<PersonAddress> personAddress(UUID personId);

    /**
     * Saves a person's address, postcode included, on the system's authority (imports, demo data).
     *
     * @throws ProfileException when the postcode cannot be located
     * @throws IllegalArgumentException when the account does not receive support
     */
    void savePersonAddress(UUID personId, PersonAddress address);

    /**
     * Saves a person's address, postcode included, as the caller: the person themselves (or a
     * co-ordinator acting for them), someone they let change their profile and contact details, or a
     * co-ordinator. The decision is recorded in the person's access log, and so is the change.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller may not
     * @throws ProfileException when the postcode cannot be located
     * @throws IllegalArgumentException when the account does not receive support
     */
    void changePersonAddress(Caller caller, UUID personId, PersonAddress address);

    /** The profile of a worker, volunteer or peer supporter, if they have saved one. */
    Optional<WorkerProfile> workerProfile(UUID accountId);

    /**
     * Saves a person's profile on the system's authority (imports, demo data), locating its postcode.
     * Recorded in the access log as a change made by the system.
     *
     * @throws ProfileException when the postcode cannot be located
     * @throws IllegalArgumentException when the account does not receive support
     */
    void savePersonProfile(UUID accountId, PersonProfile profile);

    /**
     * Saves a worker's profile on the system's authority, like {@link #savePersonProfile}.
     *
     * @throws ProfileException when the postcode cannot be located
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    void saveWorkerProfile(UUID accountId, WorkerProfile profile);

    /**
     * Changes the name and phone number an account shows, on the system's authority.
     *
     * @param phone empty for none
     */
    void changeContact(UUID accountId, String displayName, String phone);

    /**
     * Stores a photo for the account on the system's authority, checked and cleaned exactly as an
     * upload is.
     *
     * @throws PhotoException when the image is refused
     */
    void savePhoto(UUID accountId, byte[] image);

    /**
     * Checks and cleans an uploaded image exactly as a profile photo is, for other modules that show
     * pictures people upload (a team's logo).
     *
     * @throws PhotoException when the image is refused
     */
    CleanedImage cleanImage(byte[] upload);

    /** Whether the account has a photo. */
    boolean hasPhoto(UUID accountId);

    /** When a worker, volunteer or peer supporter is usually available; empty when they have not said. */
    WeeklyPattern workerAvailability(UUID workerId);

    /**
     * Saves when a worker, volunteer or peer supporter is usually available, on the system's authority
     * (imports, demo data). Publishes {@link WorkerChanged}.
     *
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    void saveWorkerAvailability(UUID workerId, WeeklyPattern availability);

    /** Until when the worker's vetting evidence holds each tier (CH2). */
    VettingTiers vettingTiers(UUID workerId);

    /**
     * Records vetting evidence on the system's authority (imports, demo data), as checked by the
     * co-ordinator given, with the same checks as a co-ordinator's form. Publishes {@link
     * WorkerChanged}.
     *
     * @return the evidence's id
     * @throws VettingException when something is missing or not right
     * @throws IllegalArgumentException when the worker or the co-ordinator is not one
     */
    UUID recordVettingEvidence(UUID workerId, UUID checkedBy, VettingEvidence evidence);

    /** Whether any vetting evidence, withdrawn or not, was ever recorded for the worker. */
    boolean hasVettingEvidence(UUID workerId);

    /** How the account can be reached by email and phone; empty when it does not exist or is disabled. */
    Optional<ContactDetails> contactDetails(UUID accountId);

    /**
     * {@link #contactDetails(UUID)} for each of the accounts in one look-up (the notification
     * dispatcher's batch); accounts that do not exist or are disabled are left out.
     */
    Map<UUID, ContactDetails> contactDetails(Collection<UUID> accountIds);

    /**
     * Whether the worker can take a visit from {@code start} to {@code end}: leave or sickness touching
     * any part of it wins; else {@link AvailabilityAt#AVAILABLE} when their usual week (in the co-op's
     * zone) covers all of it; else {@link AvailabilityAt#ON_CALL} when an on-call window covers all of
     * it; else {@link AvailabilityAt#OUTSIDE_AVAILABILITY}.
     */
    AvailabilityAt availabilityAt(UUID workerId, Instant start, Instant end);

    /** The worker's leave and sickness touching the time from {@code from} to {@code to}, earliest first. */
    List<Absence> absences(UUID workerId, Instant from, Instant to);

    /** The worker's on-call windows touching the time from {@code from} to {@code to}, earliest first. */
    List<OnCallWindow> onCallWindows(UUID workerId, Instant from, Instant to);

    /** Workers with an on-call window covering all of the time, leaving out anyone on leave or off sick then. */
    Set<UUID> workersOnCall(Instant start, Instant end);

    /** The worker's rate card (CO8), if they have one. */
    Optional<RateCard> rateCard(UUID workerId);

    /**
     * Sets a worker's rate card on the system's authority (imports, demo data).
     *
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    void saveRateCard(UUID workerId, RateCard card);

    /**
     * The price of a visit with the worker's rate card, in the co-op's zone, with the configured
     * last-minute period ({@code carecoop.rates.last-minute}); empty when they have no card.
     */
    Optional<Quote> quote(UUID workerId, Instant start, Instant end, Instant bookedAt);

    /**
     * Records leave on the system's authority (imports, demo data), as the worker would. Publishes
     * {@link WorkerAbsent}.
     *
     * @throws IllegalArgumentException when the account is not a worker, or the leave is refused
     *     (over already, or overlapping other leave or sickness)
     */
    UUID recordLeave(UUID workerId, Instant from, Instant to, String reason);

    /**
     * Adds an on-call window on the system's authority (imports, demo data), as the worker would.
     *
     * @throws IllegalArgumentException when the account is not a worker, or the window is refused
     *     (over already, longer than 14 days, or overlapping another)
     */
    UUID addOnCallWindow(UUID workerId, Instant from, Instant to);

    /**
     * The accounts with these ids that exist, by id, in one look-up: for code that needs several at
     * once (a booking's person and workers) and would otherwise ask once for each.
     */
    Map<UUID, AccountSummary> accounts(Collection<UUID> ids);
}
