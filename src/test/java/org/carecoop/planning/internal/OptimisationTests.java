package org.carecoop.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.people.WorkerProfile;
import org.carecoop.planning.Plan;
import org.carecoop.planning.Planner;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.rota.RotaChanged;
import org.carecoop.support.IntegrationTest;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Optimising an area's rota on real PostgreSQL with the demo data: the problem made from the rota,
 * a plan accepted through the rota module telling exactly the people of the changed visit, accepting
 * refused when a visit changed since, one job at a time per area even when two start at once, and a
 * job left running by a stopped instance started again. The plans here come from a scripted planner
 * (the warm start with one visit given to another worker), so what changes is known exactly.
 */
public class OptimisationTests extends IntegrationTest {

    @Autowired
    Optimising optimising;

    @Autowired
    Optimisations optimisations;

    @Autowired
    OptimisationRunner runner;

    @Autowired
    ProblemBuilder problems;

    @Autowired
    VisitsApi visits;

    @Autowired
    JdbcClient jdbc;

    /** A person in Hebden Bridge with one visit tomorrow by one worker, and a second worker nearby. */
    record Fixture(UUID person, UUID booked, UUID other, UUID visit, LocalDate day, Caller coordinator) {}

    private Fixture fixture() {
        UUID person =
                people.createAccount(freshEmail("person"), "Plan Person", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        people.savePersonProfile(person, personProfile("HX7 8AE"));
        UUID booked = worker(people, "Booked Worker");
        UUID other = worker(people, "Other Worker");
        LocalDate day = LocalDate.now(clock).plusDays(2);
        Instant start = day.atTime(LocalTime.of(13, 0)).atZone(clock.getZone()).toInstant();
        UUID visit = visits.book(VisitsApi.SYSTEM, person, List.of(booked), start, start.plus(Duration.ofHours(1)));
        UUID coordinatorId =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();
        Caller coordinator =
                new Caller(coordinatorId, "Co-ordinator", coordinatorId, "Co-ordinator", Set.of("COORDINATOR"));
        return new Fixture(person, booked, other, visit, day, coordinator);
    }

    /** A new worker living in Hebden Bridge, available every hour of the week, with the care skills. */
    public static UUID worker(PeopleApi people, String name) {
        UUID id = people.createAccount(freshEmail("worker"), name, PASSWORD, Set.of(Role.WORKER));
        people.saveWorkerProfile(
                id,
                new WorkerProfile(
                        "",
                        Gender.NOT_SAID,
                        Set.of(Skill.PERSONAL_CARE, Skill.MEDICATION, Skill.MOVING_AND_HANDLING),
                        "",
                        1,
                        Set.of(),
                        List.of(),
                        List.of(),
                        EmploymentBasis.SELF_EMPLOYED,
                        Postcode.of("HX7 8BN"),
                        20,
                        Money.ofPence(1500),
                        true));
        int[] hours = new int[WeeklyPattern.HOURS];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = i;
        }
        people.saveWorkerAvailability(id, WeeklyPattern.ofHours(hours));
        return id;
    }

    /** A profile of a person needing personal care, living at the postcode. */
    public static PersonProfile personProfile(String postcode) {
        return new PersonProfile(
                "",
                Set.of(Need.PERSONAL_CARE),
                "",
                Set.of(),
                Set.of(),
                List.of(),
                GenderPreference.NO_PREFERENCE,
                List.of(),
                false,
                false,
                "",
                Postcode.of(postcode),
                Set.of(),
                "");
    }

