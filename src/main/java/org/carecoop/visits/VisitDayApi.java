package org.carecoop.visits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The visits module's second facade, for the day of a visit (CO6, VI1–VI3): a booked worker says they
 * are on their way (and gets an expected arrival), checks in, ticks off the visit's tasks and checks
 * out; co-ordinators set the task list and correct times with a reason. Kept apart from {@link
 * VisitsApi}, which books and changes visits, because its callers are the workers on the visit rather
 * than the co-ordinators who plan it.
 *
 * <p>Only the workers booked for the visit act on it (co-ordinators at their own keyboard correct and
 * set tasks); anyone else is refused with {@link AccessDeniedException}. An unknown visit is a {@link
 * VisitException} with reason {@link VisitException.Reason#NOT_FOUND}; anything else that cannot be
 * done is a {@link Refusal}.
 */
public interface VisitDayApi {

    /** The earliest a worker may check in, before the planned start. */
    Duration EARLIEST_CHECK_IN = Duration.ofHours(2);

    /** The longest note, not-done reason or correction reason. */
    int REASON_MAX = 500;

    /** The longest description of a task. */
    int TASK_MAX = 200;

    /** The most tasks a visit can have. */
    int TASKS_MAX = 30;

    /**
     * The worker sets off to the visit. The expected arrival is worked out from {@code from} when
     * given, otherwise from the place of their previous visit today, otherwise from their home; it is
     * recorded, {@link WorkerOnTheWay} is published, and {@link VisitRunningLate} when it is late
     * enough.
     */
    Eta onMyWay(Caller by, UUID visitId, @Nullable GeoPoint from);

    /**
     * The worker checks in at {@code at}, which is not in the future nor more than {@link
     * #EARLIEST_CHECK_IN} before the planned start. Records the travel from their previous visit that
     * day (or from home) and publishes {@link VisitCheckedIn}.
     */
    void checkIn(Caller by, UUID visitId, Instant at, @Nullable GeoPoint where);

    /**
     * The worker checks out at {@code at}: after their check-in and the planned start, not in the
     * future. Every task not done needs {@code notDoneReason}. When the last booked worker has checked
     * out the visit is completed, which publishes {@link VisitCompleted}.
     */
    void checkOut(Caller by, UUID visitId, Instant at, @Nullable GeoPoint where, String note, String notDoneReason);

    /**
     * A co-ordinator sets a worker's check-in and check-out times, with a reason of 1 to 500
     * characters. The times they replace are kept in the history. Setting the last worker's check-out
     * completes the visit.
     */
    void correct(Caller by, UUID visitId, UUID workerId, Instant checkIn, @Nullable Instant checkOut, String reason);

    /** Planned versus actual for the visit, with every correction made. */
    Attendance attendance(UUID visitId);

    /**
     * When each worker arrived at and left each of the visits, in one read, for calendars that show
     * what actually happened next to what was planned. Visits nobody checked in to have no entry.
     */
    Map<UUID, List<ActualTimes>> actualTimes(Collection<UUID> visitIds);

    /** The visit's tasks in order. */
    List<Task> tasks(UUID visitId);

    /**
     * A co-ordinator sets the visit's task list: tasks whose description is unchanged keep whether
     * they were done; the others are removed and the new ones added, in the order given.
     */
    void setTasks(Caller by, UUID visitId, List<String> tasks);

    /** A booked worker ticks a task off, optionally with a note. */
    void taskDone(Caller by, UUID visitId, UUID taskId, String note);

    /** The worker's journeys between the visits they checked in to on that day (UK time), earliest first. */
    Travel travel(UUID workerId, LocalDate day);

    /** Missed and running-late visits that are still booked, most recent first, for co-ordinators. */
    List<Alert> alerts(Caller by);

    /** Whether the caller is booked for the visit. */
    boolean bookedFor(Caller by, UUID visitId);

    /**
     * When the worker is expected.
     *
     * @param expectedArrival empty when it could not be worked out
     * @param delayMinutes minutes after the planned start (0 when on time)
     * @param origin where the journey was worked out from
     */
    record Eta(Optional<Instant> expectedArrival, long delayMinutes, Origin origin) {}

    /** Where a journey was worked out from. */
    enum Origin {
        SHARED,
        PREVIOUS_VISIT,
        HOME,
        UNKNOWN;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Planned versus actual for a visit. */
    record Attendance(
            UUID visitId,
            UUID personId,
            Instant plannedStart,
            Instant plannedEnd,
            VisitStatus status,
            List<WorkerAttendance> workers,
            List<Correction> corrections) {

        public Attendance {
            workers = List.copyOf(workers);
            corrections = List.copyOf(corrections);
        }
    }

    /**
     * One booked worker's actual times, either absent until they happen, and when they were last
     * expected to arrive if they said they were on their way.
     */
    record WorkerAttendance(
            UUID workerId,
            String name,
            Optional<Instant> expectedArrival,
            Optional<Instant> checkedIn,
            Optional<Instant> checkedOut,
            Optional<GeoPoint> checkInLocation,
            Optional<GeoPoint> checkOutLocation,
            String checkOutNote) {}

    /** When one worker checked in to a visit and, once they have, out of it. */
    record ActualTimes(UUID workerId, Instant checkedIn, Optional<Instant> checkedOut) {}

    /** A correction a co-ordinator made, with the times it replaced. */
    record Correction(
            UUID workerId,
            Optional<Instant> previousCheckIn,
            Optional<Instant> previousCheckOut,
            Instant checkIn,
            Optional<Instant> checkOut,
            String reason,
            String correctedBy,
            Instant correctedAt) {}

    /** A task on a visit, and who did it when. */
    record Task(
            UUID id,
            String description,
            Optional<UUID> doneBy,
            Optional<Instant> doneAt,
            String doneNote,
            Optional<String> notDoneReason) {

        public boolean done() {
            return doneAt.isPresent();
        }
    }

    /**
     * A journey from the previous visit (or home) to a visit.
     *
     * @param fromVisitId the previous visit, empty when it was from home
     * @param minutes travel time; empty when a place could not be located
     * @param metres road distance estimated from the straight line; empty like minutes
     */
    record Leg(UUID visitId, Optional<UUID> fromVisitId, Optional<Integer> minutes, Optional<Integer> metres) {

        /** The distance in miles, to 0.1 of a mile. */
        public Optional<Double> miles() {
            return metres.map(Travel::miles);
        }
    }

    /** A worker's journeys on a day, and their totals. */
    record Travel(UUID workerId, LocalDate day, List<Leg> legs, int totalMinutes, int totalMetres) {

        private static final double METRES_PER_MILE = 1609.344;

        public Travel {
            legs = List.copyOf(legs);
        }

        public double totalMiles() {
            return miles(totalMetres);
        }

        static double miles(int metres) {
            return Math.round(metres / METRES_PER_MILE * 10) / 10.0;
        }
    }

    /** Something a co-ordinator should look at on the day. */
    record Alert(Kind kind, UUID visitId, UUID personId, Instant plannedStart, Instant raisedAt, long delayMinutes) {

        /** What kind of alert. */
        public enum Kind {
            MISSED,
            RUNNING_LATE
        }
    }

    /** Something on the day that cannot be done, with the reason. */
    final class Refusal extends RuntimeException {

        /** Why it cannot be done. */
        public enum Reason {
            /** The visit is cancelled or completed. */
            NOT_BOOKED,
            /** A check-in more than two hours before the planned start. */
            TOO_EARLY,
            /** A time in the future. */
            IN_FUTURE,
            /** Checking in a second time. */
            ALREADY_CHECKED_IN,
            /** Checking out, or ticking a task, before checking in. */
            NOT_CHECKED_IN,
            /** Checking out a second time. */
            ALREADY_CHECKED_OUT,
            /** A check-out at or before the check-in, or before the planned start. */
            CHECK_OUT_TOO_SOON,
            /** Tasks left undone without a reason. */
            REASON_FOR_UNDONE_TASKS,
            /** A note or reason that is too long or not plain text. */
            TEXT_NOT_VALID,
            /** A correction without a reason. */
            CORRECTION_REASON_REQUIRED,
            /** A worker not booked for the visit. */
            NOT_BOOKED_WORKER,
            /** A task that is not on the visit. */
            NO_SUCH_TASK,
            /** A task description that is blank, too long or not plain text, or too many tasks. */
            TASK_NOT_VALID
        }

        private final Reason reason;

        public Refusal(Reason reason) {
            super(reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }

        /** The message key suffix, e.g. {@code too_early}. */
        public String code() {
            return reason.name().toLowerCase(Locale.ROOT);
        }
    }
}
