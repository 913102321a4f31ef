package org.carecoop.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitCheckedIn;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitDayApi.Refusal.Reason;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitRunningLate;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.carecoop.visits.WorkerOnTheWay;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link VisitDayApi} on the attendance, task and travel records. Every change locks the visit's row
 * first, so a worker's check-out and a co-ordinator's correction of the same visit take turns, and
 * the last of two double-up workers to check out sees the other's check-out and completes the visit
 * through {@link VisitsApi#complete}, which publishes {@code VisitCompleted} as before. Events are
 * published in the same transaction, so listeners hear only of what was committed.
 */
@Service
class AttendanceService implements VisitDayApi {

    private static final int ALERTS_SHOWN = 100;

    private final Visits visits;
    private final VisitsApi visitsApi;
    private final AttendanceRecords records;
    private final VisitTaskRecords tasks;
    private final TravelPlanner travel;
    private final PeopleApi people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final long lateThresholdMinutes;

    AttendanceService(
            Visits visits,
            VisitsApi visitsApi,
            AttendanceRecords records,
            VisitTaskRecords tasks,
            TravelPlanner travel,
            PeopleApi people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${carecoop.visits.late-threshold:10m}") Duration lateThreshold) {
        this.visits = visits;
        this.visitsApi = visitsApi;
        this.records = records;
        this.tasks = tasks;
        this.travel = travel;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = clock.getZone();
        this.lateThresholdMinutes = Math.max(1, lateThreshold.toMinutes());
    }

    @Override
    @Transactional
    public Eta onMyWay(Caller by, UUID visitId, @Nullable GeoPoint from) {
        Visits.Stored visit = lockBooked(visitId);
        UUID worker = requireBookedWorker(by, visit);
        if (records.attendance(visitId, worker).isPresent()) {
            throw new Refusal(Reason.ALREADY_CHECKED_IN);
        }
        Instant now = clock.instant();
        TravelPlanner.Start start = travel.start(worker, visit, from, zone);
        Optional<Instant> eta = travel.eta(worker, start, travel.personPlace(visit.personId()), now);
        long delay = eta.map(e -> delayMinutes(visit.start(), e)).orElse(0L);
        Origin origin = eta.isPresent() ? start.origin() : Origin.UNKNOWN;
        records.onMyWay(visitId, worker, now, origin, eta.orElse(null), delay);
        record(by, now, "ON_MY_WAY", visit, eta.map(e -> "expected at " + e).orElse("expected time not known"));
        events.publishEvent(new WorkerOnTheWay(visitId, visit.personId(), worker, now, eta.orElse(null)));
        if (eta.isPresent() && delay > lateThresholdMinutes) {
            if (records.noteLate(visitId, worker, eta.get(), delay, lateThresholdMinutes, now)) {
                events.publishEvent(new VisitRunningLate(visitId, visit.personId(), worker, eta.get(), delay));
            }
        }
        return new Eta(eta, delay, origin);
    }

    @Override
    @Transactional
    public void checkIn(Caller by, UUID visitId, Instant at, @Nullable GeoPoint where) {
        Visits.Stored visit = lockBooked(visitId);
        UUID worker = requireBookedWorker(by, visit);
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw new Refusal(Reason.IN_FUTURE);
        }
        if (at.isBefore(visit.start().minus(EARLIEST_CHECK_IN))) {
            throw new Refusal(Reason.TOO_EARLY);
        }
        if (records.attendance(visitId, worker).isPresent()) {
            throw new Refusal(Reason.ALREADY_CHECKED_IN);
        }
        records.checkIn(visitId, worker, at, where);
        recordLeg(worker, visit, now);
        record(by, now, "CHECK_IN", visit, "checked in at " + at);
        events.publishEvent(new VisitCheckedIn(visitId, visit.personId(), worker, at));
    }

    @Override
    @Transactional
    public void checkOut(
            Caller by, UUID visitId, Instant at, @Nullable GeoPoint where, String note, String notDoneReason) {
        Visits.Stored visit = lockBooked(visitId);
        UUID worker = requireBookedWorker(by, visit);
        AttendanceRecords.Stored attendance =
                records.attendance(visitId, worker).orElseThrow(() -> new Refusal(Reason.NOT_CHECKED_IN));
        if (attendance.checkedOut() != null) {
            throw new Refusal(Reason.ALREADY_CHECKED_OUT);
        }
        Instant now = clock.instant();
        if (at.isAfter(now)) {
            throw new Refusal(Reason.IN_FUTURE);
        }
        if (!at.isAfter(attendance.checkedIn()) || at.isBefore(visit.start())) {
            throw new Refusal(Reason.CHECK_OUT_TOO_SOON);
        }
        String tidyNote = text(note);
        String tidyReason = text(notDoneReason);
        boolean undone = tasks.tasks(visitId).stream()
                .anyMatch(t -> !t.done() && t.notDoneReason().isEmpty());
        if (undone && tidyReason.isEmpty()) {
            throw new Refusal(Reason.REASON_FOR_UNDONE_TASKS);
        }
        records.checkOut(visitId, worker, at, where, tidyNote);
        if (undone) {
            tasks.notDone(visitId, tidyReason);
        }
        record(by, now, "CHECK_OUT", visit, "checked out at " + at);
        completeWhenAllOut(visit);
    }

    @Override
    @Transactional
    public void correct(
            Caller by, UUID visitId, UUID workerId, Instant checkIn, @Nullable Instant checkOut, String reason) {
        requireCoordinator(by);
        Visits.Stored visit = visits.lock(visitId).orElseThrow(VisitException::notFound);
        if (visit.status() == VisitStatus.CANCELLED) {
            throw new Refusal(Reason.NOT_BOOKED);
        }
        if (!visit.workerIds().contains(workerId)) {
            throw new Refusal(Reason.NOT_BOOKED_WORKER);
        }
        String tidy = text(reason);
        if (tidy.isEmpty()) {
            throw new Refusal(Reason.CORRECTION_REASON_REQUIRED);
        }
        Instant now = clock.instant();
        if (checkIn.isAfter(now) || (checkOut != null && checkOut.isAfter(now))) {
            throw new Refusal(Reason.IN_FUTURE);
        }
        if (checkOut != null && (!checkOut.isAfter(checkIn) || checkOut.isBefore(visit.start()))) {
            throw new Refusal(Reason.CHECK_OUT_TOO_SOON);
        }
        Optional<AttendanceRecords.Stored> before = records.attendance(visitId, workerId);
        records.addCorrection(
                visitId,
                new AttendanceRecords.StoredCorrection(
                        workerId,
                        before.map(AttendanceRecords.Stored::checkedIn).orElse(null),
                        before.map(AttendanceRecords.Stored::checkedOut).orElse(null),
                        checkIn,
                        checkOut,
                        tidy,
                        by.actorId(),
                        now));
        records.setTimes(visitId, workerId, checkIn, checkOut);
        recordLeg(workerId, visit, now);
        record(by, now, "CORRECT_ATTENDANCE", visit, tidy);
        if (visit.status() == VisitStatus.BOOKED) {
            completeWhenAllOut(visit);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Attendance attendance(UUID visitId) {
        Visits.Stored visit = records.visit(visitId).orElseThrow(VisitException::notFound);
        Map<UUID, AttendanceRecords.Stored> byWorker = new HashMap<>();
        records.attendance(visitId).forEach(a -> byWorker.put(a.workerId(), a));
        Map<UUID, String> names = new HashMap<>();
        List<WorkerAttendance> workers = visit.workerIds().stream()
                .map(w -> {
                    Optional<AttendanceRecords.Stored> a = Optional.ofNullable(byWorker.get(w));
                    return new WorkerAttendance(
                            w,
                            names.computeIfAbsent(w, this::nameOf),
                            records.latestEta(visitId, w),
                            a.map(AttendanceRecords.Stored::checkedIn),
                            a.map(AttendanceRecords.Stored::checkedOut),
                            a.map(AttendanceRecords.Stored::checkInLocation),
                            a.map(AttendanceRecords.Stored::checkOutLocation),
                            a.map(AttendanceRecords.Stored::note).orElse(""));
                })
                .toList();
        List<Correction> corrections = records.corrections(visitId).stream()
                .map(c -> new Correction(
                        c.workerId(),
                        Optional.ofNullable(c.previousCheckIn()),
                        Optional.ofNullable(c.previousCheckOut()),
                        c.checkIn(),
                        Optional.ofNullable(c.checkOut()),
                        c.reason(),
                        names.computeIfAbsent(c.correctedBy(), this::nameOf),
                        c.correctedAt()))
                .toList();
        return new Attendance(
                visitId, visit.personId(), visit.start(), visit.end(), visit.status(), workers, corrections);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<ActualTimes>> actualTimes(Collection<UUID> visitIds) {
        return records.actualTimes(visitIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(UUID visitId) {
        return tasks.tasks(visitId);
    }

    @Override
    @Transactional
    public void setTasks(Caller by, UUID visitId, List<String> wanted) {
        if (!VisitsApi.SYSTEM.equals(by)) {
            requireCoordinator(by);
        }
        Visits.Stored visit = lockBooked(visitId);
        List<String> tidy = new ArrayList<>();
        for (String task : wanted) {
            String t = task.strip();
            if (t.isEmpty() || t.length() > TASK_MAX || !PlainText.Validator.plain(t)) {
                throw new Refusal(Reason.TASK_NOT_VALID);
            }
            tidy.add(t);
        }
        if (tidy.size() > TASKS_MAX) {
            throw new Refusal(Reason.TASK_NOT_VALID);
        }
        List<Task> existing = new ArrayList<>(tasks.tasks(visitId));
        Instant now = clock.instant();
        for (int position = 0; position < tidy.size(); position++) {
            String description = tidy.get(position);
            Optional<Task> kept = existing.stream()
                    .filter(t -> t.description().equals(description))
                    .findFirst();
            if (kept.isPresent()) {
                existing.remove(kept.get());
                tasks.move(kept.get().id(), position);
            } else {
                tasks.add(visitId, position, description, actorId(by), now);
            }
        }
        existing.forEach(t -> tasks.remove(t.id()));
        record(by, now, "SET_TASKS", visit, tidy.size() + " tasks");
    }

    @Override
    @Transactional
    public void taskDone(Caller by, UUID visitId, UUID taskId, String note) {
        Visits.Stored visit = lockBooked(visitId);
        UUID worker = requireBookedWorker(by, visit);
        if (records.attendance(visitId, worker).isEmpty()) {
            throw new Refusal(Reason.NOT_CHECKED_IN);
        }
        String tidy = text(note);
        Instant now = clock.instant();
        if (!tasks.done(visitId, taskId, worker, now, tidy)) {
            throw new Refusal(Reason.NO_SUCH_TASK);
        }
        record(by, now, "TASK_DONE", visit, "task " + taskId);
    }

    @Override
    @Transactional(readOnly = true)
    public Travel travel(UUID workerId, LocalDate day) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Leg> legs = records.legs(workerId, from, to).stream()
                .map(l -> new Leg(
                        l.visitId(),
                        Optional.ofNullable(l.fromVisitId()),
                        Optional.ofNullable(l.minutes()),
                        Optional.ofNullable(l.metres())))
                .toList();
        int minutes = legs.stream().mapToInt(l -> l.minutes().orElse(0)).sum();
        int metres = legs.stream().mapToInt(l -> l.metres().orElse(0)).sum();
        return new Travel(workerId, day, legs, minutes, metres);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Alert> alerts(Caller by) {
        requireCoordinator(by);
        return records.alerts(ALERTS_SHOWN);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean bookedFor(Caller by, UUID visitId) {
        return !by.assisted() && records.workerIds(visitId).contains(by.accountId());
    }

    /** Completes the visit once every booked worker has checked out, at the last check-out. */
    private void completeWhenAllOut(Visits.Stored visit) {
        List<AttendanceRecords.Stored> all = records.attendance(visit.id());
        boolean allOut = all.size() == visit.workerIds().size() && all.stream().allMatch(a -> a.checkedOut() != null);
        if (allOut) {
            Instant last = all.stream()
                    .map(AttendanceRecords.Stored::checkedOut)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            visitsApi.complete(VisitsApi.SYSTEM, visit.id(), last);
        }
    }

    /** Records the journey to the visit for pay, from the previous visit that day or from home. */
    private void recordLeg(UUID worker, Visits.Stored visit, Instant now) {
        TravelPlanner.Start start = travel.legStart(worker, visit, zone);
        Optional<GeoPoint> to = travel.personPlace(visit.personId());
        Integer minutes = null;
        Integer metres = null;
        if (start.point() != null && to.isPresent()) {
            TravelPlanner.Journey journey = travel.journey(worker, start.point(), to.get());
            minutes = (int) Math.round(journey.time().toSeconds() / 60.0);
            metres = journey.metres();
        }
        records.addLeg(visit.id(), worker, start.fromVisitId(), minutes, metres, now);
    }

    private Visits.Stored lockBooked(UUID visitId) {
        Visits.Stored visit = visits.lock(visitId).orElseThrow(VisitException::notFound);
        if (visit.status() != VisitStatus.BOOKED) {
            throw new Refusal(Reason.NOT_BOOKED);
        }
        return visit;
    }

    /** The caller's account, when it is booked for the visit and acting for itself. */
    private static UUID requireBookedWorker(Caller by, Visits.Stored visit) {
        if (by.assisted() || !visit.workerIds().contains(by.accountId())) {
            throw new AccessDeniedException("only the workers booked for a visit act on it");
        }
        return by.accountId();
    }

    private static void requireCoordinator(Caller by) {
        if (!by.hasRole(Role.COORDINATOR.name()) || by.assisted()) {
            throw new AccessDeniedException("only co-ordinators do this");
        }
    }

    /** Whole minutes (rounded up) that the arrival is after the start; 0 when it is not. */
    static long delayMinutes(Instant start, Instant arrival) {
        long seconds = Duration.between(start, arrival).toSeconds();
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }

    /** A note or reason tidied; refused when too long or not plain text. */
    private static String text(String text) {
        String tidy = text.strip();
        if (tidy.length() > REASON_MAX || (!tidy.isEmpty() && !PlainText.Validator.plain(tidy))) {
            throw new Refusal(Reason.TEXT_NOT_VALID);
        }
        return tidy;
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private static @Nullable UUID actorId(Caller by) {
        return VisitsApi.SYSTEM.equals(by) ? null : by.actorId();
    }

    private void record(Caller by, Instant at, String action, Visits.Stored visit, String detail) {
        boolean system = VisitsApi.SYSTEM.equals(by);
        audit.record(new AuditEntry(
                at,
                system ? null : by.actorId(),
                system ? VisitBooking.SYSTEM_ACTOR : by.actorName(),
                system ? null : by.onBehalfOf().orElse(null),
                action,
                visit.personId(),
                VisitBooking.RECORD_TYPE,
                visit.id().toString(),
                Outcome.ALLOWED,
                detail));
    }
}
