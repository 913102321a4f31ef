package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoop.planning.internal.solver.Problems.part;
import static org.carecoop.planning.internal.solver.Problems.pinned;
import static org.carecoop.planning.internal.solver.Problems.problem;
import static org.carecoop.planning.internal.solver.Problems.shift;
import static org.carecoop.planning.internal.solver.Problems.strict;
import static org.carecoop.planning.internal.solver.Problems.visit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.Planner;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TimefoldPlannerTests {

    private final TimefoldPlanner planner = new TimefoldPlanner();

    @BeforeAll
    static void quietLogs() {
        Problems.quietSolverLogs();
    }

    private static PlanningProblem twoWorkersEightVisitsOneDoubleUp() {
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            visits.add(strict(visit("v" + i, i, 0, 600)));
        }
        visits.add(part("d1", 5, 100, 300, "double", 0));
        visits.add(part("d2", 5, 100, 300, "double", 1));
        return problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")), visits, new Weights(0, 1, 1, 10, 10, 0, 0, 0, 0));
    }

    @Test
    void aSmallDayWithADoubleUpIsPlannedFeasiblyWithBothWorkersArrivingTogether() {
        PlanningProblem problem = twoWorkersEightVisitsOneDoubleUp();
        List<Planner.Progress> progress = new ArrayList<>();

        Plan plan = planner.solve(
                problem,
                null,
                new Planner.Limits(Duration.ofSeconds(5), Duration.ofSeconds(1), () -> false),
                progress::add);

        assertThat(plan.unassignedVisitIds()).isEmpty();
        assertThat(plan.score()).startsWith("0hard/0medium");
        assertThat(progress).isNotEmpty();
        Map<String, String> shiftOf = new HashMap<>();
        Map<String, Long> startOf = new HashMap<>();
        for (Plan.Route route : plan.routes()) {
            long clock = 0;
            int place = 0;
            for (Plan.Stop stop : route.stops()) {
                Visit visit = problem.visits().stream()
                        .filter(candidate -> candidate.id().equals(stop.visitId()))
                        .findFirst()
                        .orElseThrow();
                clock += problem.travel().time(place, visit.location());
                assertThat(stop.start()).isGreaterThanOrEqualTo(Math.max(clock, visit.windowStart()));
                assertThat(stop.start()).isLessThanOrEqualTo(visit.windowEnd());
                clock = stop.start() + visit.duration();
                place = visit.location();
                shiftOf.put(visit.id(), route.shiftId());
                startOf.put(visit.id(), stop.start());
            }
            assertThat(clock + problem.travel().time(place, 0)).isLessThanOrEqualTo(1000);
        }
        assertThat(shiftOf).hasSize(8);
        assertThat(shiftOf.get("d1")).isNotEqualTo(shiftOf.get("d2"));
        assertThat(startOf.get("d1")).isEqualTo(startOf.get("d2"));
    }

    @Test
    void theSecondOfAnOrderedPairStartsWithinItsGapsOfTheFirstAsTheCheckerConfirms() {
        Visit first = part("first", 3, 100, 400, "pair", 0);
        Problems.VisitBuilder second = new Problems.VisitBuilder(part("second", 3, 100, 400, "pair", 1));
        second.sync = new Visit.Sync("pair", 1, 40, 70);
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(first, second.build(), visit("other", 1, 0, 600)),
                new Weights(0, 1, 1, 10, 10, 0, 0, 0, 0));

        Plan plan = planner.solve(
                problem, null, new Planner.Limits(Duration.ofSeconds(3), Duration.ofSeconds(1), () -> false), p -> {});

        assertThat(PlanChecker.check(problem, plan).violations()).isEmpty();
        Map<String, Long> startOf = new HashMap<>();
        plan.routes().forEach(r -> r.stops().forEach(stop -> startOf.put(stop.visitId(), stop.start())));
        assertThat(startOf.get("second") - startOf.get("first")).isBetween(40L, 70L);
    }

    @Test
    void aWarmStartThatCoversEveryVisitIsKeptWhenNothingBetterIsPossible() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(visit("a", 1, 0, 500), visit("b", 2, 0, 500)),
                Problems.TRAVEL_ONLY);
        Plan warm = new Plan(
                "test",
                List.of(new Plan.Route("s1", List.of(new Plan.Stop("a", 10), new Plan.Stop("b", 40)))),
                List.of(),
                "");

        Plan plan = planner.solve(problem, warm, Planner.Limits.of(Duration.ofSeconds(1)), progress -> {});

        assertThat(plan.routes())
                .singleElement()
                .satisfies(route ->
                        assertThat(route.stops()).extracting(Plan.Stop::visitId).containsExactly("a", "b"));
        assertThat(plan.score()).isEqualTo("0hard/0medium/-40soft");
    }

    @Test
    void aPinnedVisitStaysOnItsShiftEvenWhenAnotherWouldBeCheaper() {
        PlanningProblem problem = problem(
                List.of(shift("near", "ann"), shift("far", "bob")),
                List.of(pinned(visit("a", 1, 0, 500), "far")),
                Problems.TRAVEL_ONLY);

        Plan plan = planner.solve(problem, null, Planner.Limits.of(Duration.ofSeconds(1)), progress -> {});

        assertThat(plan.routes())
                .singleElement()
                .extracting(Plan.Route::shiftId)
                .isEqualTo("far");
    }

    @Test
    void aVisitNoShiftCanTakeIsLeftUnassignedInsteadOfBreakingAHardRule() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(strict(visit("early", 9, 0, 10)), visit("fine", 1, 0, 500)),
                Problems.TRAVEL_ONLY);

        Plan plan = planner.solve(problem, null, Planner.Limits.of(Duration.ofSeconds(1)), progress -> {});

        assertThat(plan.unassignedVisitIds()).containsExactly("early");
        assertThat(plan.score()).startsWith("0hard/-1medium");
    }

    @Test
    void theStopSignalEndsSolvingLongBeforeTheTimeLimit() {
        AtomicBoolean stop = new AtomicBoolean(true);
        long started = System.nanoTime();

        Plan plan = planner.solve(
                twoWorkersEightVisitsOneDoubleUp(),
                null,
                new Planner.Limits(Duration.ofMinutes(5), null, stop::get),
                progress -> {});

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));
        assertThat(plan.problemName()).isEqualTo("test");
    }

    /**
     * Full assert recomputes the score from scratch after every move and fails on any difference, which
     * catches shadow variables (synchronised starts above all) that an incremental update got wrong.
     */
    @Test
    void incrementalScoresMatchScoresRecomputedFromScratch() {
        RoutePlan model = TimefoldPlanner.model(twoWorkersEightVisitsOneDoubleUp());
        SolverConfig config = SolverSettings.config(true, EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(3)));

        RoutePlan solved = SolverFactory.<RoutePlan>create(config).buildSolver().solve(model);

        assertThat(solved.unassigned()).isZero();
    }

    @Test
    void incrementalTimesWithManyGroupsMatchTimesRecomputedFromScratch() {
        RoutePlan model = TimefoldPlanner.model(Problems.busyStreet());
        SolverConfig config = SolverSettings.config(true, EnvironmentMode.FULL_ASSERT)
                .withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(4)));

        RoutePlan solved = SolverFactory.<RoutePlan>create(config).buildSolver().solve(model);

        assertThat(solved.unassigned()).isZero();
        assertThat(PlanChecker.check(Problems.busyStreet(), TimefoldPlanner.plan(Problems.busyStreet(), solved))
                        .violations())
                .isEmpty();
    }

    @Test
    void aDoubleUpOnlyOneWorkerCouldJoinIsLeftOutWholeAndThePlanIsFeasible() {
        Problems.VisitBuilder first = new Problems.VisitBuilder(part("d1", 5, 100, 300, "double", 0));
        first.requiredSkills = Set.of("hoist");
        Problems.VisitBuilder second = new Problems.VisitBuilder(part("d2", 5, 100, 300, "double", 1));
        second.requiredSkills = Set.of("hoist");
        PlanningProblem problem = problem(
                List.of(
                        new Shift("s1", "ann", 0, 0, 0, 1000, Set.of("hoist"), 1, Long.MAX_VALUE, 1000),
                        shift("s2", "bob")),
                List.of(first.build(), second.build(), visit("other", 2, 0, 600)),
                new Weights(0, 1, 1, 10, 10, 0, 0, 0, 0));

        Plan plan = planner.solve(problem, null, Planner.Limits.of(Duration.ofSeconds(2)), progress -> {});

        assertThat(plan.unassignedVisitIds()).containsExactlyInAnyOrder("d1", "d2");
        assertThat(PlanChecker.check(problem, plan).violations()).isEmpty();
    }

    @Test
    void aHalfPlannedGroupIsTakenOutBeforeThePlanIsReturnedAndTheRestIsRetimed() {
        PlanningProblem problem = twoWorkersEightVisitsOneDoubleUp();
        RoutePlan model = TimefoldPlanner.model(problem);
        TimefoldPlanner.warmStart(
                model,
                new Plan(
                        "test",
                        List.of(
                                new Plan.Route("s1", List.of(new Plan.Stop("v1", 0), new Plan.Stop("d1", 0))),
                                new Plan.Route("s2", List.of(new Plan.Stop("v2", 0)))),
                        List.of(),
                        ""));

        Plan plan = TimefoldPlanner.plan(problem, model);

        assertThat(plan.unassignedVisitIds()).contains("d1", "d2").doesNotContain("v1", "v2");
        assertThat(plan.routes())
                .extracting(
                        route -> route.stops().stream().map(Plan.Stop::visitId).toList())
                .containsExactly(List.of("v1"), List.of("v2"));
        assertThat(PlanChecker.check(problem, plan).violations()).isEmpty();
    }

    @Test
    void theQuickStartSendsSomeoneFromThePersonsTeamWhoCanBeOnTimeBeforeANearerStranger() {
        // Bob drives 80 more than Ann, less than the 600 a continuity miss costs.
        Problems.VisitBuilder visit = new Problems.VisitBuilder("known", 1, 0, 500);
        visit.preferredWorkerIds = Set.of("bob");
        PlanningProblem problem = problem(
                List.of(
                        new Shift("near", "ann", 1, 1, 0, 1000, Set.of(), 1, Long.MAX_VALUE, 1000),
                        new Shift("far", "bob", 9, 9, 0, 1000, Set.of(), 1, Long.MAX_VALUE, 1000)),
                List.of(visit.build()),
                new Weights(0, 1, 0, 2, 0, 600, 0, 1, 0));
        RoutePlan model = TimefoldPlanner.model(problem);

        GreedyStart.place(model, problem.travel(), problem.weights());

        assertThat(model.shifts().get(1).visits()).extracting(PlanningVisit::id).containsExactly("known");
    }

    @Test
    void theQuickStartForLargeProblemsPutsThePartsOfADoubleUpOnDifferentShiftsAtTheSameTime() {
        PlanningProblem problem = twoWorkersEightVisitsOneDoubleUp();
        RoutePlan model = TimefoldPlanner.model(problem);

        GreedyStart.place(model, problem.travel(), problem.weights());

        Map<String, String> shiftOf = new HashMap<>();
        model.shifts().forEach(shift -> shift.visits().forEach(visit -> shiftOf.put(visit.id(), shift.id())));
        assertThat(shiftOf).hasSize(8);
        assertThat(shiftOf.get("d1")).isNotEqualTo(shiftOf.get("d2"));
    }

    @Test
    void theQuickStartSendsSomeoneWhoCanBeOnTimeRatherThanTheNearestWorkerLate() {
        Problems.VisitBuilder first = new Problems.VisitBuilder("first", 5, 50, 60);
        first.duration = 30;
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(first.build(), visit("second", 5, 60, 70)),
                new Weights(0, 1, 1, 10, 10, 0, 0, 0, 0));
        RoutePlan model = TimefoldPlanner.model(problem);

        GreedyStart.place(model, problem.travel(), problem.weights());

        Map<String, String> shiftOf = new HashMap<>();
        model.shifts().forEach(shift -> shift.visits().forEach(visit -> shiftOf.put(visit.id(), shift.id())));
        assertThat(shiftOf.get("second"))
                .as("whoever did the first visit would start the second at 80, ten late; the other arrives at 60")
                .isNotEqualTo(shiftOf.get("first"));
    }
}
