package org.carecoop.people.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Reading profiles, with the access log (DA1). Someone reading their own profile is not recorded;
 * anyone else's look is, allowed or refused, and so is a co-ordinator reading a profile on the
 * person's behalf. Not transactional on purpose: a refusal is recorded even though the read fails.
 */
@Service
public class ProfileViewing {

    /** How many entries "who has looked at my profile" shows. */
    public static final int ACCESS_LOG_LIMIT = 200;

    private final Accounts accounts;
    private final Profiles profiles;
    private final Photos photos;
    private final Addresses addresses;
    private final ProfileAccessPolicy policy;
    private final AuditLog audit;
    private final Clock clock;

    ProfileViewing(
            Accounts accounts,
            Profiles profiles,
            Photos photos,
            Addresses addresses,
            ProfileAccessPolicy policy,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.photos = photos;
        this.addresses = addresses;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Everything on one account's profile page.
     *
     * @param person the person's section, when the account receives support (empty if not saved yet)
     * @param worker the worker's section, when the account gives support (empty if not saved yet)
     * @param photoUpdatedAt when the photo was last changed; absent without a photo
     * @param address the address for visits, when the account receives support and one is recorded;
     *     read under the same decision as the profile, since both are contact information
     */
    public record ProfilePage(
            Account account,
            @Nullable PersonProfile person,
            @Nullable WorkerProfile worker,
            @Nullable Instant photoUpdatedAt,
            @Nullable PersonAddress address) {}

    /** The caller's own profile; recorded only when a co-ordinator reads it on the person's behalf. */
    public ProfilePage own(Caller caller) {
        ProfilePage page = page(caller.accountId()).orElseThrow();
        if (caller.assisted()) {
            record(caller, caller.accountId(), Outcome.ALLOWED);
        }
        return page;
    }

    /** The account the caller acts as, for saving its profile: not a read, so not recorded. */
    public Account account(Caller caller) {
        return accounts.byId(caller.accountId()).orElseThrow();
    }

    /**
     * Someone's profile, if the caller may see it; empty when there is no such account.
     *
     * @throws AccessDeniedException when the caller may not see it, after recording the refusal
     */
    public Optional<ProfilePage> view(Caller caller, UUID subject) {
        Optional<Account> account = accounts.byId(subject);
        ProfileAccessPolicy.Verdict verdict = account.map(a -> policy.mayViewProfile(caller, a))
                .orElse(new ProfileAccessPolicy.Verdict(caller.hasRole(Role.COORDINATOR.name()), false));
        if (!verdict.allowed()) {
            if (!verdict.recorded()) {
                record(caller, subject, Outcome.DENIED);
            }
            throw new AccessDeniedException("Not allowed to view this profile");
        }
        Optional<ProfilePage> page = page(subject);
        if (page.isPresent()
                && !verdict.recorded()
                && (caller.assisted() || !caller.accountId().equals(subject))) {
            record(caller, subject, Outcome.ALLOWED);
        }
        return page;
    }

    /** The access log entries about the caller's account, newest first. */
    public List<AuditEntry> accessLog(Caller caller) {
        return audit.aboutPerson(caller.accountId(), ACCESS_LOG_LIMIT);
    }

    /**
     * A profile photo, if the caller may see it: anyone signed in sees workers' photos; the photo of a
     * person who receives support is theirs and co-ordinators' only. Empty otherwise, so that nobody
     * learns whether a photo they may not see exists.
     */
    public Optional<Photos.Photo> photo(Caller caller, UUID subject) {
        return accounts.byId(subject)
                .filter(account -> policy.mayViewPhoto(caller, account))
                .flatMap(account -> photos.photo(subject));
    }

    /** When the account's photo was last changed, if it has one. */
    public Optional<Instant> photoUpdatedAt(UUID accountId) {
        return photos.updatedAt(accountId);
    }

    /** Display names of accounts, for showing whom a co-ordinator acted for. */
    public Optional<String> displayName(UUID accountId) {
        return accounts.byId(accountId).map(Account::displayName);
    }

    private Optional<ProfilePage> page(UUID accountId) {
        return accounts.byId(accountId)
                .map(account -> new ProfilePage(
                        account,
                        ProfileSections.person(account.roles())
                                ? profiles.person(accountId).orElse(null)
                                : null,
                        ProfileSections.worker(account.roles())
                                ? profiles.worker(accountId).orElse(null)
                                : null,
                        photos.updatedAt(accountId).orElse(null),
                        ProfileSections.person(account.roles())
                                ? addresses.read(accountId).orElse(null)
                                : null));
    }

    private void record(Caller caller, UUID subject, Outcome outcome) {
        audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", subject, "profile", outcome));
    }
}
