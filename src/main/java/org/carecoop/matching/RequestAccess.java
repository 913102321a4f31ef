package org.carecoop.matching;

import java.util.UUID;
import org.carecoop.platform.security.Caller;

/**
 * Decides who may see and act on a person's support requests, shortlists, introductions, exclusions
 * and back-up pool, and records each decision in the person's access log. The teams module provides
 * it from the person's own permissions (TE3: "plans and outcomes"), so that matching checks access
 * the same way as every other module without depending on teams.
 */
public interface RequestAccess {

    /**
     * The person themself (also when a co-ordinator acts for them), or a team member granted reading
     * of plans and outcomes.
     */
    boolean mayRead(Caller caller, UUID personId);

    /**
     * The person themself (also when a co-ordinator acts for them), or a team member granted changing
     * plans and outcomes (their nominee, by default).
     */
    boolean mayAct(Caller caller, UUID personId);

    /**
     * Records that a worker, volunteer or peer supporter saw the summary of a request the person shared
     * with suitable workers (never contact details or records), so the person can see who looked.
     */
    void recordSharedRead(Caller caller, UUID personId, UUID requestId);
}