    /** The warm start, with the fixture's visit given to the other worker's shift that day. */
    private static Planner movingTo(Fixture f) {
        return (problem, warmStart, limits, progress) -> {
            String part = f.visit() + "#0";
            String target = problem.shifts().stream()
                    .filter(s -> s.workerId().equals(f.other().toString()))
                    .filter(s -> problem.visits().stream()
                            .anyMatch(v ->
                                    v.id().equals(part) && s.from() <= v.windowStart() && s.until() >= v.windowEnd()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long start = problem.visits().stream()
                            .filter(v -> v.id().equals(part))
                            .findFirst()
                            .orElseThrow()
                            .windowStart()
                    + Duration.ofMinutes(30).toSeconds();
            List<Plan.Route> routes = new ArrayList<>();
            for (Plan.Route route : warmStart.routes()) {
                List<Plan.Stop> stops = route.stops().stream()
                        .filter(s -> !s.visitId().equals(part))
                        .toList();
                if (!stops.isEmpty() && !route.shiftId().equals(target)) {
                    routes.add(new Plan.Route(route.shiftId(), stops));
                }
            }
            List<Plan.Stop> targetStops = new ArrayList<>(warmStart.routes().stream()
                    .filter(r -> r.shiftId().equals(target))
                    .flatMap(r -> r.stops().stream())
                    .toList());
            targetStops.add(new Plan.Stop(part, start));
            routes.add(new Plan.Route(target, targetStops));
            progress.accept(new Planner.Progress(Duration.ofSeconds(1), "0hard/-1soft", 0));
            return new Plan(problem.name(), routes, warmStart.unassignedVisitIds(), "0hard/-1soft");
        };
    }

    private UUID planned(Fixture f) {
        UUID id = optimisations.create("HX7", f.day(), f.day(), f.coordinator().accountId(), clock.instant());
        runner.run(id, 1, movingTo(f));
        return id;
    }

    private List<UUID> recipientsOf(UUID optimisation) {
        return jdbc.sql("select recipient_id from notify.notification where key like ?")
                .param("plan:" + optimisation + ":%")
                .query(UUID.class)
                .list();
    }

    @Test
    void theProblemComesFromTheRotaWithTheBookedWorkersShiftAsTheWarmStart() {
        Fixture f = fixture();
        Snapshot snapshot = problems.build("HX7", f.day(), f.day());

        org.carecoop.planning.Visit part = snapshot.problem().visits().stream()
                .filter(v -> v.id().equals(f.visit() + "#0"))
                .findFirst()
                .orElseThrow();
        assertThat(part.windowEnd() - part.windowStart())
                .isEqualTo(Duration.ofMinutes(60).toSeconds());
        assertThat(part.strictWindow()).isFalse();
        assertThat(part.notified()).isTrue();
        assertThat(part.pinnedShiftId()).isNull();
        assertThat(snapshot.shiftWorkers().get(part.currentShiftId())).isEqualTo(f.booked());
        assertThat(snapshot.current().routes())
                .anySatisfy(r ->
                        assertThat(r.stops()).extracting(Plan.Stop::visitId).contains(part.id()));
        assertThat(snapshot.shiftWorkers().values()).contains(f.other());
        assertThat(snapshot.problem().travel().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAbsentWorkersVisitLosesItsShiftSoThePlannerFillsIt() {
        Fixture f = fixture();
        Instant dayStart = f.day().atStartOfDay(clock.getZone()).toInstant();
        people.recordLeave(f.booked(), dayStart, dayStart.plus(Duration.ofDays(1)), "Holiday");

        Snapshot snapshot = problems.build("HX7", f.day(), f.day());

        org.carecoop.planning.Visit part = snapshot.problem().visits().stream()
                .filter(v -> v.id().equals(f.visit() + "#0"))
                .findFirst()
                .orElseThrow();
        assertThat(part.currentShiftId()).isNull();
        assertThat(snapshot.current().unassignedVisitIds()).contains(part.id());
        assertThat(snapshot.shiftWorkers().values()).doesNotContain(f.booked());
    }

    @Test
    void acceptingAPlanReStaffsTheVisitAndTellsExactlyItsPeople() {
        Fixture f = fixture();
        UUID id = planned(f);

        Optimisation job = optimising.find(f.coordinator(), id);
        assertThat(job.status()).isEqualTo("finished");
        assertThat(job.metrics()).containsKeys("visits", "shifts", "workers");
        assertThat(job.comparison().changes()).singleElement().satisfies(c -> {
            assertThat(c.visitId()).isEqualTo(f.visit());
            assertThat(c.wasWorkers()).containsExactly(f.booked());
            assertThat(c.workers()).containsExactly(f.other());
            assertThat(c.start()).isEqualTo(c.wasStart());
        });
        assertThat(job.comparison().current().unassigned())
                .isEqualTo(job.comparison().proposed().unassigned());

        optimising.accept(f.coordinator(), id);

        Instant dayStart = f.day().atStartOfDay(clock.getZone()).toInstant();
        Visit after = visits.schedule(f.person(), dayStart, dayStart.plus(Duration.ofDays(1)))
                .get(0);
        assertThat(after.workers()).extracting(Visit.Worker::id).containsExactly(f.other());
        assertThat(recipientsOf(id)).containsExactlyInAnyOrder(f.person(), f.booked(), f.other());
        assertThat(optimising.find(f.coordinator(), id).status()).isEqualTo("accepted");
        assertThatThrownBy(() -> optimising.accept(f.coordinator(), id)).isInstanceOf(Optimising.NotDecidable.class);
    }

    @Test
    void aVisitChangedSinceThePlanMakesAcceptingFailWithNothingApplied() {
        Fixture f = fixture();
        UUID id = planned(f);
        Instant dayStart = f.day().atStartOfDay(clock.getZone()).toInstant();
        Visit before = visits.schedule(f.person(), dayStart, dayStart.plus(Duration.ofDays(1)))
                .get(0);
        visits.move(
                VisitsApi.SYSTEM,
                f.visit(),
                before.start().plus(Duration.ofMinutes(15)),
                before.end().plus(Duration.ofMinutes(15)));

        assertThatThrownBy(() -> optimising.accept(f.coordinator(), id))
                .isInstanceOf(RotaChanged.class)
                .hasMessageContaining("Optimise again");

        Visit after = visits.schedule(f.person(), dayStart, dayStart.plus(Duration.ofDays(1)))
                .get(0);
        assertThat(after.workers()).extracting(Visit.Worker::id).containsExactly(f.booked());
        assertThat(recipientsOf(id)).isEmpty();
        assertThat(optimising.find(f.coordinator(), id).status()).isEqualTo("finished");
    }

    @Test
    void onlyOneJobRunsPerAreaEvenWhenTwoStartAtOnce() throws Exception {
        Fixture f = fixture();
        LocalDate day = LocalDate.now(clock).plusDays(3);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> start = () -> {
            together.await();
            try {
                optimisations.create("ZZ1", day, day, f.coordinator().accountId(), clock.instant());
                return true;
            } catch (AlreadyOptimising refused) {
                return false;
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Boolean> first = threads.submit(start);
            Future<Boolean> second = threads.submit(start);
            assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(true, false);
        } finally {
            threads.shutdown();
        }
        assertThatThrownBy(() -> optimising.start(f.coordinator(), "zz1", day, day))
                .isInstanceOf(AlreadyOptimising.class);
    }

    @Test
    void aJobLeftRunningByAStoppedInstanceRunsAgainAsANewAttempt() {
        Fixture f = fixture();
        UUID id = optimisations.create("ZZ2", f.day(), f.day(), f.coordinator().accountId(), clock.instant());
        assertThat(optimisations.claim(id, 1, clock.instant().minus(Duration.ofMinutes(10))))
                .isTrue();

        assertThat(optimisations.requeueAbandoned(clock.instant().minus(Duration.ofMinutes(2))))
                .extracting(e -> e.getKey(), e -> e.getValue())
                .contains(org.assertj.core.groups.Tuple.tuple(id, 2));

        runner.run(id, 1, movingTo(f));
        assertThat(optimisations.find(id).orElseThrow().status())
                .as("the abandoned attempt does not run again")
                .isEqualTo("queued");
        runner.run(id, 2, (problem, warmStart, limits, progress) -> warmStart);
        Optimisation resumed = optimisations.find(id).orElseThrow();
        assertThat(resumed.status()).isEqualTo("finished");
        assertThat(resumed.attempt()).isEqualTo(2);
    }

    @Test
    void aQueuedJobIsRunInTheBackgroundByTheJobsScheduler() throws InterruptedException {
        Fixture f = fixture();
        UUID id = optimising.start(f.coordinator(), "ZZ3", f.day(), f.day());
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (optimisations.find(id).orElseThrow().active() && Instant.now().isBefore(giveUp)) {
            Thread.sleep(200);
        }
        assertThat(optimisations.find(id).orElseThrow().status()).isIn("finished", "failed");
    }
}
