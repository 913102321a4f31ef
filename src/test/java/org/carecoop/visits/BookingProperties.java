package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Random sets of bookings against the real database (also mixed with shared sessions, requests and
 * acceptances): whatever is accepted, no worker's stored visits
 * ever overlap; every booking refused as a clash overlapped one accepted for one of its workers, the
 * one the refusal names; and every booking nothing was in the way of was accepted. Runs in the
 * application context the integration tests share (jqwik has no Spring extension, so it is fetched
 * from Spring's test context cache).
 */
class BookingProperties {

    /** The context of {@link IntegrationTest}, as its subclasses get it. */
    static class SharedContext extends IntegrationTest {}

    private static final Instant FIRST_DAY = Instant.parse("2031-01-06T06:00:00Z");

    /** Each try books on a day of its own, so the people and workers can be the same for all. */
    private static final AtomicInteger DAY = new AtomicInteger();

    private VisitsApi visits;
    private JdbcClient jdbc;
    private Caller cora;
    private UUID person;
    private UUID other;
    private List<UUID> workers;

    @BeforeProperty
    void context() throws Exception {
        ApplicationContext context =
                new TestContextManager(SharedContext.class).getTestContext().getApplicationContext();
        visits = context.getBean(VisitsApi.class);
        jdbc = context.getBean(JdbcClient.class);
        PeopleApi people = context.getBean(PeopleApi.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        UUID coordinator = account(people, "Cora " + run, Role.COORDINATOR);
        cora = new Caller(coordinator, "Cora", coordinator, "Cora", Set.of(Role.COORDINATOR.name()));
        person = account(people, "Nora " + run, Role.SUPPORTED_PERSON);
        other = account(people, "Olive " + run, Role.SUPPORTED_PERSON);
        workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(account(people, "Worker " + i + " " + run, Role.WORKER));
        }
    }

    /** A booking of some of four workers, in quarter hours over one day. */
    record Request(Set<Integer> workers, int startQuarter, int quarters) {

        Instant start(Instant day) {
            return day.plus(Duration.ofMinutes(15L * startQuarter));
        }

        Instant end(Instant day) {
            return start(day).plus(Duration.ofMinutes(15L * quarters));
        }

        boolean overlaps(Request other) {
            return startQuarter < other.startQuarter + other.quarters && other.startQuarter < startQuarter + quarters;
        }

        boolean sharesAWorkerWith(Request other) {
            return workers.stream().anyMatch(other.workers::contains);
        }
    }

    @Provide
    Arbitrary<List<Request>> bookings() {
        Arbitrary<Request> request = Combinators.combine(
                        Arbitraries.integers().between(0, 3).set().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(1, 12))
                .as(Request::new);
        return request.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 60)
    void noWorkerIsEverBookedTwiceAndEveryClashWasWithAnAcceptedBooking(@ForAll("bookings") List<Request> requests) {
        Instant day = FIRST_DAY.plus(Duration.ofDays(DAY.getAndIncrement()));
        List<Integer> accepted = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            Request request = requests.get(r);
            List<UUID> ids = request.workers().stream().map(workers::get).toList();
            try {
                visits.book(cora, person, ids, request.start(day), request.end(day));
                accepted.add(r);
            } catch (VisitClash clash) {
                int worker = workers.indexOf(clash.workerId());
                assertThat(request.workers()).contains(worker);
                assertThat(accepted)
                        .as("an accepted booking of worker %d in the way of %s", worker, request)
                        .anyMatch(a -> requests.get(a).workers().contains(worker)
                                && requests.get(a).overlaps(request)
                                && requests.get(a).start(day).equals(clash.clashStart())
                                && requests.get(a).end(day).equals(clash.clashEnd()));
            }
        }
        for (int r = 0; r < requests.size(); r++) {
            Request request = requests.get(r);
            int self = r;
            boolean nothingInTheWay = accepted.stream()
                    .filter(a -> a != self)
                    .map(requests::get)
                    .noneMatch(a -> a.overlaps(request) && a.sharesAWorkerWith(request));
            if (nothingInTheWay) {
                assertThat(accepted).as("%s had nothing in its way", request).contains(r);
            }
            for (int other : accepted) {
                if (other != r && accepted.contains(r)) {
                    assertThat(requests.get(other).overlaps(request)
                                    && requests.get(other).sharesAWorkerWith(request))
                            .as("accepted %s and %s", request, requests.get(other))
                            .isFalse();
                }
            }
        }
        for (UUID worker : workers) {
            assertThat(overlappingRowsStoredFor(worker))
                    .as("overlapping visits stored")
                    .isZero();
        }
    }

    /**
     * A random mix of co-ordinators' bookings, shared sessions, requests by the person and workers'
     * acceptances: whatever succeeds or is refused, no worker is left holding two overlapping visits
     * of different sessions.
     */
    @Property(tries = 40)
    void requestsAndSessionsNeverLeaveAWorkerHoldingTwoOverlappingVisits(
            @ForAll("bookings") List<Request> requests, @ForAll("kinds") List<Integer> kinds) {
        Instant day = FIRST_DAY.plus(Duration.ofDays(DAY.getAndIncrement()));
        Caller self = new Caller(person, "Nora", person, "Nora", Set.of(Role.SUPPORTED_PERSON.name()));
        List<UUID> asked = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            Request request = requests.get(r);
            List<UUID> ids = request.workers().stream().map(workers::get).toList();
            int kind = kinds.get(r % kinds.size());
            try {
                switch (kind) {
                    case 0 -> visits.book(cora, Booking.once(person, ids, request.start(day), request.end(day)));
                    case 1 ->
                        visits.book(
                                cora,
                                new Booking(List.of(person, other), ids, request.start(day), request.end(day), null));
                    default ->
                        asked.addAll(visits.book(self, Booking.once(person, ids, request.start(day), request.end(day)))
                                .visitIds());
                }
            } catch (VisitClash expected) {
                // refused: the database had the last word
            }
        }
        for (UUID request : asked) {
            for (UUID worker : workers) {
                Caller asWorker = new Caller(worker, "Worker", worker, "Worker", Set.of(Role.WORKER.name()));
                try {
                    visits.accept(asWorker, request);
                } catch (VisitException notForThisWorkerOrInTheWay) {
                    // a clash at acceptance, or a request this worker was not asked
                }
            }
        }
        for (UUID worker : workers) {
            assertThat(overlappingRowsOfDifferentSessions(worker))
                    .as("overlapping visits stored")
                    .isZero();
        }
    }

    @Provide
    Arbitrary<List<Integer>> kinds() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(12);
    }

    private long overlappingRowsOfDifferentSessions(UUID worker) {
        return jdbc.sql("""
                        select count(*) from visits.visit_worker a join visits.visit_worker b
                            on a.worker_id = b.worker_id and a.visit_id < b.visit_id and a.during && b.during
                               and a.session_key <> b.session_key
                        where a.worker_id = ? and a.holds_time and b.holds_time""").param(worker).query(Long.class).single();
    }

    private long overlappingRowsStoredFor(UUID worker) {
        return jdbc.sql("""
                        select count(*) from visits.visit_worker a join visits.visit_worker b
                            on a.worker_id = b.worker_id and a.visit_id < b.visit_id and a.during && b.during
                        where a.worker_id = ? and a.holds_time and b.holds_time""").param(worker).query(Long.class).single();
    }

    private static UUID account(PeopleApi people, String name, Role role) {
        return people.createAccount(
                IntegrationTest.freshEmail("property"), name, IntegrationTest.PASSWORD, Set.of(role));
    }
}
