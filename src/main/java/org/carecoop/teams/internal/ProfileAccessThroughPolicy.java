package org.carecoop.teams.internal;

import java.util.UUID;
import org.carecoop.people.PersonRecordAccess;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.springframework.stereotype.Component;

/** Profile reads and changes for people who receive support, decided and recorded by the {@link AccessPolicy}. */
@Component
class ProfileAccessThroughPolicy implements PersonRecordAccess {

    private final AccessPolicy access;

    ProfileAccessThroughPolicy(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public boolean mayReadProfile(Caller caller, UUID personId) {
        return access.decide(caller, personId, Category.PROFILE_AND_CONTACT, Action.READ)
                .allowed();
    }

    @Override
    public boolean mayChangeProfile(Caller caller, UUID personId) {
        return access.decide(caller, personId, Category.PROFILE_AND_CONTACT, Action.WRITE)
                .allowed();
    }
}
