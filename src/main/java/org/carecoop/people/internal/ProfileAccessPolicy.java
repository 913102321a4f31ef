package org.carecoop.people.internal;

import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Component;

/**
 * Who may see a profile. For now: the account itself and co-ordinators. When the teams module
 * arrives, members of a person's team will see what the person allows them to (TE3).
 *
 * <p>While a co-ordinator acts for someone, the request has that person's identity and roles, so
 * they see that person's own profile and nobody else's.
 */
@Component
public class ProfileAccessPolicy {

    public boolean mayViewProfile(Caller caller, UUID subject) {
        return caller.accountId().equals(subject) || caller.hasRole(Role.COORDINATOR.name());
    }

    /**
     * Workers' photos are shown to anyone signed in, so people can see who might support them; the
     * photo of a person who receives support only to them and co-ordinators.
     */
    public boolean mayViewPhoto(Caller caller, Account subject) {
        return ProfileSections.worker(subject.roles()) || mayViewProfile(caller, subject.id());
    }
}
