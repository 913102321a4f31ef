package org.carecoop.visits;

import java.util.UUID;
import org.carecoop.platform.security.Caller;

/**
 * Decides who may book and change visits for a person, and records each decision in the person's
 * access log. The teams module provides it from the person's own permissions (TE3: the schedule), so
 * that the visits module checks access the way every other module does without depending on teams.
 * Co-ordinators at their own keyboard may always book; {@link VisitsApi#SYSTEM} never asks.
 */
public interface BookingAccess {

    /**
     * The person themself (also when a co-ordinator acts for them), a team member the person allowed
     * to change their schedule, or a co-ordinator.
     */
    boolean mayBook(Caller caller, UUID personId);
}
