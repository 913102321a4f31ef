package org.carecoop.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.RequestAccess;
import org.carecoop.platform.security.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's emergency back-up pool (CH6): workers they invited, who accept or decline; cover tries
 * the accepted ones first, in the order they accepted. Excluded workers are never in it.
 */
@Service
public class BackupPool {

    private final JdbcClient jdbc;
    private final RequestAccess access;
    private final Exclusions exclusions;
    private final Notifier notifier;
    private final Clock clock;

    BackupPool(JdbcClient jdbc, RequestAccess access, Exclusions exclusions, Notifier notifier, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.exclusions = exclusions;
        this.notifier = notifier;
        this.clock = clock;
    }

    /**
     * Invites workers into the person's pool; each is emailed. A worker declined or withdrawn earlier
     * is invited again; one invited or accepted already is left as they are; excluded workers are
     * skipped.
     *
     * @return how many were invited
     */
    @Transactional
    public int invite(Caller by, UUID personId, Collection<UUID> workerIds, String personFirstName) {
        requireAct(by, personId);
        Instant now = clock.instant();
        int invited = 0;
        for (UUID workerId : workerIds) {
            if (workerId.equals(personId) || exclusions.excluded(personId, workerId)) {
                continue;
            }
            int changed = jdbc.sql("""
                            insert into matching.backup (person_id, worker_id, status, invited_by, invited_at)
                            values (?, ?, 'invited', ?, ?)
                            on conflict (person_id, worker_id) do update
                                set status = 'invited', invited_by = excluded.invited_by,
                                    invited_at = excluded.invited_at, responded_at = null
                                where matching.backup.status in ('declined', 'withdrawn')""")
                    .params(personId, workerId, by.actorId(), Timestamp.from(now))
                    .update();
            if (changed == 1) {
                invited++;
                notifier.tell(workerId, "backup.email.invited", personFirstName, "/backup-invitations");
            }
        }
        return invited;
    }

    /**
     * The worker answers an invitation that is waiting for them.
     *
     * @return false when there was none waiting
     */
    @Transactional
    public boolean respond(Caller by, UUID personId, boolean accept) {
        return jdbc.sql("""
                        update matching.backup set status = ?, responded_at = ?
                        where person_id = ? and worker_id = ? and status = 'invited'""")
                        .params(
                                accept ? "accepted" : "declined",
                                Timestamp.from(clock.instant()),
                                personId,
                                by.accountId())
                        .update()
                == 1;
    }

    /** One invitation into a person's back-up pool and where it stands. */
    public record Invitation(UUID personId, UUID workerId, Status status, Instant invitedAt) {}

    /** Where an invitation stands. */
    public enum Status {
        INVITED,
        ACCEPTED,
        DECLINED,
        WITHDRAWN;

        /** As stored, e.g. {@code invited}. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** Whether the worker is invited or in the pool: they cannot be invited again now. */
        public boolean live() {
            return this == INVITED || this == ACCEPTED;
        }
    }

    /** Every invitation the person made, earliest first. */
    public List<Invitation> ofPerson(UUID personId) {
        return jdbc.sql("""
                        select person_id, worker_id, status, invited_at from matching.backup
                        where person_id = ? order by invited_at, worker_id""").param(personId).query(BackupPool::row).list();
    }

    /** The worker's invitations waiting for an answer and the pools they are in, earliest first. */
    public List<Invitation> ofWorker(UUID workerId) {
        return jdbc.sql("""
                        select person_id, worker_id, status, invited_at from matching.backup
                        where worker_id = ? and status in ('invited', 'accepted') order by invited_at, person_id""").param(workerId).query(BackupPool::row).list();
    }

    /**
     * Takes a worker out of the person's pool, or withdraws the invitation still waiting.
     *
     * @return false when they were neither invited nor in the pool
     */
    @Transactional
    public boolean withdraw(Caller by, UUID personId, UUID workerId) {
        requireAct(by, personId);
        return jdbc.sql("""
                        update matching.backup set status = 'withdrawn', responded_at = coalesce(responded_at, ?)
                        where person_id = ? and worker_id = ? and status in ('invited', 'accepted')""")
                        .params(Timestamp.from(clock.instant()), personId, workerId)
                        .update()
                == 1;
    }

    private static Invitation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Invitation(
                rs.getObject("person_id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                Status.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)),
                rs.getTimestamp("invited_at").toInstant());
    }

    /** The accepted workers, in the order they accepted, excluded ones left out. */
    public List<UUID> pool(UUID personId) {
        return jdbc.sql("""
                        select b.worker_id from matching.backup b
                        where b.person_id = ? and b.status = 'accepted'
                          and not exists (select 1 from matching.exclusion e
                                          where e.person_id = b.person_id and e.worker_id = b.worker_id)
                        order by b.responded_at, b.worker_id""").param(personId).query(UUID.class).list();
    }

    private void requireAct(Caller by, UUID personId) {
        if (!access.mayAct(by, personId)) {
            throw new AccessDeniedException("may not act for this person");
        }
    }
}
