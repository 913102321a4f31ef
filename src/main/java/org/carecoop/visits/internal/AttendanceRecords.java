package org.carecoop.visits.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.visits.VisitDayApi.ActualTimes;
import org.carecoop.visits.VisitDayApi.Alert;
import org.carecoop.visits.VisitDayApi.Origin;
import org.carecoop.visits.VisitStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What happens on the day of a visit, as stored: each worker's check-in and check-out, the
 * corrections made to them (append-only), "On my way" journeys, the one late notice and the one
 * missed alert a visit can have, and the travel legs recorded for pay. The unique rows of the late
 * notice and the missed alert are what make each published exactly once, however many requests or
 * app instances race to raise them.
 */
@Repository
class AttendanceRecords {

    private final JdbcClient jdbc;

    AttendanceRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A worker's stored check-in and check-out. */
    record Stored(
            UUID workerId,
            Instant checkedIn,
            @Nullable Instant checkedOut,
            @Nullable GeoPoint checkInLocation,
            @Nullable GeoPoint checkOutLocation,
            String note) {}

    /** A correction as stored. */
    record StoredCorrection(
            UUID workerId,
            @Nullable Instant previousCheckIn,
            @Nullable Instant previousCheckOut,
            Instant checkIn,
            @Nullable Instant checkOut,
            String reason,
            UUID correctedBy,
            Instant correctedAt) {}

    /** A travel leg as stored, with its visit's planned start. */
    record StoredLeg(
            UUID visitId,
            @Nullable UUID fromVisitId,
            @Nullable Integer minutes,
            @Nullable Integer metres) {}

    /** A visit a worker was booked for, with its person. */
    record WorkerVisit(UUID visitId, UUID personId) {}

    /** The visit, without locking it; empty when there is none. */
    Optional<Visits.Stored> visit(UUID visitId) {
        Optional<Visits.Stored> visit = jdbc.sql("select * from visits.visit where id = ?")
                .param(visitId)
                .query((rs, n) -> new Visits.Stored(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        VisitStatus.ofCode(rs.getString("status")),
                        List.of()))
                .optional();
        return visit.map(
                v -> new Visits.Stored(v.id(), v.personId(), v.start(), v.end(), v.status(), workerIds(visitId)));
    }

    List<UUID> workerIds(UUID visitId) {
        return jdbc.sql("select worker_id from visits.visit_worker where visit_id = ? order by position")
                .param(visitId)
                .query(UUID.class)
                .list();
    }

