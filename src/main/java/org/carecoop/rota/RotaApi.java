package org.carecoop.rota;

import java.util.List;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rota module's facade for the planner (CO5): applying a whole plan to booked visits at once, so
 * that the people affected hear about it the way they hear about any other change to their visits.
 */
public interface RotaApi {

    /**
     * Applies the changes in one transaction, all or nothing: re-staffs visits through the visits
     * module's {@code replaceWorker} and moves them through {@code move}, then tells exactly the people
     * of each changed visit (the person, their permitted family and friends, the workers taken off and
     * the workers put on) what changed.
     *
     * @param reference names the plan, so that applying it twice tells nobody twice
     * @throws RotaChanged when a visit is no longer as the change says it was, or a new worker is
     *     booked elsewhere at that time
     * @throws AccessDeniedException when the caller is not a co-ordinator at their own keyboard
     */
    void applyPlan(Caller by, String reference, List<PlanChange> changes);
}
