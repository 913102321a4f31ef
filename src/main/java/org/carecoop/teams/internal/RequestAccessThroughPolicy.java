package org.carecoop.teams.internal;

import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.RequestAccess;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.springframework.stereotype.Component;

/** Support requests and what follows from them count as the person's plans and outcomes. */
@Component
class RequestAccessThroughPolicy implements RequestAccess {

    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    RequestAccessThroughPolicy(AccessPolicy access, AuditLog audit, Clock clock) {
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean mayRead(Caller caller, UUID personId) {
        return access.decide(caller, personId, Category.PLANS_AND_OUTCOMES, Action.READ)
                .allowed();
    }

    @Override
    public boolean mayAct(Caller caller, UUID personId) {
        return access.decide(caller, personId, Category.PLANS_AND_OUTCOMES, Action.WRITE)
                .allowed();
    }

    @Override
    public void recordSharedRead(Caller caller, UUID personId, UUID requestId) {
        audit.record(AuditEntry.by(
                        caller, clock.instant(), "READ", personId, "support_request", AuditEntry.Outcome.ALLOWED)
                .withDetail("Saw the summary of a support request shared with suitable workers (" + requestId + ")"));
    }
}
