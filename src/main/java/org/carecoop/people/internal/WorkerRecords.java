package org.carecoop.people.internal;

import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change a worker's time away and rate card: the worker themself (or someone acting
 * for them in assisted mode) and co-ordinators at their own keyboard. Every co-ordinator's look or
 * change is logged, since absence reasons are private.
 */
@Component
public class WorkerRecords {

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    WorkerRecords(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The worker's account, once the caller is allowed.
     *
     * @throws AccessDeniedException when the caller is neither the worker nor a co-ordinator
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    Account require(Caller caller, UUID workerId, String action, String recordType) {
        return check(caller, workerId, action, recordType, true);
    }

    private Account check(Caller caller, UUID workerId, String action, String recordType, boolean logAllowed) {
        boolean own = caller.accountId().equals(workerId);
        boolean coordinator = caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
        if (!own && !coordinator) {
            audit.record(AuditEntry.by(caller, clock.instant(), action, workerId, recordType, Outcome.DENIED));
            throw new AccessDeniedException("Only the worker and co-ordinators see this");
        }
        Account worker = worker(workerId);
        if (logAllowed && (!own || caller.assisted() || !"VIEW".equals(action))) {
            audit.record(AuditEntry.by(caller, clock.instant(), action, workerId, recordType, Outcome.ALLOWED));
        }
        return worker;
    }

    /**
     * The worker's name, for the heading of a page about their time away or rates.
     *
     * @throws AccessDeniedException when the caller is neither the worker nor a co-ordinator
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    public String name(Caller caller, UUID workerId) {
        // The page's own reads are logged; the name alone is not worth a second entry.
        return check(caller, workerId, "VIEW", "worker", false).displayName();
    }

    /** @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter */
    Account worker(UUID workerId) {
        return accounts.byId(workerId)
                .filter(Vetting::vetted)
                .orElseThrow(() -> new IllegalArgumentException("Not a worker, volunteer or peer supporter"));
    }
}
