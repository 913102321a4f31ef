package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.carecoop.people.internal.TimeAway;
import org.carecoop.people.internal.TimeAwayException;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Leave, sickness and on-call windows on the real database: the rules, the constraints and the events. */
@RecordApplicationEvents
class TimeAwayTests extends IntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    TimeAway timeAway;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private UUID worker() {
        return people.accountByEmail(newAccount("Wyn", Role.WORKER))
                .orElseThrow()
                .id();
    }

    private static Caller as(UUID worker) {
        return new Caller(worker, "Wyn", worker, "Wyn", Set.of(Role.WORKER.name()));
    }

    /** Next week's Monday at this hour, UK time. */
    private Instant nextMonday(int hour) {
        LocalDate monday = LocalDate.now(clock).plusWeeks(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    }

    @Test
    void theUsualWeekThenOnCallDecideAndLeaveOrSicknessWins() {
        UUID worker = worker();
        people.saveWorkerAvailability(
                worker,
                WeeklyPattern.of(
                        List.of(new WeeklyPattern.Window(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)))));
        Instant nine = nextMonday(9);

        assertThat(people.availabilityAt(worker, nine, nine.plus(Duration.ofHours(2))))
                .isEqualTo(AvailabilityAt.AVAILABLE);
        // 16:00 to 18:00 runs past the usual week.
        assertThat(people.availabilityAt(worker, nextMonday(16), nextMonday(18)))
                .isEqualTo(AvailabilityAt.OUTSIDE_AVAILABILITY);

        people.addOnCallWindow(worker, nextMonday(12), nextMonday(22));
        assertThat(people.availabilityAt(worker, nextMonday(16), nextMonday(18)))
                .isEqualTo(AvailabilityAt.ON_CALL);
        assertThat(people.availabilityAt(worker, nextMonday(21), nextMonday(23)))
                .isEqualTo(AvailabilityAt.OUTSIDE_AVAILABILITY);
        assertThat(people.workersOnCall(nextMonday(16), nextMonday(18))).contains(worker);

        // Leave touching only the last minute of the visit still wins.
        people.recordLeave(worker, nextMonday(10).plus(Duration.ofMinutes(59)), nextMonday(20), "");
        assertThat(people.availabilityAt(worker, nine, nextMonday(11))).isEqualTo(AvailabilityAt.ON_LEAVE);
        assertThat(people.workersOnCall(nextMonday(16), nextMonday(18))).doesNotContain(worker);
    }

    @Test
    void sicknessFromNowMakesTheWorkerOffSickUntilTheyAreBack() {
        UUID worker = worker();
        Instant now = clock.instant();

        UUID id = timeAway.reportSick(as(worker), worker, null, "Flu");

        assertThat(people.availabilityAt(
                        worker,
                        now.plus(Duration.ofDays(30)),
                        now.plus(Duration.ofDays(30).plusHours(1))))
                .isEqualTo(AvailabilityAt.OFF_SICK);
        assertThat(events.stream(WorkerAbsent.class).filter(e -> e.absenceId().equals(id)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(AbsenceKind.SICK);
                    assertThat(e.to()).isNull();
                });

        timeAway.back(as(worker), worker);

        assertThat(events.stream(WorkerBack.class).filter(e -> e.workerId().equals(worker)))
                .hasSize(1);
        assertThat(people.availabilityAt(
                        worker,
                        now.plus(Duration.ofDays(1)),
                        now.plus(Duration.ofDays(1).plusHours(1))))
                .isEqualTo(AvailabilityAt.OUTSIDE_AVAILABILITY);
        assertThat(people.absences(worker, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))))
                .singleElement()
                .satisfies(a -> assertThat(a.to()).isNotNull());
    }

    @Test
    void extendingSicknessPublishesWorkerAbsentAgainWithTheNewEnd() {
        UUID worker = worker();
        LocalDate today = LocalDate.now(clock);
        UUID id = timeAway.reportSick(as(worker), worker, today.plusDays(2), "");

        timeAway.reportSick(as(worker), worker, today.plusDays(5), "");

        assertThat(events.stream(WorkerAbsent.class).filter(e -> e.absenceId().equals(id)))
                .extracting(WorkerAbsent::to)
                .containsExactly(
                        today.plusDays(3).atStartOfDay(LONDON).toInstant(),
                        today.plusDays(6).atStartOfDay(LONDON).toInstant());
    }

    @Test
    void recordingLeavePublishesWorkerAbsentInTheSameTransaction() {
        UUID worker = worker();

        UUID id = people.recordLeave(worker, nextMonday(0), nextMonday(0).plus(Duration.ofDays(7)), "Holiday");

        assertThat(events.stream(WorkerAbsent.class).filter(e -> e.absenceId().equals(id)))
                .singleElement()
                .isEqualTo(new WorkerAbsent(
                        id,
                        worker,
                        AbsenceKind.LEAVE,
                        nextMonday(0),
                        nextMonday(0).plus(Duration.ofDays(7))));
        assertThat(events.stream(WorkerChanged.class).filter(e -> e.workerId().equals(worker)))
                .isNotEmpty();
    }

    @Test
    void overlappingLeaveIsRefusedNamingTheLeaveItOverlaps() {
        UUID worker = worker();
        people.recordLeave(worker, nextMonday(0), nextMonday(0).plus(Duration.ofDays(3)), "");

        assertThatThrownBy(() -> timeAway.recordLeave(
                        as(worker),
                        worker,
                        nextMonday(0).plus(Duration.ofDays(2)),
                        nextMonday(0).plus(Duration.ofDays(4)),
                        ""))
                .isInstanceOf(TimeAwayException.class)
                .satisfies(e -> {
                    TimeAwayException refused = (TimeAwayException) e;
                    assertThat(refused.messageKey()).isEqualTo("timeAway.error.overlap.leave");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), java.util.Locale.UK))
                            .startsWith("This overlaps leave from Monday");
                });
    }

    @Test
    void theDatabaseRefusesOverlappingAbsencesAndOnCallWindowsWhateverTheApplicationDoes() {
        UUID worker = worker();
        String absence = """
                insert into people.absence (id, worker_id, kind, during, recorded_by, recorded_at)
                values (?, ?, ?, tstzrange(?, ?, '[)'), ?, now())""";
        jdbc.sql(absence)
                .params(UUID.randomUUID(), worker, "LEAVE", ts(nextMonday(9)), ts(nextMonday(17)), worker)
                .update();

        assertThatThrownBy(() -> jdbc.sql(absence)
                        .params(UUID.randomUUID(), worker, "SICK", ts(nextMonday(16)), null, worker)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("absence_never_overlaps");
        assertThatThrownBy(() -> jdbc.sql(absence)
                        .params(UUID.randomUUID(), worker, "LEAVE", ts(nextMonday(20)), ts(nextMonday(19)), worker)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // Back to back is not an overlap.
        jdbc.sql(absence)
                .params(UUID.randomUUID(), worker, "LEAVE", ts(nextMonday(17)), ts(nextMonday(18)), worker)
                .update();

        String window = """
                insert into people.on_call_window (id, worker_id, during, recorded_by, recorded_at)
                values (?, ?, tstzrange(?, ?, '[)'), ?, now())""";
        jdbc.sql(window)
                .params(UUID.randomUUID(), worker, ts(nextMonday(9)), ts(nextMonday(17)), worker)
                .update();
        assertThatThrownBy(() -> jdbc.sql(window)
                        .params(UUID.randomUUID(), worker, ts(nextMonday(10)), ts(nextMonday(11)), worker)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("on_call_never_overlaps");
        assertThatThrownBy(() -> jdbc.sql(window)
                        .params(
                                UUID.randomUUID(),
                                worker,
                                ts(nextMonday(17)),
                                ts(nextMonday(17).plus(Duration.ofDays(15))),
                                worker)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void onCallWindowsAreAtMostFourteenDaysAndNeverOverlap() {
        UUID worker = worker();
        people.addOnCallWindow(worker, nextMonday(8), nextMonday(20));

        assertThatThrownBy(() -> timeAway.addOnCall(as(worker), worker, nextMonday(19), nextMonday(23)))
                .isInstanceOf(TimeAwayException.class)
                .hasMessage("timeAway.error.onCall.overlap");
        assertThatThrownBy(() -> timeAway.addOnCall(
                        as(worker), worker, nextMonday(20), nextMonday(20).plus(Duration.ofDays(15))))
                .isInstanceOf(TimeAwayException.class)
                .hasMessage("timeAway.error.onCall.tooLong");
    }

    @Test
    void onlyTheWorkerAndCoordinatorsChangeTheirTimeAway() {
        UUID worker = worker();
        UUID other = worker();
        UUID coordinator =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();

        assertThatThrownBy(() -> timeAway.recordLeave(as(other), worker, nextMonday(0), nextMonday(5), ""))
                .isInstanceOf(AccessDeniedException.class);
        timeAway.recordLeave(
                new Caller(coordinator, "Rachel", coordinator, "Rachel", Set.of(Role.COORDINATOR.name())),
                worker,
                nextMonday(0),
                nextMonday(5),
                "");
        assertThat(people.absences(worker, nextMonday(0), nextMonday(5))).hasSize(1);
    }

    @Test
    void twoPeopleRecordingOverlappingLeaveAtOnceLeaveExactlyOneRow() throws Exception {
        UUID worker = worker();
        UUID coordinator =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();
        Caller rachel = new Caller(coordinator, "Rachel", coordinator, "Rachel", Set.of(Role.COORDINATOR.name()));
        int racers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Caller caller = i % 2 == 0 ? as(worker) : rachel;
            int offset = i;
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    timeAway.recordLeave(
                            caller,
                            worker,
                            nextMonday(offset),
                            nextMonday(offset).plus(Duration.ofDays(2)),
                            "");
                    return true;
                } catch (TimeAwayException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<Boolean> outcome : outcomes) {
            recorded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();

        assertThat(recorded).isEqualTo(1);
        assertThat(people.absences(worker, nextMonday(0), nextMonday(0).plus(Duration.ofDays(3))))
                .hasSize(1);
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
