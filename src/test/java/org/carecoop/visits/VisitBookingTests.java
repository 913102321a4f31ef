package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.VisitException.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Booking, cancelling and completing visits on the real database, and the events that follow. */
@RecordApplicationEvents
class VisitBookingTests extends VisitTestSupport {

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TeamsApi teams;

    @Test
    void aWorkerCannotBeBookedForTwoOverlappingVisits() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Overlap");
        UUID nora = person("Nora");
        UUID olive = person("Olive");
        Instant ten = inDays(3, "10:00");
        visits.book(cora, nora, List.of(amy), ten, plus(ten, 60));

        assertThatThrownBy(() -> visits.book(cora, olive, List.of(amy), plus(ten, 30), plus(ten, 90)))
                .isInstanceOfSatisfying(VisitClash.class, clash -> {
                    assertThat(clash.reason()).isEqualTo(Reason.CLASH);
                    assertThat(clash.workerId()).isEqualTo(amy);
                    assertThat(clash.workerName()).isEqualTo("Amy Overlap");
                    assertThat(clash.clashStart()).isEqualTo(ten);
                    assertThat(clash.clashEnd()).isEqualTo(plus(ten, 60));
                });
        assertThat(visits.hasVisits(olive)).as("nothing half-saved").isFalse();
    }

    @Test
    void aDoubleUpVisitClashesWhenEitherWorkerIsBusyAndNamesThatOne() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Free");
        UUID bob = worker("Bob Busy");
        Instant nine = inDays(4, "09:00");
        visits.book(cora, person("Nora"), List.of(bob), nine, plus(nine, 45));

        assertThatThrownBy(() -> visits.book(cora, person("Olive"), List.of(amy, bob), plus(nine, 40), plus(nine, 100)))
                .isInstanceOfSatisfying(
                        VisitClash.class,
                        clash -> assertThat(clash.workerName()).isEqualTo("Bob Busy"));
        UUID later = visits.book(cora, person("Olive"), List.of(amy, bob), plus(nine, 45), plus(nine, 100));
        assertThat(visits.schedule(personOf(later), nine, plus(nine, 200)))
                .singleElement()
                .satisfies(v ->
                        assertThat(v.workers()).extracting(Visit.Worker::name).containsExactly("Amy Free", "Bob Busy"));
    }

    @Test
    void backToBackVisitsAreAllowed() {
        Caller cora = coordinator();
        UUID amy = worker("Amy BackToBack");
        Instant eight = inDays(5, "08:00");
        visits.book(cora, person("Nora"), List.of(amy), eight, plus(eight, 60));
        visits.book(cora, person("Olive"), List.of(amy), plus(eight, 60), plus(eight, 120));
        visits.book(cora, person("Pam"), List.of(amy), plus(eight, -30), eight);

        assertThat(jdbc.sql("select count(*) from visits.visit_worker where worker_id = ?")
                        .param(amy)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aCancelledVisitFreesItsWorkersTime() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Freed");
        UUID nora = person("Nora");
        Instant two = inDays(6, "14:00");
        UUID first = visits.book(cora, nora, List.of(amy), two, plus(two, 60));

        visits.cancel(cora, first, "Nora is in hospital");
        UUID second = visits.book(cora, person("Olive"), List.of(amy), two, plus(two, 60));

        assertThat(visits.schedule(nora, two, plus(two, 60)))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.CANCELLED));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> visits.cancel(cora, first, "again"))
                .isInstanceOfSatisfying(
                        VisitException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_CANCELLED));
    }

    @Test
    void theDatabaseItselfRefusesAnOverlappingBookingForAWorker() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Constraint");
        Instant noon = inDays(7, "12:00");
        UUID booked = visits.book(cora, person("Nora"), List.of(amy), noon, plus(noon, 60));
        UUID other =
                visits.book(cora, person("Olive"), List.of(worker("Someone Else")), plus(noon, 30), plus(noon, 90));

        // Straight to the table, as a careless import would: the exclusion constraint says no.
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into visits.visit_worker (visit_id, worker_id, position, during, holds_time, session_key)
                                select id, ?, 1, during, holds_time, session_key from visits.visit where id = ?""").params(amy, other).update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("worker_never_double_booked");
        // Nor can a worker's row claim a time other than its visit's.
        assertThatThrownBy(() -> jdbc.sql("""
                                insert into visits.visit_worker (visit_id, worker_id, position, during, holds_time, session_key)
                                values (?, ?, 1, tstzrange(now() + interval '400 days', now() + interval '401 days'), true, ?)""")
                        .params(booked, worker("Elsewhere"), booked)
                        .update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void twoCoordinatorsBookingTheSameWorkerAtTheSameMomentOneWinsAndTheOtherIsToldOfTheClash() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                Caller cora = coordinator();
                Caller cody = coordinator();
                UUID amy = worker("Amy Race " + round);
                UUID nora = person("Nora");
                UUID olive = person("Olive");
                Instant start = inDays(10 + round, "16:00");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<UUID>> attempts = new ArrayList<>();
                attempts.add(threads.submit(() -> {
                    together.await();
                    return visits.book(cora, nora, List.of(amy), start, plus(start, 60));
                }));
                attempts.add(threads.submit(() -> {
                    together.await();
                    return visits.book(cody, olive, List.of(amy), plus(start, 15), plus(start, 75));
                }));
                int won = 0;
                int clashed = 0;
                for (Future<UUID> attempt : attempts) {
                    try {
                        attempt.get();
                        won++;
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(VisitClash.class);
                        assertThat(((VisitClash) e.getCause()).workerId()).isEqualTo(amy);
                        clashed++;
                    }
                }
                assertThat(won).as("round %d winners", round).isEqualTo(1);
                assertThat(clashed).as("round %d clashes", round).isEqualTo(1);
                assertThat(visits.hasVisits(nora) ^ visits.hasVisits(olive)).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aBookingMustEndAfterItStartsHaveWorkersEachOnceAndBeForAPerson() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Checks");
        UUID nora = person("Nora");
        Instant start = inDays(8, "10:00");

        assertRefused(() -> visits.book(cora, nora, List.of(amy), start, start), Reason.END_NOT_AFTER_START);
        assertRefused(() -> visits.book(cora, nora, List.of(amy), start, plus(start, -5)), Reason.END_NOT_AFTER_START);
        assertRefused(
                () -> visits.book(cora, nora, List.of(amy), start, start.plus(Duration.ofHours(25))), Reason.TOO_LONG);
        assertRefused(() -> visits.book(cora, nora, List.of(), start, plus(start, 60)), Reason.NO_WORKERS);
        assertRefused(
                () -> visits.book(cora, nora, List.of(amy, amy), start, plus(start, 60)), Reason.SAME_WORKER_TWICE);
        assertRefused(
                () -> visits.book(cora, amy, List.of(worker("Other")), start, plus(start, 60)),
                Reason.NOT_A_SUPPORTED_PERSON);
        assertRefused(
                () -> visits.book(cora, nora, List.of(person("Not A Worker")), start, plus(start, 60)),
                Reason.NOT_A_WORKER);
        assertRefused(
                () -> visits.book(cora, nora, List.of(UUID.randomUUID()), start, plus(start, 60)), Reason.NOT_A_WORKER);
        Caller both = newCaller("Tess Both", Role.SUPPORTED_PERSON, Role.WORKER);
        assertRefused(
                () -> visits.book(cora, both.accountId(), List.of(both.accountId()), start, plus(start, 60)),
                Reason.PERSON_AS_WORKER);
        assertThat(visits.hasVisits(nora)).isFalse();
    }

    @Test
    void workersBookNobodyAndThePersonsOwnBookingOutsideAvailabilityIsARequest() {
        UUID nora = person("Nora");
        UUID amy = worker("Amy Access");
        Instant start = inDays(9, "10:00");
        Caller worker = newCaller("Wes Worker", Role.WORKER);
        Caller self = new Caller(nora, "Nora", nora, "Nora", java.util.Set.of(Role.SUPPORTED_PERSON.name()));
        Caller cora = coordinator();
        Caller actingForNora =
                new Caller(nora, "Nora", cora.accountId(), "Cora", java.util.Set.of(Role.SUPPORTED_PERSON.name()));

        assertThatThrownBy(() -> visits.book(worker, nora, List.of(amy), start, plus(start, 60)))
                .isInstanceOf(AccessDeniedException.class);
        for (Caller person : List.of(self, actingForNora)) {
            assertThat(visits.book(person, Booking.once(nora, List.of(amy), start, plus(start, 60)))
                            .status())
                    .isEqualTo(VisitStatus.REQUESTED);
        }
        UUID id = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), start, plus(start, 60));
        assertThatThrownBy(() -> visits.cancel(worker, id, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> visits.complete(self, id, plus(start, 60))).isInstanceOf(AccessDeniedException.class);
        assertThat(visits.schedule(nora, start, plus(start, 60)))
                .extracting(Visit::status)
                .containsExactlyInAnyOrder(VisitStatus.REQUESTED, VisitStatus.REQUESTED, VisitStatus.BOOKED);
    }

    @Test
    void bookingCancellingAndCompletingPublishTheirEvents() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Events");
        UUID bob = worker("Bob Events");
        UUID nora = person("Nora");
        Instant future = inDays(2, "11:00");
        Instant past = inDays(-1, "11:00");

        UUID planned = visits.book(cora, nora, List.of(amy, bob), future, plus(future, 60));
        UUID done = visits.book(cora, nora, List.of(amy), past, plus(past, 60));
        visits.cancel(cora, planned, "Nora is away");
        visits.complete(cora, done, plus(past, 55));

        assertThat(events.stream(VisitBooked.class).filter(e -> e.personId().equals(nora)))
                .containsExactlyInAnyOrder(
                        new VisitBooked(planned, nora, List.of(amy, bob), future, plus(future, 60)),
                        new VisitBooked(done, nora, List.of(amy), past, plus(past, 60)));
        assertThat(events.stream(VisitCancelled.class).filter(e -> e.personId().equals(nora)))
                .singleElement()
                .satisfies(e -> assertThat(e.visitId()).isEqualTo(planned));
        assertThat(events.stream(VisitCompleted.class).filter(e -> e.personId().equals(nora)))
                .containsExactly(new VisitCompleted(done, nora, List.of(amy), plus(past, 55)));
    }

    @Test
    void aRefusedBookingPublishesNothing() {
        Caller cora = coordinator();
        UUID amy = worker("Amy Quiet");
        Instant start = inDays(2, "15:00");
        UUID nora = person("Nora");
        visits.book(cora, person("Olive"), List.of(amy), start, plus(start, 60));

        assertThatThrownBy(() -> visits.book(cora, nora, List.of(amy), start, plus(start, 60)))
                .isInstanceOf(VisitClash.class);
        assertThat(events.stream(VisitBooked.class).filter(e -> e.personId().equals(nora)))
                .isEmpty();
    }

    @Test
    void completedVisitsReachTheTeamsModuleOnceCommittedAndATeamForms() throws Exception {
        Caller cora = coordinator();
        UUID amy = worker("Amy Team");
        UUID bob = worker("Bob Team");
        UUID nora = person("Nora Team");
        Instant yesterday = inDays(-1, "09:00");
        // Each worker visits regularly: two completed visits each (a single one would be cover).
        Instant dayBefore = inDays(-2, "09:00");
        for (Instant day : List.of(dayBefore, yesterday)) {
            UUID first = visits.book(cora, nora, List.of(amy), day, plus(day, 60));
            UUID second = visits.book(cora, nora, List.of(bob), plus(day, 120), plus(day, 180));
            visits.complete(cora, first, plus(day, 60));
            visits.complete(cora, second, plus(day, 180));
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (teams.teamOf(nora).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(teams.teamOf(nora))
                .hasValueSatisfying(team -> assertThat(team.members())
                        .extracting(m -> m.accountId())
                        .containsExactlyInAnyOrder(amy, bob));
    }

    @Test
    void aVisitIsCompletedOnlyOnceOnlyAfterItStartedAndNeverInTheFuture() {
        Caller cora = coordinator();
        UUID nora = person("Nora");
        Instant start = inDays(-2, "10:00");
        UUID id = visits.book(cora, nora, List.of(worker("Amy Done")), start, plus(start, 60));
        UUID later = visits.book(cora, nora, List.of(worker("Bob Later")), inDays(1, "10:00"), inDays(1, "11:00"));

        assertRefused(() -> visits.complete(cora, id, plus(start, -1)), Reason.NOT_STARTED);
        assertRefused(() -> visits.complete(cora, later, clock.instant()), Reason.NOT_STARTED);
        assertRefused(() -> visits.complete(cora, id, clock.instant().plusSeconds(3600)), Reason.CHECK_OUT_IN_FUTURE);
        visits.complete(cora, id, plus(start, 70));
        assertRefused(() -> visits.complete(cora, id, plus(start, 70)), Reason.ALREADY_COMPLETED);
        assertRefused(() -> visits.cancel(cora, id, "too late"), Reason.ALREADY_COMPLETED);
        assertRefused(() -> visits.complete(cora, UUID.randomUUID(), clock.instant()), Reason.NOT_FOUND);
        assertRefused(() -> visits.cancel(cora, later, "  "), Reason.REASON_NOT_VALID);
        assertRefused(() -> visits.cancel(cora, later, "<script>x</script>"), Reason.REASON_NOT_VALID);
        assertThat(visits.schedule(nora, start, inDays(2, "00:00")))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.COMPLETED, VisitStatus.BOOKED);
    }

    @Test
    void everyChangeIsInThePersonsAccessLogWithWhoMadeIt() {
        Caller cora = coordinator();
        UUID nora = person("Nora Logged");
        Instant start = inDays(3, "17:00");
        UUID id = visits.book(cora, nora, List.of(worker("Amy Log")), start, plus(start, 30));
        visits.cancel(cora, id, "Nora cancelled by phone");
        UUID bySystem = visits.book(VisitsApi.SYSTEM, nora, List.of(worker("Bob Log")), start, plus(start, 30));

        List<AuditEntry> entries = audit.aboutPerson(nora, 10);
        assertThat(entries)
                .extracting(AuditEntry::action, AuditEntry::actorLabel, AuditEntry::recordId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("BOOK", "CareCoop system", bySystem.toString()),
                        org.assertj.core.groups.Tuple.tuple("CANCEL", "Cora Coordinator", id.toString()),
                        org.assertj.core.groups.Tuple.tuple("BOOK", "Cora Coordinator", id.toString()));
        assertThat(entries.get(1).detail()).isEqualTo("Nora cancelled by phone");
        assertThat(entries.get(0).actorId()).isNull();
    }

    private UUID personOf(UUID visitId) {
        return jdbc.sql("select person_id from visits.visit where id = ?")
                .param(visitId)
                .query(UUID.class)
                .single();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        VisitException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
