package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.carecoop.matching.MatchingApi;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.SentNotification;
import org.carecoop.notify.Topic;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.rota.internal.Cover;
import org.carecoop.rota.internal.Cover.CoverRefused;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cover for absences (CO4) on real PostgreSQL: the back-up pool is asked first, then workers on call; the
 * first yes gets the visit (two racing yeses: one wins); the person is told who is coming; the new worker's
 * emergency access follows the visit (TE4) and the absent worker's ends; nobody left to ask goes to the
 * co-ordinators; "I'm back" withdraws what is still open.
 */
class CoverTests extends VisitTestSupport {

    @Autowired
    Cover cover;

    @Autowired
    MatchingApi matching;

    @Autowired
    NotifyApi notify;

    @Autowired
    AccessPolicy access;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePoolIsAskedFirstAndOfTwoRacingYesesExactlyOneGetsTheVisit() throws Exception {
        Caller person = newCaller("Nora Cover", Role.SUPPORTED_PERSON);
        Caller absent = newCaller("Abe Away", Role.WORKER);
        Caller first = availableWorker("Bea Pool");
        Caller second = availableWorker("Cal Pool");
        inPool(person, first);
        inPool(person, second);
        Instant start = inDays(3, "10:00");
        UUID visit =
                visits.book(VisitsApi.SYSTEM, person.accountId(), List.of(absent.accountId()), start, plus(start, 60));

        assertThat(cover.coverAbsence(absent.accountId(), inDays(2, "00:00"), inDays(5, "00:00")))
                .isEqualTo(1);
        assertThat(cover.coverAbsence(absent.accountId(), inDays(2, "00:00"), inDays(5, "00:00")))
                .as("the same absence again opens nothing twice")
                .isZero();
        UUID request = requestFor(visit);
        assertThat(offeredTo(request)).containsExactlyInAnyOrder(first.accountId(), second.accountId());

        List<Object> outcomes = race(List.of(() -> accept(first, request), () -> accept(second, request)));

        assertThat(outcomes).filteredOn("yes"::equals).hasSize(1);
        assertThat(outcomes).filteredOn(Cover.Refusal.TAKEN::equals).hasSize(1);
        UUID winner = outcomes.get(0).equals("yes") ? first.accountId() : second.accountId();
        Visit covered =
                visits.schedule(person.accountId(), start, plus(start, 60)).get(0);
        assertThat(covered.workers()).extracting(Visit.Worker::id).containsExactly(winner);
        assertThat(cover.board()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(request);
            assertThat(r.status()).isEqualTo("filled");
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> history(person.accountId()).stream()
                        .anyMatch(n -> n.topic() == Topic.COVER
                                && n.subject().contains(covered.workers().get(0).name())));

        // Emergency access (TE4) moves with the visit: the cover worker can read what a visiting worker
        // needs around the visit and not after it; the absent worker no longer can.
        Caller coverWorker = winner.equals(first.accountId()) ? first : second;
        await().atMost(Duration.ofSeconds(10)).until(() -> allowedAt(coverWorker, person, plus(start, 5)));
        assertThat(allowedAt(coverWorker, person, plus(start, 60 * 24))).isFalse();
        assertThat(allowedAt(absent, person, plus(start, 5))).isFalse();
    }

