package org.carecoop.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored visits and the workers booked for each. A worker's row copies its visit's time range
 * (the database keeps the copy equal), which is what lets the exclusion constraint {@value
 * #NO_DOUBLE_BOOKING} refuse a second, overlapping visit for the same worker.
 */
@Repository
class Visits {

    /** The exclusion constraint that keeps a worker from being booked twice at once. */
    static final String NO_DOUBLE_BOOKING = "worker_never_double_booked";

    private final JdbcClient jdbc;

    Visits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A visit as stored, with its workers' ids in the order they were booked. */
    record Stored(UUID id, UUID personId, Instant start, Instant end, VisitStatus status, List<UUID> workerIds) {}

    /** A visit of some worker that overlaps a time, found when a booking clashed. */
    record Clash(UUID workerId, Instant start, Instant end) {}

    /**
     * Makes bookings for these workers wait for each other until the transaction ends, taking the locks
     * in one order so that two bookings sharing workers queue instead of deadlocking on the exclusion
     * constraint; the one that waited then meets the clash as a constraint refusal. One statement for
     * all the workers.
     */
    void lockWorkers(List<UUID> workerIds) {
        jdbc.sql("""
                        select count(pg_advisory_xact_lock(hashtext('visits.worker:' || w)))
                        from (select w from unnest(string_to_array(?, ',')) w order by w) locked""").param(joined(workerIds)).query().singleValue();
    }

    /** A visit to insert: a person's visit at one time, maybe part of a series or a shared session. */
    record NewVisit(UUID id, UUID personId, Instant start, Instant end) {}

    /**
     * Inserts the visits and books each of the workers for each of them, for exactly its time, in two
     * statements however many there are.
     */
    void insert(
            List<NewVisit> visits,
            List<UUID> workerIds,
            VisitStatus status,
            @Nullable UUID seriesId,
            @Nullable UUID sessionId,
            boolean lastMinute,
            @Nullable UUID createdBy,
            Instant createdAt) {
        jdbc.sql("""
                        insert into visits.visit (id, person_id, starts_at, ends_at, status, series_id, session_id,
                                                  last_minute, created_by, created_at)
                        select v.id, v.person_id, v.starts_at, v.ends_at, ?, ?, ?, ?, ?, ?
                        from unnest(string_to_array(?, ',')::uuid[], string_to_array(?, ',')::uuid[],
                                    string_to_array(?, ',')::timestamptz[], string_to_array(?, ',')::timestamptz[])
                             as v(id, person_id, starts_at, ends_at)""")
                .params(
                        status.code(),
                        seriesId,
                        sessionId,
                        lastMinute,
                        createdBy,
                        Timestamp.from(createdAt),
                        joined(visits.stream().map(NewVisit::id).toList()),
                        joined(visits.stream().map(NewVisit::personId).toList()),
                        joined(visits.stream().map(NewVisit::start).toList()),
                        joined(visits.stream().map(NewVisit::end).toList()))
                .update();
        jdbc.sql("""
                        insert into visits.visit_worker (visit_id, worker_id, position, during, holds_time, session_key)
                        select v.id, w.worker_id, w.position - 1, v.during, v.holds_time, v.session_key
                        from visits.visit v
                        cross join unnest(string_to_array(?, ',')::uuid[]) with ordinality as w(worker_id, position)
                        where v.id = any(string_to_array(?, ',')::uuid[])""")
                .params(
                        joined(workerIds),
                        joined(visits.stream().map(NewVisit::id).toList()))
                .update();
    }

    private static String joined(List<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }

    /** Books another worker in one worker's place on a visit, keeping their position. */
    void replaceWorker(UUID visitId, UUID absentWorkerId, UUID coverWorkerId) {
        jdbc.sql("update visits.visit_worker set worker_id = ? where visit_id = ? and worker_id = ?")
                .params(coverWorkerId, visitId, absentWorkerId)
                .update();
    }

    /** The visit, locked until the end of the transaction so that two changes to it take turns. */
    Optional<Stored> lock(UUID visitId) {
        return jdbc.sql("select * from visits.visit where id = ? for update")
                .param(visitId)
                .query(Visits::row)
                .optional()
                .map(row -> row.with(workerIds(List.of(visitId)).getOrDefault(visitId, List.of())));
    }

    void cancel(UUID visitId, @Nullable UUID by, Instant at, String reason) {
        jdbc.sql("""
                        update visits.visit set status = 'cancelled', cancelled_by = ?, cancelled_at = ?, cancel_reason = ?
                        where id = ? and status in ('booked', 'requested')""").params(by, Timestamp.from(at), reason, visitId).update();
    }

    void complete(UUID visitId, Instant at) {
        jdbc.sql("update visits.visit set status = 'completed', completed_at = ? where id = ? and status = 'booked'")
                .params(Timestamp.from(at), visitId)
                .update();
    }

    /** Records that the worker accepted the request; true when every worker of the visit now has. */
    boolean accept(UUID visitId, UUID workerId, Instant at) {
        jdbc.sql(
                        "update visits.visit_worker set accepted_at = ? where visit_id = ? and worker_id = ? and accepted_at is null")
                .params(Timestamp.from(at), visitId, workerId)
                .update();
        return !jdbc.sql("select exists (select 1 from visits.visit_worker where visit_id = ? and accepted_at is null)")
                .param(visitId)
                .query(Boolean.class)
                .single();
    }

    /** Books a request every worker accepted: from here on it holds their time. */
    void confirm(UUID visitId) {
        jdbc.sql("update visits.visit set status = 'booked' where id = ? and status = 'requested'")
                .param(visitId)
                .update();
    }

    void decline(UUID visitId, UUID by, Instant at, @Nullable String reason) {
        jdbc.sql("""
                        update visits.visit set status = 'declined', declined_by = ?, declined_at = ?, decline_reason = ?
                        where id = ? and status = 'requested'""").params(by, Timestamp.from(at), reason, visitId).update();
    }

    /** Whether the worker has yet to answer this request. */
    boolean awaits(UUID visitId, UUID workerId) {
        return jdbc.sql("""
                        select exists (select 1 from visits.visit_worker w join visits.visit v on v.id = w.visit_id
                                       where v.id = ? and v.status = 'requested' and w.worker_id = ? and w.accepted_at is null)""").params(visitId, workerId).query(Boolean.class).single();
    }

    /** The requests waiting for this worker's answer, earliest first. */
    List<Stored> requestsFor(UUID workerId) {
        return withWorkers(jdbc.sql("""
                        select v.* from visits.visit v join visits.visit_worker w on w.visit_id = v.id
                        where w.worker_id = ? and v.status = 'requested' and w.accepted_at is null
                        order by v.starts_at, v.id""").param(workerId).query(Visits::row).list());
    }

    void move(UUID visitId, Instant start, Instant end) {
        jdbc.sql("update visits.visit set starts_at = ?, ends_at = ? where id = ?")
                .params(Timestamp.from(start), Timestamp.from(end), visitId)
                .update();
    }

    /** The series' visits still standing that start at or after {@code from}, locked, earliest first. */
    List<Stored> lockSeriesFrom(UUID seriesId, Instant from) {
        return withWorkers(jdbc.sql("""
                        select * from visits.visit
                        where series_id = ? and starts_at >= ? and status in ('booked', 'requested')
                        order by starts_at, id for update""")
                .params(seriesId, Timestamp.from(from))
                .query(Visits::row)
                .list());
    }

    /** The person's visits that overlap the time from {@code from} until {@code to}, earliest first. */
    List<Stored> ofPerson(UUID personId, Instant from, Instant to) {
        List<Row> rows = jdbc.sql("""
                        select * from visits.visit
                        where person_id = ? and during && tstzrange(?, ?, '[)')
                        order by starts_at, id""")
                .params(personId, Timestamp.from(from), Timestamp.from(to))
                .query(Visits::row)
                .list();
        return withWorkers(rows);
    }

    private List<Stored> withWorkers(List<Row> rows) {
        Map<UUID, List<UUID>> workers = workerIds(rows.stream().map(Row::id).toList());
        return rows.stream()
                .map(row -> row.with(workers.getOrDefault(row.id(), List.of())))
                .toList();
    }

    /** The visits the worker is booked for that overlap the time from {@code from} until {@code to}, earliest first. */
    List<Stored> ofWorker(UUID workerId, Instant from, Instant to) {
        return withWorkers(jdbc.sql("""
                        select v.* from visits.visit v join visits.visit_worker w on w.visit_id = v.id
                        where w.worker_id = ? and v.during && tstzrange(?, ?, '[)')
                        order by v.starts_at, v.id""")
                .params(workerId, Timestamp.from(from), Timestamp.from(to))
                .query(Visits::row)
                .list());
    }

    boolean anyOfPerson(UUID personId) {
        return jdbc.sql("select exists (select 1 from visits.visit where person_id = ?)")
                .param(personId)
                .query(Boolean.class)
                .single();
    }

    /** The earliest visit still holding the time of one of these workers that overlaps the time from {@code start} until {@code end}. */
    Optional<Clash> firstClash(Collection<UUID> workerIds, Instant start, Instant end, Collection<UUID> except) {
        return jdbc.sql("""
                        select w.worker_id, v.starts_at, v.ends_at
                        from visits.visit_worker w join visits.visit v on v.id = w.visit_id
                        where w.holds_time and w.worker_id in (:workers) and w.during && tstzrange(:start, :end, '[)')
                          and not w.visit_id = any(string_to_array(:except, ',')::uuid[])
                        order by v.starts_at, w.worker_id
                        limit 1""")
                .param("workers", workerIds)
                .param("start", Timestamp.from(start))
                .param("end", Timestamp.from(end))
                .param("except", joined(List.copyOf(except)))
                .query((rs, n) -> new Clash(
                        rs.getObject("worker_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant()))
                .optional();
    }

    private Map<UUID, List<UUID>> workerIds(List<UUID> visitIds) {
        Map<UUID, List<UUID>> workers = new LinkedHashMap<>();
        if (visitIds.isEmpty()) {
            return workers;
        }
        jdbc.sql(
                        "select visit_id, worker_id from visits.visit_worker where visit_id in (:ids) order by visit_id, position")
                .param("ids", visitIds)
                .query(rs -> {
                    workers.computeIfAbsent(rs.getObject("visit_id", UUID.class), id -> new ArrayList<>())
                            .add(rs.getObject("worker_id", UUID.class));
                });
        return workers;
    }

    private record Row(UUID id, UUID personId, Instant start, Instant end, VisitStatus status) {

        Stored with(List<UUID> workerIds) {
            return new Stored(id, personId, start, end, status, List.copyOf(workerIds));
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                VisitStatus.ofCode(rs.getString("status")));
    }

    /** Every visit with this status that overlaps the time from {@code from} until {@code to}, earliest first. */
    List<Stored> withStatus(VisitStatus status, Instant from, Instant to) {
        return withWorkers(jdbc.sql("""
                        select * from visits.visit
                        where status = ? and during && tstzrange(?, ?, '[)')
                        order by starts_at, id""")
                .params(status.code(), Timestamp.from(from), Timestamp.from(to))
                .query(Visits::row)
                .list());
    }
}
