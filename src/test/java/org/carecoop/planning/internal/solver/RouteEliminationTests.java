package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoop.planning.internal.solver.Problems.pinned;
import static org.carecoop.planning.internal.solver.Problems.problem;
import static org.carecoop.planning.internal.solver.Problems.shift;
import static org.carecoop.planning.internal.solver.Problems.strict;
import static org.carecoop.planning.internal.solver.Problems.visit;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Route elimination on its own, as the only phase, in full assert mode: Timefold recomputes the score
 * from scratch after every change the phase makes and fails on any difference from the incremental
 * score, so these tests also prove that the phase notifies the score director of every change.
 */
class RouteEliminationTests {

    private static final Weights SHIFTS_THEN_TRAVEL = new Weights(1000, 1, 0, 0, 0, 0, 0, 0, 0);

    @BeforeAll
    static void quietLogs() {
        Problems.quietSolverLogs();
    }

    private static Map<String, List<String>> eliminate(PlanningProblem problem, Plan start) {
        RoutePlan model = TimefoldPlanner.model(problem);
        TimefoldPlanner.warmStart(model, start);
        SolverConfig config = new SolverConfig(SolverSettings.config(false, EnvironmentMode.FULL_ASSERT))
                .withPhaseList(List.of(new CustomPhaseConfig().withCustomPhaseCommands(new RouteElimination(1.0, 50))));
        RoutePlan solved = RouteElimination.within(
                problem.travel(),
                Duration.ofSeconds(10),
                () -> SolverFactory.<RoutePlan>create(config).buildSolver().solve(model));
        Map<String, List<String>> routes = new LinkedHashMap<>();
        for (PlanningShift shift : solved.shifts()) {
            routes.put(
                    shift.id(), shift.visits().stream().map(PlanningVisit::id).toList());
        }
        assertThat(solved.unassigned())
                .as("no visit that was planned is left out")
                .isZero();
        return routes;
    }

    private static Plan.Route route(String shiftId, String... visitIds) {
        return new Plan.Route(
                shiftId, Arrays.stream(visitIds).map(id -> new Plan.Stop(id, 0)).toList());
    }

    private static Plan plan(Plan.Route... routes) {
        return new Plan("test", List.of(routes), List.of(), "");
    }

    private static List<Visit> fiveVisitsWithWideWindows() {
        return List.of(
                strict(visit("v1", 1, 0, 1000)),
                strict(visit("v2", 2, 0, 1000)),
                strict(visit("v3", 3, 0, 1000)),
                strict(visit("v4", 4, 0, 1000)),
                strict(visit("v5", 5, 0, 1000)));
    }

    @Test
    void shiftsWhoseVisitsTheOthersCanTakeAreEmptied() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")),
                fiveVisitsWithWideWindows(),
                SHIFTS_THEN_TRAVEL);

        Map<String, List<String>> routes =
                eliminate(problem, plan(route("s1", "v1", "v2"), route("s2", "v3", "v4"), route("s3", "v5")));

        assertThat(routes.values().stream().filter(visits -> !visits.isEmpty()))
                .as("one shift makes all five visits")
                .hasSize(1);
    }

    @Test
    void visitsThatCannotShareAShiftStayWhereTheyWere() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(strict(visit("v1", 5, 100, 110)), strict(visit("v2", 5, 100, 110))),
                SHIFTS_THEN_TRAVEL);

        Map<String, List<String>> routes = eliminate(problem, plan(route("s1", "v1"), route("s2", "v2")));

        assertThat(routes).containsEntry("s1", List.of("v1")).containsEntry("s2", List.of("v2"));
    }

    @Test
    void aShiftHoldingAPinnedVisitIsNeverEmptied() {
        List<Visit> visits = new ArrayList<>(fiveVisitsWithWideWindows());
        visits.set(4, pinned(visits.get(4), "s3"));
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")), visits, SHIFTS_THEN_TRAVEL);

        Map<String, List<String>> routes =
                eliminate(problem, plan(route("s1", "v1", "v2"), route("s2", "v3", "v4"), route("s3", "v5")));

        assertThat(routes.get("s3"))
                .as("the other two shifts' visits move to the pinned visit's shift")
                .containsExactlyInAnyOrder("v1", "v2", "v3", "v4", "v5");
    }

    @Test
    void nothingChangesWhenUsingAShiftCostsNothing() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")),
                fiveVisitsWithWideWindows(),
                new Weights(0, 1, 0, 0, 0, 0, 0, 0, 0));

        Map<String, List<String>> routes =
                eliminate(problem, plan(route("s1", "v1", "v2"), route("s2", "v3", "v4"), route("s3", "v5")));

        assertThat(routes)
                .containsEntry("s1", List.of("v1", "v2"))
                .containsEntry("s2", List.of("v3", "v4"))
                .containsEntry("s3", List.of("v5"));
    }
}
