package org.carecoop.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optimisation jobs in {@code planning.optimisation}. Every change of state names the attempt it
 * belongs to, so a run that was given up for dead and started again cannot overwrite the new run.
 */
@Repository
class Optimisations {

    private static final String COLUMNS = """
            id, area, period_from, period_to, status, attempt, requested_by, requested_at, started_at,
            finished_at, best_score, elapsed_ms, unassigned, metrics, comparison, failure, decided_by, decided_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Optimisations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Queues a new job.
     *
     * @throws AlreadyOptimising when one is queued or running for the area
     */
    UUID create(String area, LocalDate from, LocalDate to, UUID by, Instant at) {
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into planning.optimisation (id, area, period_from, period_to, status, requested_by, requested_at)
                            values (?, ?, ?, ?, 'queued', ?, ?)""").params(id, area, from, to, by, Timestamp.from(at)).update();
        } catch (DuplicateKeyException running) {
            throw new AlreadyOptimising(area);
        }
        return id;
    }

    Optional<Optimisation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from planning.optimisation where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    List<Optimisation> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from planning.optimisation order by requested_at desc limit ?")
                .param(limit)
                .query(this::row)
                .list();
    }

    /** Marks the queued attempt running; false when it is not this attempt's to run (any more). */
    boolean claim(UUID id, int attempt, Instant at) {
        return jdbc.sql("""
                        update planning.optimisation set status = 'running', started_at = coalesce(started_at, ?),
                            heartbeat_at = ?
                        where id = ? and attempt = ? and status = 'queued'""")
                        .params(Timestamp.from(at), Timestamp.from(at), id, attempt)
                        .update()
                == 1;
    }

    /** Whether the attempt is still the one that should be running. */
    boolean stillRunning(UUID id, int attempt) {
        return jdbc.sql(
                                "select count(*) from planning.optimisation where id = ? and attempt = ? and status = 'running'")
                        .params(id, attempt)
                        .query(Integer.class)
                        .single()
                == 1;
    }

    void metrics(UUID id, int attempt, Map<String, Integer> metrics) {
        jdbc.sql(
                        "update planning.optimisation set metrics = ?::jsonb where id = ? and attempt = ? and status = 'running'")
                .params(json.writeValueAsString(metrics), id, attempt)
                .update();
    }

    void progress(UUID id, int attempt, String score, long elapsedMs, int unassigned, Instant at) {
        jdbc.sql("""
                        update planning.optimisation set best_score = ?, elapsed_ms = ?, unassigned = ?, heartbeat_at = ?
                        where id = ? and attempt = ? and status = 'running'""")
                .params(score, elapsedMs, unassigned, Timestamp.from(at), id, attempt)
                .update();
    }

    void finish(UUID id, int attempt, String score, long elapsedMs, int unassigned, Comparison comparison, Instant at) {
        jdbc.sql("""
                        update planning.optimisation set status = 'finished', best_score = ?, elapsed_ms = ?, unassigned = ?,
                            comparison = ?::jsonb, heartbeat_at = ?, finished_at = ?
                        where id = ? and attempt = ? and status = 'running'""")
                .params(
                        score,
                        elapsedMs,
                        unassigned,
                        json.writeValueAsString(comparison),
                        Timestamp.from(at),
                        Timestamp.from(at),
                        id,
                        attempt)
                .update();
    }

    void fail(UUID id, int attempt, String failure, Instant at) {
        jdbc.sql("""
                        update planning.optimisation set status = 'failed', failure = ?, finished_at = ?
                        where id = ? and attempt = ? and status = 'running'""")
                .params(failure.length() > 500 ? failure.substring(0, 500) : failure, Timestamp.from(at), id, attempt)
                .update();
    }

    /** Records the co-ordinator's decision on a finished job; false when it was not finished. */
    boolean decide(UUID id, String status, UUID by, Instant at, boolean onlyFinished) {
        return jdbc.sql(
                                "update planning.optimisation set status = ?, decided_by = ?, decided_at = ? where id = ? and status in "
                                        + (onlyFinished ? "('finished')" : "('queued', 'running', 'finished')"))
                        .params(status, by, Timestamp.from(at), id)
                        .update()
                == 1;
    }

    /**
     * Gives up on runs nobody has reported on since {@code before} (their instance stopped): each goes
     * back to the queue as a new attempt. Queued jobs need nothing: their scheduled execution is kept
     * in the jobs table until an instance runs it.
     *
     * @return each job given a new attempt, with that attempt's number
     */
    List<Map.Entry<UUID, Integer>> requeueAbandoned(Instant before) {
        return jdbc.sql("""
                        update planning.optimisation set status = 'queued', attempt = attempt + 1, heartbeat_at = null
                        where status = 'running' and coalesce(heartbeat_at, started_at) < ?
                        returning id, attempt""")
                .param(Timestamp.from(before))
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getInt("attempt")))
                .list();
    }

    private Optimisation row(ResultSet rs, int n) throws SQLException {
        String metrics = rs.getString("metrics");
        String comparison = rs.getString("comparison");
        return new Optimisation(
                rs.getObject("id", UUID.class),
                rs.getString("area"),
                rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class),
                rs.getString("status"),
                rs.getInt("attempt"),
                rs.getObject("requested_by", UUID.class),
                rs.getTimestamp("requested_at").toInstant(),
                instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")),
                rs.getString("best_score"),
                rs.getLong("elapsed_ms"),
                rs.getObject("unassigned", Integer.class),
                metrics == null ? Map.of() : json.readValue(metrics, new TypeReference<Map<String, Integer>>() {}),
                comparison == null ? null : json.readValue(comparison, Comparison.class),
                rs.getString("failure"),
                rs.getObject("decided_by", UUID.class),
                instant(rs.getTimestamp("decided_at")));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