    @Test
    void withNobodyInThePoolWorkersOnCallAreAskedAndWhenAllSayNoItGoesToTheCoordinators() {
        Caller person = newCaller("Nora Escalate", Role.SUPPORTED_PERSON);
        Caller absent = newCaller("Abe Sick", Role.WORKER);
        Instant start = inDays(4, "14:00");
        Caller onCall = newCaller("Olly OnCall", Role.WORKER);
        people.addOnCallWindow(onCall.accountId(), plus(start, -120), plus(start, 240));
        UUID visit =
                visits.book(VisitsApi.SYSTEM, person.accountId(), List.of(absent.accountId()), start, plus(start, 60));

        cover.coverAbsence(absent.accountId(), inDays(3, "00:00"), inDays(6, "00:00"));
        UUID request = requestFor(visit);
        assertThat(offeredTo(request)).contains(onCall.accountId());
        assertThat(status(request)).isEqualTo("open");

        for (UUID worker : offeredTo(request)) {
            cover.decline(callerOf(worker), request);
        }

        assertThat(status(request)).isEqualTo("escalated");
        assertThat(cover.board()).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(request);
            assertThat(r.status()).isEqualTo("escalated");
            assertThat(r.declined()).isEqualTo(r.offered());
        });
        UUID coordinator =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();
        assertThat(history(coordinator)).anySatisfy(n -> {
            assertThat(n.topic()).isEqualTo(Topic.COVER);
            assertThat(n.subject()).contains("Nora Escalate");
        });
    }

    @Test
    void aWorkerAlreadyBookedThenIsNotAskedAndTheAnswerOfSomeoneNotAskedIsRefused() {
        Caller person = newCaller("Nora Busy", Role.SUPPORTED_PERSON);
        Caller absent = newCaller("Abe Leave", Role.WORKER);
        Caller busy = availableWorker("Bob Busy");
        Caller free = availableWorker("Fay Free");
        inPool(person, busy);
        inPool(person, free);
        Instant start = inDays(5, "09:00");
        visits.book(VisitsApi.SYSTEM, person("Someone Else"), List.of(busy.accountId()), start, plus(start, 30));
        UUID visit =
                visits.book(VisitsApi.SYSTEM, person.accountId(), List.of(absent.accountId()), start, plus(start, 60));

        cover.coverAbsence(absent.accountId(), inDays(4, "00:00"), inDays(6, "00:00"));
        UUID request = requestFor(visit);

        assertThat(offeredTo(request)).containsExactly(free.accountId());
        assertThatThrownBy(() -> cover.accept(busy, request))
                .isInstanceOfSatisfying(
                        CoverRefused.class, e -> assertThat(e.refusal()).isEqualTo(Cover.Refusal.NO_OFFER));
    }

    @Test
    void recordedLeaveOpensCoverThroughItsEventAndComingBackWithdrawsIt() {
        Caller person = newCaller("Nora Event", Role.SUPPORTED_PERSON);
        Caller absent = newCaller("Abe Event", Role.WORKER);
        inPool(person, availableWorker("Pia Pool"));
        Instant start = inDays(6, "11:00");
        UUID visit =
                visits.book(VisitsApi.SYSTEM, person.accountId(), List.of(absent.accountId()), start, plus(start, 60));

        people.recordLeave(absent.accountId(), inDays(5, "00:00"), inDays(8, "00:00"), "Holiday");

        await().atMost(Duration.ofSeconds(10)).until(() -> requestCount(visit) == 1);
        UUID request = requestFor(visit);
        assertThat(status(request)).isEqualTo("open");

        cover.withdrawFrom(absent.accountId(), inDays(5, "00:00"));

        assertThat(status(request)).isEqualTo("withdrawn");
    }

    private Caller availableWorker(String name) {
        Caller worker = newCaller(name, Role.WORKER);
        people.saveWorkerAvailability(
                worker.accountId(),
                WeeklyPattern.ofHours(IntStream.range(0, WeeklyPattern.HOURS).toArray()));
        return worker;
    }

    private void inPool(Caller person, Caller worker) {
        matching.inviteToBackupPool(person, person.accountId(), worker.accountId());
        matching.answerBackupInvitation(worker, person.accountId(), true);
    }

    private Object accept(Caller worker, UUID request) {
        try {
            cover.accept(worker, request);
            return "yes";
        } catch (CoverRefused refused) {
            return refused.refusal();
        }
    }

    private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Object>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean allowedAt(Caller worker, Caller person, Instant at) {
        try (var stopped = clock.freezeAt(at)) {
            return access.decide(worker, person.accountId(), Category.PROFILE_AND_CONTACT, Action.READ)
                    .allowed();
        }
    }

    private Caller callerOf(UUID accountId) {
        var account = people.account(accountId).orElseThrow();
        return new Caller(
                accountId,
                account.displayName(),
                accountId,
                account.displayName(),
                java.util.Set.of(Role.WORKER.name()));
    }

    private List<SentNotification> history(UUID accountId) {
        return notify.history(accountId, 50);
    }

    private UUID requestFor(UUID visit) {
        return jdbc.sql("select id from rota.cover_request where visit_id = ?")
                .param(visit)
                .query(UUID.class)
                .single();
    }

    private int requestCount(UUID visit) {
        return jdbc.sql("select count(*) from rota.cover_request where visit_id = ?")
                .param(visit)
                .query(Integer.class)
                .single();
    }

    private String status(UUID request) {
        return jdbc.sql("select status from rota.cover_request where id = ?")
                .param(request)
                .query(String.class)
                .single();
    }

    private List<UUID> offeredTo(UUID request) {
        return jdbc.sql("select worker_id from rota.cover_offer where request_id = ? order by wave, rank")
                .param(request)
                .query(UUID.class)
                .list();
    }
}
