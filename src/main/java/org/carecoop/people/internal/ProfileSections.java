package org.carecoop.people.internal;

import java.util.Set;
import org.carecoop.people.Role;

/** Which parts of a profile an account has, by its roles. */
public final class ProfileSections {

    private ProfileSections() {}

    /** People who receive support describe their needs and the support they want. */
    public static boolean person(Set<Role> roles) {
        return roles.contains(Role.SUPPORTED_PERSON);
    }

    /** Workers, volunteers and peer supporters describe themselves and the work they want. */
    public static boolean worker(Set<Role> roles) {
        return roles.contains(Role.WORKER) || roles.contains(Role.VOLUNTEER) || roles.contains(Role.PEER_SUPPORTER);
    }
}
