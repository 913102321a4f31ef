package org.carecoop.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.RequestAccess;
import org.carecoop.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lowest vetting tier of worker each person accepts (CH2): 0 (anyone, checks not complete), 1
 * (the co-op's standard, when they have not said) or 2. Shortlists leave out workers below it.
 */
@Component
public class MinimumTiers {

    /** What a person accepts until they choose otherwise. */
    public static final int STANDARD = 1;

    static final String RECORD_TYPE = "matching_setting";

    private final JdbcClient jdbc;
    private final RequestAccess access;
    private final AuditLog audit;
    private final Clock clock;

    MinimumTiers(JdbcClient jdbc, RequestAccess access, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The person's minimum tier, for matching code that has already checked access. */
    public int of(UUID personId) {
        return jdbc.sql("select minimum_tier from matching.person_setting where person_id = ?")
                .param(personId)
                .query(Integer.class)
                .optional()
                .orElse(STANDARD);
    }

    /**
     * The person's minimum tier, for someone who may read their plans.
     *
     * @throws AccessDeniedException otherwise
     */
    @Transactional(readOnly = true)
    public int read(Caller caller, UUID personId) {
        if (!access.mayRead(caller, personId)) {
            throw new AccessDeniedException("may not see this person's matching settings");
        }
        return of(personId);
    }

    /**
     * Sets the person's minimum tier, for someone who may change their plans.
     *
     * @throws AccessDeniedException otherwise
     * @throws IllegalArgumentException when the tier is not 0, 1 or 2
     */
    @Transactional
    public void set(Caller caller, UUID personId, int tier) {
        if (tier < 0 || tier > 2) {
            throw new IllegalArgumentException("A tier is 0, 1 or 2");
        }
        if (!access.mayAct(caller, personId)) {
            throw new AccessDeniedException("may not change this person's matching settings");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into matching.person_setting (person_id, minimum_tier, updated_by, updated_at)
                        values (?, ?, ?, ?)
                        on conflict (person_id) do update set minimum_tier = excluded.minimum_tier,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""").params(personId, tier, caller.actorId(), now).update();
        audit.record(AuditEntry.by(caller, clock.instant(), "UPDATE", personId, RECORD_TYPE, AuditEntry.Outcome.ALLOWED)
                .withDetail("Minimum vetting tier " + tier));
    }
}
