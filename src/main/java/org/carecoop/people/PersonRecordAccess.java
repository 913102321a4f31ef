package org.carecoop.people;

import java.util.UUID;
import org.carecoop.platform.security.Caller;

/**
 * Decides whether a caller may read the profile and contact details of a person who receives
 * support, and records the decision in the access log. The teams module provides it from the
 * person's own permissions (TE3), so that the people module checks access the same way as every
 * other module without depending on teams.
 */
public interface PersonRecordAccess {

    boolean mayReadProfile(Caller caller, UUID personId);

    /**
     * Whether a caller may change the profile and contact details of a person who receives support
     * (their nominees may, by default), recorded like a read.
     */
    boolean mayChangeProfile(Caller caller, UUID personId);
}
