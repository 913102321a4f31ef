package org.carecoop.teams.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who supports whom, as the matching and visits modules reported it: the active regular arrangements
 * and the workers of completed visits. Every write ignores what it already holds, so an event
 * delivered twice changes nothing.
 */
@Repository
class RegularSupport {

    private final JdbcClient jdbc;

    RegularSupport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void arrangementStarted(UUID arrangementId, UUID personId, UUID workerId, Instant at) {
        jdbc.sql("""
                        insert into teams.arrangement (id, person_id, worker_id, started_at) values (?, ?, ?, ?)
                        on conflict (id) do nothing""")
                .params(arrangementId, personId, workerId, Timestamp.from(at))
                .update();
    }

    /** Records the end, also when the start has not arrived yet, so a late start stays ended. */
    void arrangementEnded(UUID arrangementId, UUID personId, UUID workerId, Instant at) {
        jdbc.sql("""
                        insert into teams.arrangement (id, person_id, worker_id, started_at, ended_at)
                        values (?, ?, ?, ?, ?)
                        on conflict (id) do update set ended_at = excluded.ended_at
                        where teams.arrangement.ended_at is null""")
                .params(arrangementId, personId, workerId, Timestamp.from(at), Timestamp.from(at))
                .update();
    }

    void visitCompleted(UUID visitId, UUID personId, List<UUID> workerIds, Instant at) {
        for (UUID workerId : workerIds) {
            jdbc.sql("""
                            insert into teams.recent_visit (visit_id, worker_id, person_id, completed_at)
                            values (?, ?, ?, ?) on conflict (visit_id, worker_id) do nothing""")
                    .params(visitId, workerId, personId, Timestamp.from(at))
                    .update();
        }
    }

    /** Workers with an active arrangement with the person. */
    Set<UUID> arrangedWorkers(UUID personId) {
        return new TreeSet<>(
                jdbc.sql("select distinct worker_id from teams.arrangement where person_id = ? and ended_at is null")
                        .param(personId)
                        .query(UUID.class)
                        .list());
    }

    /** The workers who completed at least {@code minimumVisits} visits to the person since then. */
    Set<UUID> visitingWorkersSince(UUID personId, Instant since, int minimumVisits) {
        return new TreeSet<>(jdbc.sql("""
                                select worker_id from teams.recent_visit where person_id = ? and completed_at > ?
                                group by worker_id having count(*) >= ?""")
                .params(personId, Timestamp.from(since), minimumVisits)
                .query(UUID.class)
                .list());
    }
}
