package org.carecoop.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Absence;
import org.carecoop.people.AbsenceKind;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.OnCallWindow;
import org.carecoop.people.WorkerAbsent;
import org.carecoop.people.WorkerBack;
import org.carecoop.people.WorkerChanged;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A worker's time away and time on call (CO1): leave, sickness and "ON" windows for emergency and
 * back-up work, on top of their usual week ({@link WorkerAvailability}). The database refuses
 * overlapping absences and overlapping on-call windows; this service first looks for the overlap so
 * that the message can name it. Recording or extending an absence publishes {@link WorkerAbsent} in
 * the same transaction (cover listens); ending sickness early publishes {@link WorkerBack}; every
 * change publishes {@link WorkerChanged} for matching.
 */
@Service
public class TimeAway {

    /** The longest on-call window, as the database also insists. */
    public static final Duration LONGEST_ON_CALL = Duration.ofDays(14);

    /** The longest leave recorded at once. */
    public static final Duration LONGEST_LEAVE = Duration.ofDays(366);

    private static final String RECORD_TYPE = "time-away";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    /** An absence with the reason given, which only the worker and co-ordinators see. */
    public record AbsenceEntry(Absence absence, String reason) {}

    private final JdbcClient jdbc;
    private final WorkerRecords workers;
    private final WorkerAvailability availability;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimeAway(
            JdbcClient jdbc,
            WorkerRecords workers,
            WorkerAvailability availability,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.availability = availability;
        this.events = events;
        this.clock = clock;
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The worker's absences touching the time from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<Absence> absences(UUID workerId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, worker_id, kind, lower(during) as starts, upper(during) as ends, reason
                        from people.absence where worker_id = ? and during && tstzrange(?, ?, '[)')
                        order by lower(during)""")
                .params(workerId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> absence(rs))
                .list();
    }

    /** The worker's leave and sickness not over yet, with reasons, for the worker and co-ordinators. */
    @Transactional // writes to the access log
    public List<AbsenceEntry> upcoming(Caller caller, UUID workerId) {
        workers.require(caller, workerId, "VIEW", RECORD_TYPE);
        return jdbc.sql("""
                        select id, worker_id, kind, lower(during) as starts, upper(during) as ends, reason
                        from people.absence where worker_id = ? and (upper(during) is null or upper(during) > ?)
                        order by lower(during)""")
                .params(workerId, Timestamp.from(clock.instant()))
                .query((rs, n) -> new AbsenceEntry(absence(rs), rs.getString("reason")))
                .list();
    }

    /** The sickness the worker is off with now, if any. */
    @Transactional(readOnly = true)
    public Optional<Absence> currentSickness(UUID workerId) {
        Instant now = clock.instant();
        return absences(workerId, now, now.plusNanos(1000)).stream()
                .filter(a -> a.kind() == AbsenceKind.SICK)
                .findFirst();
    }

    /**
     * Records leave from {@code from} to {@code to}.
     *
     * @throws TimeAwayException when it is over already, too long, or overlaps other leave or sickness
     */
    @Transactional
    public UUID recordLeave(Caller caller, UUID workerId, Instant from, Instant to, String reason) {
        workers.require(caller, workerId, "CREATE", RECORD_TYPE);
        if (!to.isAfter(from)) {
            throw new TimeAwayException("timeAway.error.leave.order");
        }
        if (!to.isAfter(clock.instant())) {
            throw new TimeAwayException("timeAway.error.leave.past");
        }
        if (Duration.between(from, to).compareTo(LONGEST_LEAVE) > 0) {
            throw new TimeAwayException("timeAway.error.leave.tooLong");
        }
        refuseOverlap(workerId, from, to);
        UUID id = UUID.randomUUID();
        insertAbsence(id, workerId, AbsenceKind.LEAVE, from, to, reason, caller);
        events.publishEvent(new WorkerAbsent(id, workerId, AbsenceKind.LEAVE, from, to));
        events.publishEvent(new WorkerChanged(workerId));
        return id;
    }

    /**
     * Cancels leave that has not ended yet.
     *
     * @throws IllegalArgumentException when the worker has no such leave
     */
    @Transactional
    public void cancelLeave(Caller caller, UUID workerId, UUID absenceId) {
        workers.require(caller, workerId, "DELETE", RECORD_TYPE);
        int removed = jdbc.sql("""
                        delete from people.absence where id = ? and worker_id = ? and kind = 'LEAVE'
                        and upper(during) > ?""")
                .params(absenceId, workerId, Timestamp.from(clock.instant()))
                .update();
        if (removed == 0) {
            throw new IllegalArgumentException("No such leave");
        }
        events.publishEvent(new WorkerChanged(workerId));
    }

    /**
     * The worker is off sick from now, until the end of {@code lastDay} (null: not known yet). When
     * they are off sick already, this changes when they expect to be back: a later day publishes
     * {@link WorkerAbsent} again, an earlier one {@link WorkerBack}.
     *
     * @throws TimeAwayException when the last day is in the past, or it overlaps leave
     */
    @Transactional
    public UUID reportSick(Caller caller, UUID workerId, @Nullable LocalDate lastDay, String reason) {
        workers.require(caller, workerId, "CREATE", RECORD_TYPE);
        Instant now = clock.instant();
        Instant to = lastDay == null
                ? null
                : lastDay.plusDays(1).atStartOfDay(zone()).toInstant();
        if (to != null && !to.isAfter(now)) {
            throw new TimeAwayException("timeAway.error.sick.past");
        }
        Optional<Absence> current = currentSickness(workerId);
        if (current.isEmpty()) {
            refuseOverlap(workerId, now, to);
            UUID id = UUID.randomUUID();
            insertAbsence(id, workerId, AbsenceKind.SICK, now, to, reason, caller);
            events.publishEvent(new WorkerAbsent(id, workerId, AbsenceKind.SICK, now, to));
            events.publishEvent(new WorkerChanged(workerId));
            return id;
        }
        Absence sickness = current.get();
        refuseOverlap(workerId, sickness.to() == null ? now : sickness.to(), to, sickness.id());
        try {
            jdbc.sql("update people.absence set during = tstzrange(lower(during), ?, '[)'), reason = ? where id = ?")
                    .params(to == null ? null : Timestamp.from(to), reason, sickness.id())
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new TimeAwayException("timeAway.error.overlap.unknown");
        }
        boolean longer = to == null || (sickness.to() != null && to.isAfter(sickness.to()));
        if (longer) {
            events.publishEvent(new WorkerAbsent(sickness.id(), workerId, AbsenceKind.SICK, sickness.from(), to));
        } else if (sickness.to() == null || to.isBefore(sickness.to())) {
            events.publishEvent(new WorkerBack(workerId, to));
        }
        events.publishEvent(new WorkerChanged(workerId));
        return sickness.id();
    }

    /**
     * The worker is back from sickness now.
     *
     * @throws TimeAwayException when they are not off sick
     */
    @Transactional
    public void back(Caller caller, UUID workerId) {
        workers.require(caller, workerId, "UPDATE", RECORD_TYPE);
        Absence sickness = currentSickness(workerId).orElseThrow(() -> new TimeAwayException("timeAway.error.notSick"));
        Instant now = clock.instant();
        jdbc.sql("update people.absence set during = tstzrange(lower(during), ?, '[)') where id = ?")
                .params(Timestamp.from(now), sickness.id())
                .update();
        events.publishEvent(new WorkerBack(workerId, now));
        events.publishEvent(new WorkerChanged(workerId));
    }

    /** The worker's on-call windows touching the time from {@code from} to {@code to}, earliest first. */
    @Transactional(readOnly = true)
    public List<OnCallWindow> onCallWindows(UUID workerId, Instant from, Instant to) {
        return jdbc.sql("""
                        select id, worker_id, lower(during) as starts, upper(during) as ends
                        from people.on_call_window where worker_id = ? and during && tstzrange(?, ?, '[)')
                        order by lower(during)""")
                .params(workerId, Timestamp.from(from), Timestamp.from(to))
                .query((rs, n) -> new OnCallWindow(
                        rs.getObject("id", UUID.class),
                        rs.getObject("worker_id", UUID.class),
                        rs.getTimestamp("starts").toInstant(),
                        rs.getTimestamp("ends").toInstant()))
                .list();
    }

    /** The worker's on-call windows not over yet, for the worker and co-ordinators. */
    @Transactional // writes to the access log
    public List<OnCallWindow> upcomingOnCall(Caller caller, UUID workerId) {
        workers.require(caller, workerId, "VIEW", RECORD_TYPE);
        Instant now = clock.instant();
        return onCallWindows(workerId, now, now.plus(Duration.ofDays(3660)));
    }

    /** Workers with an on-call window covering all of the time, leaving out anyone away then. */
    @Transactional(readOnly = true)
    public Set<UUID> workersOnCall(Instant start, Instant end) {
        return new HashSet<>(jdbc.sql("""
                        select w.worker_id from people.on_call_window w
                        where w.during @> tstzrange(?, ?, '[)')
                        and not exists (select 1 from people.absence a
                                        where a.worker_id = w.worker_id and a.during && tstzrange(?, ?, '[)'))""")
                .params(Timestamp.from(start), Timestamp.from(end), Timestamp.from(start), Timestamp.from(end))
                .query(UUID.class)
                .list());
    }

    /**
     * Offers the worker for emergency and back-up work from {@code from} to {@code to}.
     *
     * @throws TimeAwayException when it is over already, longer than 14 days, or overlaps another window
     */
    @Transactional
    public UUID addOnCall(Caller caller, UUID workerId, Instant from, Instant to) {
        workers.require(caller, workerId, "CREATE", RECORD_TYPE);
        if (!to.isAfter(from)) {
            throw new TimeAwayException("timeAway.error.onCall.order");
        }
        if (!to.isAfter(clock.instant())) {
            throw new TimeAwayException("timeAway.error.onCall.past");
        }
        if (Duration.between(from, to).compareTo(LONGEST_ON_CALL) > 0) {
            throw new TimeAwayException("timeAway.error.onCall.tooLong");
        }
        List<OnCallWindow> clashes = onCallWindows(workerId, from, to);
        if (!clashes.isEmpty()) {
            throw new TimeAwayException(
                    "timeAway.error.onCall.overlap",
                    when(clashes.get(0).from()),
                    when(clashes.get(0).to()));
        }
        UUID id = UUID.randomUUID();
        try {
            jdbc.sql("""
                            insert into people.on_call_window (id, worker_id, during, recorded_by, recorded_at)
                            values (?, ?, tstzrange(?, ?, '[)'), ?, ?)""")
                    .params(
                            id,
                            workerId,
                            Timestamp.from(from),
                            Timestamp.from(to),
                            caller.actorId(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new TimeAwayException("timeAway.error.overlap.unknown");
        }
        events.publishEvent(new WorkerChanged(workerId));
        return id;
    }

    /**
     * Removes an on-call window.
     *
     * @throws IllegalArgumentException when the worker has no such window
     */
    @Transactional
    public void removeOnCall(Caller caller, UUID workerId, UUID windowId) {
        workers.require(caller, workerId, "DELETE", RECORD_TYPE);
        int removed = jdbc.sql("delete from people.on_call_window where id = ? and worker_id = ?")
                .params(windowId, workerId)
                .update();
        if (removed == 0) {
            throw new IllegalArgumentException("No such on-call window");
        }
        events.publishEvent(new WorkerChanged(workerId));
    }

    /**
     * Whether the worker can take a visit from {@code start} to {@code end}: leave or sickness touching
     * any of it wins; then their usual week (in the co-op's zone) covering all of it; then an on-call
     * window covering all of it.
     */
    @Transactional(readOnly = true)
    public AvailabilityAt availabilityAt(UUID workerId, Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The time must end after it starts");
        }
        List<Absence> away = absences(workerId, start, end);
        if (away.stream().anyMatch(a -> a.kind() == AbsenceKind.SICK)) {
            return AvailabilityAt.OFF_SICK;
        }
        if (!away.isEmpty()) {
            return AvailabilityAt.ON_LEAVE;
        }
        WeeklyPattern touched = WeeklyPattern.touchedBy(start, end, zone());
        if (touched.intersection(availability.of(workerId)).equals(touched)) {
            return AvailabilityAt.AVAILABLE;
        }
        if (onCallWindows(workerId, start, end).stream().anyMatch(w -> w.covers(start, end))) {
            return AvailabilityAt.ON_CALL;
        }
        return AvailabilityAt.OUTSIDE_AVAILABILITY;
    }

    private void refuseOverlap(UUID workerId, Instant from, @Nullable Instant to, UUID... except) {
        Instant until = to == null ? from.plus(Duration.ofDays(36600)) : to;
        if (!until.isAfter(from)) {
            return;
        }
        for (Absence clash : absences(workerId, from, until)) {
            if (!List.of(except).contains(clash.id())) {
                throw new TimeAwayException(
                        clash.kind() == AbsenceKind.LEAVE
                                ? "timeAway.error.overlap.leave"
                                : "timeAway.error.overlap.sick",
                        when(clash.from()),
                        clash.to() == null ? "" : when(clash.to()));
            }
        }
    }

    private void insertAbsence(
            UUID id,
            UUID workerId,
            AbsenceKind kind,
            Instant from,
            @Nullable Instant to,
            String reason,
            Caller caller) {
        try {
            jdbc.sql("""
                            insert into people.absence (id, worker_id, kind, during, reason, recorded_by, recorded_at)
                            values (?, ?, ?, tstzrange(?, ?, '[)'), ?, ?, ?)""")
                    .params(
                            id,
                            workerId,
                            kind.name(),
                            Timestamp.from(from),
                            to == null ? null : Timestamp.from(to),
                            reason,
                            caller.actorId(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DataIntegrityViolationException e) {
            throw new TimeAwayException("timeAway.error.overlap.unknown");
        }
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(zone()));
    }

    private static Absence absence(ResultSet rs) throws SQLException {
        Timestamp ends = rs.getTimestamp("ends");
        return new Absence(
                rs.getObject("id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                AbsenceKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("starts").toInstant(),
                ends == null ? null : ends.toInstant());
    }
}
