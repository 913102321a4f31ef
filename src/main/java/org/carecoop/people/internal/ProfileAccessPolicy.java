package org.carecoop.people.internal;

import org.carecoop.people.PersonRecordAccess;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see a profile. The profile of a person who receives support is part of their records:
 * {@link PersonRecordAccess} decides, from the permissions the person gives their team (and records
 * the decision). Other profiles are seen by the account itself and by co-ordinators.
 *
 * <p>While a co-ordinator acts for someone, the request has that person's identity and roles, so
 * they see that person's own profile as that person would.
 */
@Component
public class ProfileAccessPolicy {

    private final PersonRecordAccess records;

    ProfileAccessPolicy(PersonRecordAccess records) {
        this.records = records;
    }

    /**
     * Whether the caller may see the profile.
     *
     * @return whether the caller may, and whether that decision has already been recorded
     */
    Verdict mayViewProfile(Caller caller, Account subject) {
        if (caller.accountId().equals(subject.id())) {
            return new Verdict(true, false);
        }
        if (ProfileSections.person(subject.roles())) {
            return new Verdict(records.mayReadProfile(caller, subject.id()), true);
        }
        return new Verdict(caller.hasRole(Role.COORDINATOR.name()), false);
    }

    /** A decision, and whether it is already in the access log. */
    record Verdict(boolean allowed, boolean recorded) {}

    /**
     * Workers' photos are shown to anyone signed in, so people can see who might support them; other
     * photos to those who may see the profile.
     */
    public boolean mayViewPhoto(Caller caller, Account subject) {
        return ProfileSections.worker(subject.roles())
                || mayViewProfile(caller, subject).allowed();
    }
}
