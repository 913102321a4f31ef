package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.TravelTimes;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.visits.VisitDayApi.Origin;
import org.carecoop.visits.VisitDayApi.Refusal;
import org.carecoop.visits.VisitDayApi.Refusal.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** On my way, check-in and check-out, tasks, corrections and travel, on the real database with a moved clock. */
@RecordApplicationEvents
class VisitDayTests extends VisitDayTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TravelTimes travelTimes;

    @Test
    void aLateNoticeIsPublishedOnceAndAgainOnlyWhenTheDelayGrowsByAFurtherThreshold() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Instant start = inDays(5, "10:00");
        UUID visit = visit(nora, start, amy.accountId());
        // Setting off from the person's own place: the expected arrival is the moment of asking.
        GeoPoint there = place("OL14 5AB");

        assertThat(onMyWayAt(amy, visit, plus(start, -30), there).delayMinutes())
                .isZero();
        assertThat(onMyWayAt(amy, visit, plus(start, 10), there).delayMinutes()).isEqualTo(10);
        assertThat(lateNotices(visit))
                .as("10 minutes late is within the threshold")
                .isEmpty();

        VisitDayApi.Eta eta = onMyWayAt(amy, visit, plus(start, 15), there);
        assertThat(eta.origin()).isEqualTo(Origin.SHARED);
        assertThat(eta.expectedArrival()).contains(plus(start, 15));
        assertThat(lateNotices(visit)).singleElement().satisfies(late -> {
            assertThat(late.delayMinutes()).isEqualTo(15);
            assertThat(late.workerId()).isEqualTo(amy.accountId());
            assertThat(late.personId()).isEqualTo(nora);
            assertThat(late.expectedArrival()).isEqualTo(plus(start, 15));
        });

        onMyWayAt(amy, visit, plus(start, 24), there);
        assertThat(lateNotices(visit)).as("grown by 9 minutes only").hasSize(1);
        onMyWayAt(amy, visit, plus(start, 25), there);
        assertThat(lateNotices(visit)).as("grown by a further 10 minutes").hasSize(2);
        assertThat(lateNotices(visit).get(1).delayMinutes()).isEqualTo(25);
        assertThat(events.stream(WorkerOnTheWay.class).filter(e -> e.visitId().equals(visit)))
                .hasSize(5);
        assertThat(day.attendance(visit).workers().get(0).expectedArrival()).contains(plus(start, 25));
    }

    @Test
    void theExpectedArrivalIsWorkedOutFromThePreviousVisitTodayOrElseHome() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        UUID olive = personAt("Olive", "HX7 8AE", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller bob = newCaller("Bob", Role.WORKER);
        homeAt(amy.accountId(), "HX7 6AD");
        Instant nine = inDays(6, "09:00");
        UUID first = visit(nora, nine, amy.accountId());
        UUID second = visit(olive, plus(nine, 120), amy.accountId());
        UUID bobs = visit(olive, plus(nine, 240), bob.accountId());
        Duration homeToNora = travelTimes.between(place("HX7 6AD"), place("OL14 5AB"), TravelTimes.Mode.NOT_DRIVING);
        Duration noraToOlive = travelTimes.between(place("OL14 5AB"), place("HX7 8AE"), TravelTimes.Mode.NOT_DRIVING);

        try (Moved at = clock.freezeAt(plus(nine, -60))) {
            VisitDayApi.Eta fromHome = day.onMyWay(amy, first, null);
            assertThat(fromHome.origin()).isEqualTo(Origin.HOME);
            assertThat(fromHome.expectedArrival()).contains(plus(nine, -60).plus(homeToNora));
            VisitDayApi.Eta fromNora = day.onMyWay(amy, second, null);
            assertThat(fromNora.origin()).isEqualTo(Origin.PREVIOUS_VISIT);
            assertThat(fromNora.expectedArrival()).contains(plus(nine, -60).plus(noraToOlive));
            VisitDayApi.Eta unknown = day.onMyWay(bob, bobs, null);
            assertThat(unknown.origin()).as("Bob has no home postcode").isEqualTo(Origin.UNKNOWN);
            assertThat(unknown.expectedArrival()).isEmpty();
        }
    }

    @Test
    void checkInIsAllowedFromTwoHoursBeforeTheStartAndNeverInTheFuture() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller bob = newCaller("Bob", Role.WORKER);
        Instant start = inDays(7, "14:00");
        UUID visit = visit(nora, start, amy.accountId());

        try (Moved at = clock.freezeAt(plus(start, -100))) {
            assertRefused(() -> day.checkIn(amy, visit, plus(start, -121), null), Reason.TOO_EARLY);
            assertRefused(() -> day.checkIn(amy, visit, plus(start, -99), null), Reason.IN_FUTURE);
            assertThatThrownBy(() -> day.checkIn(bob, visit, plus(start, -100), null))
                    .isInstanceOf(AccessDeniedException.class);
            assertRefused(() -> day.checkOut(amy, visit, plus(start, -100), null, "", ""), Reason.NOT_CHECKED_IN);
        }
        try (Moved at = clock.freezeAt(plus(start, -120))) {
            day.checkIn(amy, visit, plus(start, -120), new GeoPoint(53.71, -2.09));
            assertRefused(() -> day.checkIn(amy, visit, plus(start, -120), null), Reason.ALREADY_CHECKED_IN);
            assertRefused(() -> day.onMyWay(amy, visit, null), Reason.ALREADY_CHECKED_IN);
        }
        assertThat(events.stream(VisitCheckedIn.class).filter(e -> e.visitId().equals(visit)))
                .singleElement()
                .isEqualTo(new VisitCheckedIn(visit, nora, amy.accountId(), plus(start, -120)));

        try (Moved at = clock.freezeAt(plus(start, 30))) {
            assertRefused(() -> day.checkOut(amy, visit, plus(start, -1), null, "", ""), Reason.CHECK_OUT_TOO_SOON);
            assertRefused(() -> day.checkOut(amy, visit, plus(start, 31), null, "", ""), Reason.IN_FUTURE);
            assertRefused(
                    () -> day.checkOut(amy, visit, plus(start, 30), null, "<script>x</script>", ""),
                    Reason.TEXT_NOT_VALID);
            day.checkOut(amy, visit, plus(start, 30), null, "All well", "");
            assertThatThrownBy(() -> day.checkOut(amy, visit, plus(start, 30), null, "", ""))
                    .isInstanceOfSatisfying(
                            Refusal.class, r -> assertThat(r.reason()).isEqualTo(Reason.NOT_BOOKED));
        }
        VisitDayApi.Attendance attendance = day.attendance(visit);
        assertThat(attendance.status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(attendance.workers()).singleElement().satisfies(w -> {
            assertThat(w.checkedIn()).contains(plus(start, -120));
            assertThat(w.checkedOut()).contains(plus(start, 30));
            assertThat(w.checkInLocation()).contains(new GeoPoint(53.71, -2.09));
            assertThat(w.checkOutNote()).isEqualTo("All well");
        });
        assertThat(events.stream(VisitCompleted.class).filter(e -> e.visitId().equals(visit)))
                .singleElement()
                .satisfies(e -> assertThat(e.completedAt()).isEqualTo(plus(start, 30)));
    }

    @Test
    void aDoubleUpVisitCompletesWhenItsLastWorkerChecksOut() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller bob = newCaller("Bob", Role.WORKER);
        Instant start = inDays(8, "08:00");
        UUID visit = visit(nora, start, amy.accountId(), bob.accountId());

        try (Moved at = clock.freezeAt(plus(start, 50))) {
            day.checkIn(amy, visit, start, null);
            day.checkIn(bob, visit, plus(start, 5), null);
            day.checkOut(bob, visit, plus(start, 45), null, "", "");
            assertThat(day.attendance(visit).status()).isEqualTo(VisitStatus.BOOKED);
            assertThat(events.stream(VisitCompleted.class)
                            .filter(e -> e.visitId().equals(visit)))
                    .isEmpty();
            day.checkOut(amy, visit, plus(start, 40), null, "", "");
        }
        assertThat(day.attendance(visit).status()).isEqualTo(VisitStatus.COMPLETED);
        assertThat(events.stream(VisitCompleted.class).filter(e -> e.visitId().equals(visit)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.completedAt()).as("the last check-out").isEqualTo(plus(start, 45));
                    assertThat(e.workerIds()).containsExactly(amy.accountId(), bob.accountId());
                });
    }

    @Test
    void aCorrectionKeepsTheTimesItReplacesInAHistoryThatCannotBeChanged() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller cora = coordinator();
        Instant start = inDays(9, "11:00");
        UUID visit = visit(nora, start, amy.accountId());

        try (Moved at = clock.freezeAt(plus(start, 90))) {
            day.checkIn(amy, visit, plus(start, 20), null);
            assertThatThrownBy(() -> day.correct(amy, visit, amy.accountId(), start, null, "forgot"))
                    .isInstanceOf(AccessDeniedException.class);
            assertRefused(
                    () -> day.correct(cora, visit, amy.accountId(), start, plus(start, 60), " "),
                    Reason.CORRECTION_REASON_REQUIRED);
            assertRefused(
                    () -> day.correct(cora, visit, cora.accountId(), start, plus(start, 60), "wrong"),
                    Reason.NOT_BOOKED_WORKER);
            assertRefused(
                    () -> day.correct(cora, visit, amy.accountId(), start, plus(start, 91), "future"),
                    Reason.IN_FUTURE);
            day.correct(cora, visit, amy.accountId(), start, plus(start, 60), "Checked in late: no signal");
        }
        VisitDayApi.Attendance attendance = day.attendance(visit);
        assertThat(attendance.status())
                .as("the only worker now has a check-out")
                .isEqualTo(VisitStatus.COMPLETED);
        assertThat(attendance.workers().get(0).checkedIn()).contains(start);
        assertThat(attendance.workers().get(0).checkedOut()).contains(plus(start, 60));
        assertThat(attendance.corrections()).singleElement().satisfies(c -> {
            assertThat(c.previousCheckIn()).contains(plus(start, 20));
            assertThat(c.previousCheckOut()).isEmpty();
            assertThat(c.checkIn()).isEqualTo(start);
            assertThat(c.reason()).isEqualTo("Checked in late: no signal");
            assertThat(c.correctedBy()).isEqualTo("Cora Coordinator");
        });
        assertThatThrownBy(() -> jdbc.sql("update visits.attendance_correction set reason = 'x' where visit_id = ?")
                        .param(visit)
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("kept as they were made");
        assertThatThrownBy(() -> jdbc.sql("delete from visits.attendance_correction where visit_id = ?")
                        .param(visit)
                        .update())
                .isInstanceOf(DataAccessException.class);
        assertThat(day.attendance(visit).corrections()).hasSize(1);
    }

    @Test
    void tasksAreTickedOffAndTheOnesNotDoneNeedAReasonAtCheckOut() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller cora = coordinator();
        Instant start = inDays(10, "12:00");
        UUID visit = visit(nora, start, amy.accountId());
        assertThatThrownBy(() -> day.setTasks(amy, visit, List.of("Lunch"))).isInstanceOf(AccessDeniedException.class);
        assertRefused(() -> day.setTasks(cora, visit, List.of("<b>Lunch</b>")), Reason.TASK_NOT_VALID);
        day.setTasks(cora, visit, List.of("Help with lunch", "Medication prompt", "Walk to the shop"));
        UUID lunch = day.tasks(visit).get(0).id();

        try (Moved at = clock.freezeAt(plus(start, 45))) {
            assertRefused(() -> day.taskDone(amy, visit, lunch, ""), Reason.NOT_CHECKED_IN);
            day.checkIn(amy, visit, start, null);
            assertRefused(() -> day.taskDone(amy, visit, UUID.randomUUID(), ""), Reason.NO_SUCH_TASK);
            day.taskDone(amy, visit, lunch, "Ate half");
            // A changed list keeps what was done for tasks still on it.
            day.setTasks(cora, visit, List.of("Medication prompt", "Help with lunch", "Walk to the shop"));
            assertThat(day.tasks(visit))
                    .extracting(VisitDayApi.Task::description, VisitDayApi.Task::done)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("Medication prompt", false),
                            org.assertj.core.groups.Tuple.tuple("Help with lunch", true),
                            org.assertj.core.groups.Tuple.tuple("Walk to the shop", false));
            day.setTasks(cora, visit, List.of("Medication prompt", "Help with lunch"));
            day.taskDone(amy, visit, day.tasks(visit).get(0).id(), "");
            day.setTasks(cora, visit, List.of("Medication prompt", "Help with lunch", "Post a letter"));
            assertRefused(
                    () -> day.checkOut(amy, visit, plus(start, 45), null, "", "  "), Reason.REASON_FOR_UNDONE_TASKS);
            day.checkOut(amy, visit, plus(start, 45), null, "", "Post office closed");
        }
        assertThat(day.tasks(visit))
                .satisfiesExactly(
                        medication -> assertThat(medication.doneBy()).contains(amy.accountId()),
                        lunchTask -> assertThat(lunchTask.doneNote()).isEqualTo("Ate half"),
                        letter -> {
                            assertThat(letter.done()).isFalse();
                            assertThat(letter.notDoneReason()).contains("Post office closed");
                        });
    }

    @Test
    void checkingInRecordsTheTravelFromTheWorkersPreviousVisitThatDayOrFromHome() {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        UUID olive = personAt("Olive", "HX7 8AE", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        homeAt(amy.accountId(), "HX7 6AD");
        Instant nine = inDays(11, "09:00");
        UUID first = visit(nora, nine, amy.accountId());
        UUID second = visit(olive, plus(nine, 90), amy.accountId());

        try (Moved at = clock.freezeAt(plus(nine, 200))) {
            day.checkIn(amy, first, nine, null);
            day.checkOut(amy, first, plus(nine, 60), null, "", "");
            day.checkIn(amy, second, plus(nine, 90), null);
        }
        VisitDayApi.Travel travel = day.travel(amy.accountId(), LocalDate.ofInstant(nine, UK));
        GeoPoint home = place("HX7 6AD");
        GeoPoint noras = place("OL14 5AB");
        GeoPoint olives = place("HX7 8AE");
        assertThat(travel.legs())
                .satisfiesExactly(
                        fromHome -> {
                            assertThat(fromHome.visitId()).isEqualTo(first);
                            assertThat(fromHome.fromVisitId()).isEmpty();
                            assertThat(fromHome.minutes()).contains(minutes(home, noras));
                            assertThat(fromHome.metres()).contains(metres(home, noras));
                        },
                        fromNora -> {
                            assertThat(fromNora.visitId()).isEqualTo(second);
                            assertThat(fromNora.fromVisitId()).contains(first);
                            assertThat(fromNora.minutes()).contains(minutes(noras, olives));
                            assertThat(fromNora.miles())
                                    .contains(Math.round(metres(noras, olives) / 1609.344 * 10) / 10.0);
                        });
        assertThat(travel.totalMetres()).isEqualTo(metres(home, noras) + metres(noras, olives));
        assertThat(travel.totalMinutes()).isEqualTo(minutes(home, noras) + minutes(noras, olives));
        assertThat(travel.totalMetres()).isPositive();
        assertThat(day.travel(amy.accountId(), LocalDate.ofInstant(nine, UK).plusDays(1))
                        .legs())
                .isEmpty();
    }

    private VisitDayApi.Eta onMyWayAt(Caller worker, UUID visit, Instant at, GeoPoint from) {
        try (Moved moved = clock.freezeAt(at)) {
            return day.onMyWay(worker, visit, from);
        }
    }

    private List<VisitRunningLate> lateNotices(UUID visit) {
        return events.stream(VisitRunningLate.class)
                .filter(e -> e.visitId().equals(visit))
                .toList();
    }

    private int minutes(GeoPoint from, GeoPoint to) {
        return (int) Math.round(
                travelTimes.between(from, to, TravelTimes.Mode.NOT_DRIVING).toSeconds() / 60.0);
    }

    private static int metres(GeoPoint from, GeoPoint to) {
        return (int) Math.round(from.distanceKm(to) * 1.3 * 1000);
    }

    private static void assertRefused(Runnable action, Reason reason) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.reason()).isEqualTo(reason));
    }
}
