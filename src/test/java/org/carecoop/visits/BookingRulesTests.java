package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.visits.VisitException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rules of booking (CO2) on the real database: shared sessions, requests to workers outside their
 * availability, weekly series across clock changes and all or nothing, changing one occurrence or the
 * rest of a series, and last-minute bookings.
 */
class BookingRulesTests extends VisitTestSupport {

    @Autowired
    JdbcClient jdbc;

    /** The person as the caller they are when signed in. */
    private static Caller self(UUID personId) {
        return new Caller(personId, "Person", personId, "Person", Set.of(Role.SUPPORTED_PERSON.name()));
    }

    private static Caller asWorker(UUID workerId) {
        return new Caller(workerId, "Worker", workerId, "Worker", Set.of(Role.WORKER.name()));
    }

    @Test
    void aSharedSessionHoldsOneWorkerForSeveralPeopleAndNothingElse() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Session");
        UUID nora = person("Nora");
        UUID olive = person("Olive");
        Instant two = inDays(5, "14:00");

        BookingOutcome session =
                visits.book(cora, new Booking(List.of(nora, olive), List.of(amy), two, plus(two, 120), null));

        assertThat(session.visitIds()).hasSize(2);
        assertThat(session.sessionId()).isNotNull();
        assertThat(session.status()).isEqualTo(VisitStatus.BOOKED);
        assertThat(visits.workerSchedule(amy, two, plus(two, 120))).hasSize(2);
        assertThatThrownBy(() -> visits.book(cora, person("Pat"), List.of(amy), plus(two, 60), plus(two, 90)))
                .isInstanceOfSatisfying(
                        VisitClash.class, c -> assertThat(c.clashStart()).isEqualTo(two));
        // Straight to the table: a worker's row of another session still may not overlap.
        UUID other = visits.book(cora, person("Quinn"), List.of(worker("Bob")), plus(two, 30), plus(two, 60));
        assertThatThrownBy(() -> jdbc.sql("""
                        insert into visits.visit_worker (visit_id, worker_id, position, during, holds_time, session_key)
                        select id, ?, 1, during, holds_time, session_key from visits.visit where id = ?""").params(amy, other).update()).hasMessageContaining(NO_DOUBLE_BOOKING);
        // Cancelling one person's visit of the session leaves the other's.
        visits.cancel(cora, session.visitIds().get(0), "Nora is away");
        assertThat(visits.workerSchedule(amy, two, plus(two, 120)))
                .extracting(Visit::status)
                .containsExactlyInAnyOrder(VisitStatus.CANCELLED, VisitStatus.BOOKED);
    }

    private static final String NO_DOUBLE_BOOKING = "worker_never_double_booked";

    @Test
    void aPersonsBookingInsideTheWorkersAvailabilityIsConfirmedAtOnce() {
        UUID amy = worker("Amy Available");
        people.saveWorkerAvailability(
                amy,
                WeeklyPattern.ofHours(IntStream.range(0, WeeklyPattern.HOURS).toArray()));
        UUID nora = person("Nora");
        Instant ten = inDays(6, "10:00");

        BookingOutcome outcome = visits.book(self(nora), Booking.once(nora, List.of(amy), ten, plus(ten, 60)));

        assertThat(outcome.status()).isEqualTo(VisitStatus.BOOKED);
        assertThat(outcome.lastMinute()).isFalse();
    }

    @Test
    void aRequestHoldsNoTimeUntilAcceptedAndAClashAtAcceptanceIsNamed() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Requested");
        UUID nora = person("Nora");
        Instant ten = inDays(8, "10:00");

        BookingPlan plan = visits.plan(self(nora), Booking.once(nora, List.of(amy), ten, plus(ten, 60)));
        assertThat(plan.request()).isTrue();
        BookingOutcome request = visits.book(self(nora), Booking.once(nora, List.of(amy), ten, plus(ten, 60)));
        assertThat(request.status()).isEqualTo(VisitStatus.REQUESTED);
        UUID requestId = request.visitIds().get(0);
        assertThat(visits.requestsFor(amy)).extracting(Visit::id).containsExactly(requestId);

        // The request does not hold Amy's time: a co-ordinator books her over it.
        UUID booked = visits.book(cora, person("Olive"), List.of(amy), plus(ten, 30), plus(ten, 90));
        assertThatThrownBy(() -> visits.accept(asWorker(amy), requestId))
                .isInstanceOfSatisfying(VisitClash.class, c -> {
                    assertThat(c.workerId()).isEqualTo(amy);
                    assertThat(c.clashStart()).isEqualTo(plus(ten, 30));
                });
        assertThat(visits.requestsFor(amy)).extracting(Visit::id).containsExactly(requestId);

        // Once that visit is cancelled, she accepts, and the visit holds her time.
        visits.cancel(cora, booked, "Moved");
        visits.accept(asWorker(amy), requestId);
        assertThat(visits.schedule(nora, ten, plus(ten, 60)))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.BOOKED));
        assertThat(visits.requestsFor(amy)).isEmpty();
        assertThatThrownBy(() -> visits.accept(asWorker(amy), requestId))
                .isInstanceOfSatisfying(
                        VisitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_REQUESTED));
    }

    @Test
    void aWorkerDeclinesARequestWithAReasonTheBookerReads() {
        UUID amy = worker("Amy Declines");
        UUID nora = person("Nora");
        Instant ten = inDays(9, "10:00");
        UUID requestId = visits.book(self(nora), Booking.once(nora, List.of(amy), ten, plus(ten, 60)))
                .visitIds()
                .get(0);

        assertThatThrownBy(() -> visits.decline(asWorker(worker("Not Asked")), requestId, null))
                .isInstanceOfSatisfying(
                        VisitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_REQUESTED));
        visits.decline(asWorker(amy), requestId, "I am away that week");

        assertThat(visits.schedule(nora, ten, plus(ten, 60)))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.DECLINED));
        assertThat(jdbc.sql("select decline_reason from visits.visit where id = ?")
                        .param(requestId)
                        .query(String.class)
                        .single())
                .isEqualTo("I am away that week");
    }

    @Test
    void aWeeklySeriesKeepsItsLocalTimeAcrossTheOctoberClockChange() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Series");
        UUID nora = person("Nora");
        // The clocks go back on Sunday 26 October 2031: 09:00 is 08:00 UTC before and 09:00 UTC after.
        Instant first = ZonedDateTime.of(2031, 10, 20, 9, 0, 0, 0, UK).toInstant();
        BookingOutcome series = visits.book(
                cora,
                new Booking(
                        List.of(nora),
                        List.of(amy),
                        first,
                        plus(first, 60),
                        new Booking.Repeat(Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalDate.of(2031, 11, 3))));

        assertThat(series.seriesId()).isNotNull();
        assertThat(visits.schedule(nora, first, first.plus(Duration.ofDays(20))))
                .extracting(Visit::start)
                .containsExactly(
                        Instant.parse("2031-10-20T08:00:00Z"),
                        Instant.parse("2031-10-23T08:00:00Z"),
                        Instant.parse("2031-10-27T09:00:00Z"),
                        Instant.parse("2031-10-30T09:00:00Z"),
                        Instant.parse("2031-11-03T09:00:00Z"));
        assertThat(visits.schedule(nora, first, first.plus(Duration.ofDays(20))))
                .allSatisfy(v -> assertThat(v.start().atZone(UK).toLocalTime()).isEqualTo(LocalTime.of(9, 0)));
    }

    @Test
    void aSeriesWithOneOccurrenceInTheWayBooksNothingAndNamesThatOccurrence() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Busy Later");
        UUID nora = person("Nora");
        Instant first = ZonedDateTime.of(2031, 6, 2, 9, 0, 0, 0, UK).toInstant(); // a Monday
        Instant third = ZonedDateTime.of(2031, 6, 16, 9, 30, 0, 0, UK).toInstant();
        visits.book(cora, person("Olive"), List.of(amy), third, plus(third, 60));

        assertThatThrownBy(() -> visits.book(
                        cora,
                        new Booking(
                                List.of(nora),
                                List.of(amy),
                                first,
                                plus(first, 60),
                                new Booking.Repeat(Set.of(DayOfWeek.MONDAY), LocalDate.of(2031, 7, 28)))))
                .isInstanceOfSatisfying(
                        VisitClash.class, c -> assertThat(c.clashStart()).isEqualTo(third));
        assertThat(visits.hasVisits(nora)).as("all or nothing").isFalse();
        assertThatThrownBy(() -> visits.book(
                        cora,
                        new Booking(
                                List.of(nora),
                                List.of(amy),
                                first,
                                plus(first, 60),
                                new Booking.Repeat(Set.of(DayOfWeek.MONDAY), LocalDate.of(2032, 6, 3)))))
                .isInstanceOfSatisfying(
                        VisitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.REPEAT_UNTIL_NOT_RIGHT));
    }

    @Test
    void oneOccurrenceMovesOrIsCancelledAndTheRestOfTheSeriesChangesTimeOrEnds() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Changes");
        UUID nora = person("Nora");
        Instant first = ZonedDateTime.of(2031, 9, 1, 9, 0, 0, 0, UK).toInstant(); // a Monday
        BookingOutcome series = visits.book(
                cora,
                new Booking(
                        List.of(nora),
                        List.of(amy),
                        first,
                        plus(first, 60),
                        new Booking.Repeat(Set.of(DayOfWeek.MONDAY), LocalDate.of(2031, 9, 29))));
        List<UUID> ids = series.visitIds();
        assertThat(ids).hasSize(5);

        visits.move(cora, ids.get(0), plus(first, 120), plus(first, 180));
        visits.cancel(cora, ids.get(1), "Bank holiday plans");
        int moved = visits.changeSeries(
                cora, series.seriesId(), LocalDate.of(2031, 9, 15), LocalTime.of(14, 0), Duration.ofMinutes(90));
        assertThat(moved).isEqualTo(3);
        int ended = visits.endSeries(cora, series.seriesId(), LocalDate.of(2031, 9, 29), "Support ends");
        assertThat(ended).isEqualTo(1);

        assertThat(visits.schedule(nora, first, first.plus(Duration.ofDays(40))))
                .extracting(v ->
                        v.start().atZone(UK).toLocalTime() + " " + v.status().code())
                .containsExactly("11:00 booked", "09:00 cancelled", "14:00 booked", "14:00 booked", "14:00 cancelled");
    }

    @Test
    void aBookingStartingWithinADayIsFlaggedLastMinute() {
        Caller cora = coordinator();
        Instant soon = clock.instant().plus(Duration.ofHours(3));
        assertThat(visits.book(cora, Booking.once(person("Nora"), List.of(worker("Amy Soon")), soon, plus(soon, 60)))
                        .lastMinute())
                .isTrue();
    }
}