    /** The worker's latest visit that is not cancelled and starts at or after {@code since} and before this one. */
    Optional<WorkerVisit> previousVisit(UUID workerId, UUID visitId, Instant since, Instant before) {
        return jdbc.sql("""
                        select v.id, v.person_id from visits.visit v
                        join visits.visit_worker w on w.visit_id = v.id
                        where w.worker_id = ? and v.status <> 'cancelled' and v.id <> ?
                          and v.starts_at >= ? and v.starts_at < ?
                        order by v.starts_at desc limit 1""")
                .params(workerId, visitId, Timestamp.from(since), Timestamp.from(before))
                .query((rs, n) ->
                        new WorkerVisit(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class)))
                .optional();
    }

    List<Stored> attendance(UUID visitId) {
        return jdbc.sql("select * from visits.attendance where visit_id = ?")
                .param(visitId)
                .query(AttendanceRecords::stored)
                .list();
    }

    /** Check-in and check-out times of every worker on the visits, by visit, earliest check-in first. */
    Map<UUID, List<ActualTimes>> actualTimes(Collection<UUID> visitIds) {
        Map<UUID, List<ActualTimes>> byVisit = new HashMap<>();
        if (visitIds.isEmpty()) {
            return byVisit;
        }
        jdbc.sql("""
                        select visit_id, worker_id, checked_in_at, checked_out_at from visits.attendance
                        where visit_id = any(?) order by checked_in_at, worker_id""").param(visitIds.toArray(UUID[]::new)).query(rs -> {
            byVisit.computeIfAbsent(rs.getObject("visit_id", UUID.class), v -> new ArrayList<>())
                    .add(new ActualTimes(
                            rs.getObject("worker_id", UUID.class),
                            rs.getTimestamp("checked_in_at").toInstant(),
                            Optional.ofNullable(instant(rs, "checked_out_at"))));
        });
        return byVisit;
    }

    Optional<Stored> attendance(UUID visitId, UUID workerId) {
        return jdbc.sql("select * from visits.attendance where visit_id = ? and worker_id = ?")
                .params(visitId, workerId)
                .query(AttendanceRecords::stored)
                .optional();
    }

    void checkIn(UUID visitId, UUID workerId, Instant at, @Nullable GeoPoint where) {
        jdbc.sql("""
                        insert into visits.attendance (visit_id, worker_id, checked_in_at, check_in_latitude, check_in_longitude)
                        values (?, ?, ?, ?, ?)""")
                .params(visitId, workerId, Timestamp.from(at), latitude(where), longitude(where))
                .update();
    }

    void checkOut(UUID visitId, UUID workerId, Instant at, @Nullable GeoPoint where, String note) {
        jdbc.sql("""
                        update visits.attendance
                        set checked_out_at = ?, check_out_latitude = ?, check_out_longitude = ?, check_out_note = ?
                        where visit_id = ? and worker_id = ?""")
                .params(Timestamp.from(at), latitude(where), longitude(where), note, visitId, workerId)
                .update();
    }

    /** Sets the worker's times as a co-ordinator corrected them, keeping any locations and note. */
    void setTimes(UUID visitId, UUID workerId, Instant checkIn, @Nullable Instant checkOut) {
        jdbc.sql("""
                        insert into visits.attendance (visit_id, worker_id, checked_in_at, checked_out_at)
                        values (?, ?, ?, ?)
                        on conflict (visit_id, worker_id)
                        do update set checked_in_at = excluded.checked_in_at, checked_out_at = excluded.checked_out_at""")
                .params(visitId, workerId, Timestamp.from(checkIn), timestamp(checkOut))
                .update();
    }

    void addCorrection(UUID visitId, StoredCorrection c) {
        jdbc.sql("""
                        insert into visits.attendance_correction (id, visit_id, worker_id, previous_check_in,
                            previous_check_out, check_in, check_out, reason, corrected_by, corrected_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        visitId,
                        c.workerId(),
                        timestamp(c.previousCheckIn()),
                        timestamp(c.previousCheckOut()),
                        Timestamp.from(c.checkIn()),
                        timestamp(c.checkOut()),
                        c.reason(),
                        c.correctedBy(),
                        Timestamp.from(c.correctedAt()))
                .update();
    }

    List<StoredCorrection> corrections(UUID visitId) {
        return jdbc.sql("select * from visits.attendance_correction where visit_id = ? order by corrected_at, id")
                .param(visitId)
                .query((rs, n) -> new StoredCorrection(
                        rs.getObject("worker_id", UUID.class),
                        instant(rs, "previous_check_in"),
                        instant(rs, "previous_check_out"),
                        rs.getTimestamp("check_in").toInstant(),
                        instant(rs, "check_out"),
                        rs.getString("reason"),
                        rs.getObject("corrected_by", UUID.class),
                        rs.getTimestamp("corrected_at").toInstant()))
                .list();
    }

    void onMyWay(UUID visitId, UUID workerId, Instant at, Origin origin, @Nullable Instant eta, long delayMinutes) {
        jdbc.sql("""
                        insert into visits.on_my_way (id, visit_id, worker_id, at, origin, expected_arrival, delay_minutes)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        visitId,
                        workerId,
                        Timestamp.from(at),
                        origin.code(),
                        timestamp(eta),
                        eta == null ? null : delayMinutes)
                .update();
    }

    /** The worker's latest expected arrival at the visit, if they said they were on their way. */
    Optional<Instant> latestEta(UUID visitId, UUID workerId) {
        return jdbc.sql("""
                        select expected_arrival from visits.on_my_way
                        where visit_id = ? and worker_id = ? and expected_arrival is not null
                        order by at desc, id limit 1""")
                .params(visitId, workerId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /**
     * Notes that the visit is running late: the first time, or when the delay has grown by at least
     * {@code threshold} minutes since the last notice. True when noted, which is when to tell people.
     */
    boolean noteLate(UUID visitId, UUID workerId, Instant eta, long delayMinutes, long threshold, Instant now) {
        return jdbc.sql("""
                        insert into visits.late_notice (visit_id, worker_id, expected_arrival, delay_minutes, noticed_at)
                        values (:visit, :worker, :eta, :delay, :now)
                        on conflict (visit_id) do update
                        set worker_id = excluded.worker_id, expected_arrival = excluded.expected_arrival,
                            delay_minutes = excluded.delay_minutes, noticed_at = excluded.noticed_at
                        where visits.late_notice.delay_minutes + :threshold <= excluded.delay_minutes""")
                        .param("visit", visitId)
                        .param("worker", workerId)
                        .param("eta", Timestamp.from(eta))
                        .param("delay", delayMinutes)
                        .param("now", Timestamp.from(now))
                        .param("threshold", threshold)
                        .update()
                == 1;
    }

    /**
     * Notes every booked visit that started at or before {@code cutoff} (and after {@code since})
     * with nobody checked in as missed, and returns the ones noted now: a visit already noted, also
     * by another instance a moment ago, is not returned again.
     */
    List<WorkerVisit> noteMissed(Instant cutoff, Instant since, Instant now) {
        return jdbc.sql("""
                        insert into visits.missed_visit (visit_id, planned_start, detected_at)
                        select v.id, v.starts_at, :now from visits.visit v
                        where v.status = 'booked' and v.starts_at <= :cutoff and v.starts_at > :since
                          and not exists (select 1 from visits.attendance a where a.visit_id = v.id)
                        on conflict (visit_id) do nothing
                        returning visit_id, (select person_id from visits.visit where id = visit_id)""")
                .param("now", Timestamp.from(now))
                .param("cutoff", Timestamp.from(cutoff))
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new WorkerVisit(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .list();
    }

    /** Missed and running-late visits still booked with nobody checked in, latest first. */
    List<Alert> alerts(int limit) {
        return jdbc.sql("""
                        select 'MISSED' as kind, v.id, v.person_id, v.starts_at, m.detected_at as raised_at, 0 as delay
                        from visits.missed_visit m join visits.visit v on v.id = m.visit_id
                        where v.status = 'booked' and not exists (select 1 from visits.attendance a where a.visit_id = v.id)
                        union all
                        select 'RUNNING_LATE', v.id, v.person_id, v.starts_at, l.noticed_at, l.delay_minutes
                        from visits.late_notice l join visits.visit v on v.id = l.visit_id
                        where v.status = 'booked' and not exists (select 1 from visits.attendance a where a.visit_id = v.id)
                        order by raised_at desc, id limit ?""")
                .param(limit)
                .query((rs, n) -> new Alert(
                        Alert.Kind.valueOf(rs.getString("kind")),
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("raised_at").toInstant(),
                        rs.getLong("delay")))
                .list();
    }

    /** Records the leg to the visit unless one is recorded already. */
    void addLeg(
            UUID visitId,
            UUID workerId,
            @Nullable UUID fromVisitId,
            @Nullable Integer minutes,
            @Nullable Integer metres,
            Instant at) {
        jdbc.sql("""
                        insert into visits.travel_leg (visit_id, worker_id, from_visit_id, minutes, metres, recorded_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (visit_id, worker_id) do nothing""")
                .params(visitId, workerId, fromVisitId, minutes, metres, Timestamp.from(at))
                .update();
    }

    /** The worker's legs to visits planned to start from {@code from} until {@code to}, earliest first. */
    List<StoredLeg> legs(UUID workerId, Instant from, Instant to) {
        List<StoredLeg> legs = new ArrayList<>();
        jdbc.sql("""
                        select t.visit_id, t.from_visit_id, t.minutes, t.metres from visits.travel_leg t
                        join visits.visit v on v.id = t.visit_id
                        where t.worker_id = ? and v.starts_at >= ? and v.starts_at < ?
                        order by v.starts_at, v.id""").params(workerId, Timestamp.from(from), Timestamp.from(to)).query(rs -> {
            int minutes = rs.getInt("minutes");
            boolean known = !rs.wasNull();
            legs.add(new StoredLeg(
                    rs.getObject("visit_id", UUID.class),
                    rs.getObject("from_visit_id", UUID.class),
                    known ? minutes : null,
                    known ? rs.getInt("metres") : null));
        });
        return legs;
    }

    private static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(
                rs.getObject("worker_id", UUID.class),
                rs.getTimestamp("checked_in_at").toInstant(),
                instant(rs, "checked_out_at"),
                point(rs, "check_in_latitude", "check_in_longitude"),
                point(rs, "check_out_latitude", "check_out_longitude"),
                rs.getString("check_out_note"));
    }

    private static @Nullable GeoPoint point(ResultSet rs, String latitude, String longitude) throws SQLException {
        double lat = rs.getDouble(latitude);
        if (rs.wasNull()) {
            return null;
        }
        return new GeoPoint(lat, rs.getDouble(longitude));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static @Nullable Double latitude(@Nullable GeoPoint p) {
        return p == null ? null : p.latitude();
    }

    private static @Nullable Double longitude(@Nullable GeoPoint p) {
        return p == null ? null : p.longitude();
    }
}
