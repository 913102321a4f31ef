package org.carecoop.teams.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The visits booked for each person, as the visits module reported them, kept to work out emergency
 * cover access (TE4). Every write is idempotent: the newest booking of a visit replaces its times and
 * workers, and a cancellation or completion delivered twice changes nothing.
 */
@Repository
class BookedVisits {

    /** A cover worker's access window around one visit. */
    record Window(UUID workerId, UUID visitId, Instant visitStart, Instant from, Instant until) {}

    private final JdbcClient jdbc;

    BookedVisits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One statement: the visit's times are upserted, workers no longer on it are dropped and new ones
     * added. It runs inside every booking's transaction, so it is kept to a single round trip.
     */
    void booked(UUID visitId, UUID personId, List<UUID> workerIds, Instant start, Instant end) {
        String workers = String.join(",", workerIds.stream().map(UUID::toString).toList());
        jdbc.sql("""
                        with visit as (
                            insert into teams.booked_visit (visit_id, person_id, starts_at, ends_at) values (?, ?, ?, ?)
                            on conflict (visit_id) do update set starts_at = excluded.starts_at, ends_at = excluded.ends_at
                            returning visit_id),
                        gone as (
                            delete from teams.booked_visit_worker where visit_id = ? and worker_id <> all(string_to_array(?, ',')::uuid[]))
                        insert into teams.booked_visit_worker (visit_id, worker_id)
                        select visit.visit_id, w from visit, unnest(string_to_array(?, ',')::uuid[]) w
                        on conflict do nothing""")
                .params(visitId, personId, Timestamp.from(start), Timestamp.from(end), visitId, workers, workers)
                .update();
    }

    void cancelled(UUID visitId, Instant at) {
        jdbc.sql("update teams.booked_visit set cancelled_at = ? where visit_id = ? and cancelled_at is null")
                .params(Timestamp.from(at), visitId)
                .update();
    }

    void completed(UUID visitId, Instant at) {
        jdbc.sql("update teams.booked_visit set completed_at = ? where visit_id = ? and completed_at is null")
                .params(Timestamp.from(at), visitId)
                .update();
    }

    /**
     * The access windows of the person's visits that have not ended by {@code now}, soonest first: from
     * {@code before} ahead of the start until {@code after} past check-out or, before check-out, past the
     * planned end.
     */
    List<Window> openOrComing(UUID personId, Instant now, Duration before, Duration after) {
        return windows(personId, null, now, before, after);
    }

    /** Whether one of the worker's visits to the person has its access window open at {@code now}. */
    boolean coverOpen(UUID personId, UUID workerId, Instant now, Duration before, Duration after) {
        return windows(personId, workerId, now, before, after).stream()
                .anyMatch(w -> !w.from().isAfter(now) && w.until().isAfter(now));
    }

    private List<Window> windows(UUID personId, UUID workerId, Instant now, Duration before, Duration after) {
        return jdbc.sql("""
                        select w.worker_id, v.visit_id, v.starts_at,
                               v.starts_at - make_interval(secs => ?) as open_from,
                               coalesce(v.completed_at, v.ends_at) + make_interval(secs => ?) as open_until
                        from teams.booked_visit v join teams.booked_visit_worker w on w.visit_id = v.visit_id
                        where v.person_id = ? and v.cancelled_at is null and (?::uuid is null or w.worker_id = ?)
                          and coalesce(v.completed_at, v.ends_at) + make_interval(secs => ?) > ?
                        order by v.starts_at, w.worker_id""")
                .params(
                        before.toSeconds(),
                        after.toSeconds(),
                        personId,
                        workerId,
                        workerId,
                        after.toSeconds(),
                        Timestamp.from(now))
                .query((rs, row) -> new Window(
                        rs.getObject("worker_id", UUID.class),
                        rs.getObject("visit_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("open_from").toInstant(),
                        rs.getTimestamp("open_until").toInstant()))
                .list();
    }
}
