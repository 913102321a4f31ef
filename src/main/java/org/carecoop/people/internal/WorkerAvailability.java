package org.carecoop.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.WorkerChanged;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When workers, volunteers and peer supporters can usually work: a {@link WeeklyPattern} each, stored
 * as {@code bit(168)} in {@code people.worker_availability}. Saving it publishes {@link
 * WorkerChanged}, since matching depends on it.
 */
@Service
public class WorkerAvailability {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WorkerAvailability(
            JdbcClient jdbc, Accounts accounts, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The worker's usual availability; empty when they have not said. */
    @Transactional(readOnly = true)
    public WeeklyPattern of(UUID workerId) {
        return jdbc.sql("select hours::text from people.worker_availability where worker_id = ?")
                .param(workerId)
                .query(String.class)
                .optional()
                .map(WeeklyPattern::fromBits)
                .orElse(WeeklyPattern.empty());
    }

    /**
     * Saves the caller's own availability (in assisted mode, that of the person acted for).
     *
     * @throws AccessDeniedException when the caller is not a worker, volunteer or peer supporter
     */
    @Transactional
    public void save(Caller caller, WeeklyPattern pattern) {
        Account account = accounts.byId(caller.accountId()).orElseThrow();
        if (!Vetting.vetted(account)) {
            throw new AccessDeniedException("Only workers, volunteers and peer supporters say when they can work");
        }
        store(account.id(), pattern);
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", account.id(), "availability", Outcome.ALLOWED)
                .withDetail("Changed usual availability"));
    }

    /** Saves a worker's availability on the system's authority (demo data, imports). */
    @Transactional
    public void saveBySystem(UUID workerId, WeeklyPattern pattern) {
        Account account = accounts.byId(workerId)
                .filter(Vetting::vetted)
                .orElseThrow(() -> new IllegalArgumentException("Not a worker, volunteer or peer supporter"));
        store(account.id(), pattern);
    }

    private void store(UUID workerId, WeeklyPattern pattern) {
        jdbc.sql("""
                        insert into people.worker_availability (worker_id, hours, updated_at) values (?, ?::bit(168), ?)
                        on conflict (worker_id) do update set hours = excluded.hours, updated_at = excluded.updated_at""")
                .params(workerId, pattern.bits(), Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new WorkerChanged(workerId));
    }
}
