package org.carecoop.planning.internal.solver;

import static org.carecoop.planning.internal.solver.Problems.TRAVEL_ONLY;
import static org.carecoop.planning.internal.solver.Problems.part;
import static org.carecoop.planning.internal.solver.Problems.pinned;
import static org.carecoop.planning.internal.solver.Problems.problem;
import static org.carecoop.planning.internal.solver.Problems.shift;
import static org.carecoop.planning.internal.solver.Problems.strict;
import static org.carecoop.planning.internal.solver.Problems.visit;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.carecoop.planning.internal.solver.Problems.VisitBuilder;
import org.junit.jupiter.api.Test;

/**
 * One test per constraint, each on a solution whose shadow variables Timefold sets from the lists.
 * Places lie on a line ten units apart and travel takes as long as the distance; shifts run from 0
 * to 1000 from place 0, and visits last 20.
 */
class PlanningConstraintsTests {

    private final ConstraintVerifier<PlanningConstraints, RoutePlan> verifier = ConstraintVerifier.build(
            new PlanningConstraints(), RoutePlan.class, PlanningShift.class, PlanningVisit.class);

    /** The problem with routes written as {@code "shift:visit,visit"}. */
    private static RoutePlan planned(PlanningProblem problem, String... routes) {
        List<Plan.Route> planRoutes = new ArrayList<>();
        for (String route : routes) {
            String[] parts = route.split(":");
            List<Plan.Stop> stops = new ArrayList<>();
            for (String visitId : parts[1].split(",")) {
                stops.add(new Plan.Stop(visitId, 0));
            }
            planRoutes.add(new Plan.Route(parts[0], stops));
        }
        RoutePlan model = TimefoldPlanner.model(problem);
        TimefoldPlanner.warmStart(model, new Plan(problem.name(), planRoutes, List.of(), ""));
        // The verifier checks one constraint at a time, so weights naming the others do not apply.
        return new RoutePlan(model.shifts(), model.visits(), ConstraintWeightOverrides.none());
    }

    private static Shift shiftWith(String id, String workerId, Set<String> skills, int tier, long capacity) {
        return new Shift(id, workerId, 0, 0, 0, 1000, skills, tier, capacity, 1000);
    }

    private static Visit needing(String id, Set<String> skills, int minTier, long demand) {
        VisitBuilder builder = new VisitBuilder(id, 1, 0, 500);
        builder.requiredSkills = skills;
        builder.minTier = minTier;
        builder.demand = demand;
        return builder.build();
    }

    private static Visit withPeople(String id, Set<String> preferred, Set<String> excluded) {
        VisitBuilder builder = new VisitBuilder(id, 1, 0, 500);
        builder.preferredWorkerIds = preferred;
        builder.excludedWorkerIds = excluded;
        return builder.build();
    }

    private static Visit current(String id, String currentShiftId, boolean notified) {
        VisitBuilder builder = new VisitBuilder(id, 1, 0, 500);
        builder.currentShiftId = currentShiftId;
        builder.notified = notified;
        return builder.build();
    }

    @Test
    void aWorkerWithoutEveryRequiredSkillBreaksAHardRule() {
        PlanningProblem problem = problem(
                List.of(shiftWith("s1", "ann", Set.of("hoist"), 1, Long.MAX_VALUE)),
                List.of(needing("a", Set.of("hoist", "peg"), 0, 0), needing("b", Set.of("hoist"), 0, 0)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::requiredSkills)
                .givenSolution(planned(problem, "s1:a,b"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void aWorkerBelowTheVisitsTierBreaksAHardRule() {
        PlanningProblem problem = problem(
                List.of(shiftWith("s1", "ann", Set.of(), 2, Long.MAX_VALUE)),
                List.of(needing("a", Set.of(), 3, 0), needing("b", Set.of(), 2, 0)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::tier)
                .givenSolution(planned(problem, "s1:a,b"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void sendingAnExcludedWorkerBreaksAHardRule() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(withPeople("a", Set.of(), Set.of("ann")), withPeople("b", Set.of(), Set.of("bob"))),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::excludedWorker)
                .givenSolution(planned(problem, "s1:a,b"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void startingAfterAStrictWindowBreaksAHardRuleByHowLate() {
        // a at place 5 starts at 50 and ends at 70; b at place 6 arrives at 80, its window closed at 60.
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(strict(visit("a", 5, 0, 100)), strict(visit("b", 6, 0, 60)), visit("c", 7, 0, 10)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::strictWindow)
                .givenSolution(planned(problem, "s1:a,b,c"))
                .settingAllShadowVariables()
                .penalizesBy(20);
    }

    @Test
    void carryingMoreThanTheShiftsCapacityBreaksAHardRuleByTheExcess() {
        PlanningProblem problem = problem(
                List.of(shiftWith("s1", "ann", Set.of(), 1, 10), shiftWith("s2", "bob", Set.of(), 1, 10)),
                List.of(needing("a", Set.of(), 0, 7), needing("b", Set.of(), 0, 6), needing("c", Set.of(), 0, 9)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::capacity)
                .givenSolution(planned(problem, "s1:a,b", "s2:c"))
                .settingAllShadowVariables()
                .penalizesBy(3);
    }

    @Test
    void gettingBackAfterTheShiftEndsBreaksAHardRuleByHowLong() {
        // From 0 to place 9 (90), the visit to 110, back at place 0 at 200, 20 after the shift ends.
        PlanningProblem problem = problem(
                List.of(new Shift("s1", "ann", 0, 0, 0, 180, Set.of(), 1, Long.MAX_VALUE, 180)),
                List.of(visit("a", 9, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::shiftEnd)
                .givenSolution(planned(problem, "s1:a"))
                .settingAllShadowVariables()
                .penalizesBy(20);
    }

    @Test
    void partsOfOneDoubleUpOnTheSameShiftCannotBothStartTogether() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(part("d1", 3, 0, 500, "g", 0), part("d2", 3, 0, 500, "g", 1), visit("x", 1, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::syncedParts)
                .givenSolution(planned(problem, "s1:d1,d2", "s2:x"))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void partsOfOneDoubleUpOnDifferentShiftsAreOnlyEverSynchronised() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(part("d1", 3, 0, 500, "g", 0), part("d2", 3, 0, 500, "g", 1), visit("x", 8, 0, 500)),
                TRAVEL_ONLY);
        RoutePlan plan = planned(problem, "s1:d1", "s2:x,d2");

        verifier.verifyThat(PlanningConstraints::syncedParts)
                .givenSolution(plan)
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void crossedDoubleUpsThatWaitOnEachOtherInALoopBreakAHardRule() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(
                        part("a1", 3, 0, 500, "a", 0),
                        part("a2", 3, 0, 500, "a", 1),
                        part("b1", 4, 0, 500, "b", 0),
                        part("b2", 4, 0, 500, "b", 1)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::syncedParts)
                .givenSolution(planned(problem, "s1:a1,b1", "s2:b2,a2"))
                .settingAllShadowVariables()
                .penalizesBy(4);
    }

    @Test
    void aPinnedVisitOffItsShiftOrLeftOutBreaksAHardRule() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(
                        pinned(visit("a", 1, 0, 500), "s1"),
                        pinned(visit("b", 2, 0, 500), "s1"),
                        pinned(visit("c", 3, 0, 500), "s2")),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::pinnedVisit)
                .givenSolution(planned(problem, "s1:a", "s2:b"))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void eachUnassignedVisitCostsAMediumPoint() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(visit("a", 1, 0, 500), visit("b", 2, 0, 500), visit("c", 3, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::unassignedVisit)
                .givenSolution(planned(problem, "s1:b"))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void eachPartPlannedWithoutItsPartnersCostsAMediumPoint() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(
                        part("a1", 3, 0, 500, "a", 0),
                        part("a2", 3, 0, 500, "a", 1),
                        part("b1", 5, 0, 500, "b", 0),
                        part("b2", 5, 0, 500, "b", 1),
                        part("c1", 7, 0, 500, "c", 0),
                        part("c2", 7, 0, 500, "c", 1)),
                TRAVEL_ONLY);

        // a is whole, b is half planned, c is not planned at all.
        verifier.verifyThat(PlanningConstraints::orphanedPart)
                .givenSolution(planned(problem, "s1:a1,b1", "s2:a2"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void anOrderedPairThatOneWorkerCanMakeInTurnIsNotALoop() {
        // first at 30 to 50; second, 20 further on, can start at 70, within 40 to 70 of the first.
        Problems.VisitBuilder second = new Problems.VisitBuilder(part("second", 5, 0, 500, "pair", 1));
        second.sync = new Visit.Sync("pair", 1, 40, 70);
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")), List.of(part("first", 3, 0, 500, "pair", 0), second.build()), TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::syncedParts)
                .givenSolution(planned(problem, "s1:first,second"))
                .settingAllShadowVariables()
                .penalizesBy(0);
    }

    @Test
    void eachShiftThatMakesAVisitCounts() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")),
                List.of(visit("a", 1, 0, 500), visit("b", 2, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::shiftUsed)
                .givenSolution(planned(problem, "s1:a", "s3:b"))
                .settingAllShadowVariables()
                .penalizesBy(2);
    }

    @Test
    void travelTimeRunsFromTheStartPlaceThroughEveryVisitAndBack() {
        // 0 → 2 → 5 → 0 is 20 + 30 + 50; 0 → 1 → 0 is 20.
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(visit("a", 2, 0, 500), visit("b", 5, 0, 500), visit("c", 1, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::travelTime)
                .givenSolution(planned(problem, "s1:a,b", "s2:c"))
                .settingAllShadowVariables()
                .penalizesBy(120);
    }

    @Test
    void travelDistanceRunsFromTheStartPlaceThroughEveryVisitAndBack() {
        // Starting and ending at place 2: 2 → 7 → 4 → 2 is 50 + 30 + 20.
        PlanningProblem problem = problem(
                List.of(new Shift("s1", "ann", 2, 2, 0, 1000, Set.of(), 1, Long.MAX_VALUE, 1000)),
                List.of(visit("a", 7, 0, 500), visit("b", 4, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::travelDistance)
                .givenSolution(planned(problem, "s1:a,b"))
                .settingAllShadowVariables()
                .penalizesBy(100);
    }

    @Test
    void latenessIsHowLongAfterItsWindowEachVisitStarts() {
        // a at place 5 starts at 50 (window to 40: 10 late), b at place 6 arrives at 80 (to 50: 30 late).
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(visit("a", 5, 0, 40), visit("b", 6, 0, 50), visit("c", 7, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::lateness)
                .givenSolution(planned(problem, "s1:a,b,c"))
                .settingAllShadowVariables()
                .penalizesBy(40);
    }

    @Test
    void maximumLatenessCountsOnlyTheLatestStart() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(visit("a", 5, 0, 40), visit("b", 6, 0, 50), visit("c", 7, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::maximumLateness)
                .givenSolution(planned(problem, "s1:a,b,c"))
                .settingAllShadowVariables()
                .penalizesBy(30);
    }

    @Test
    void aVisitBySomeoneOutsideThePersonsTeamMissesContinuity() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann")),
                List.of(
                        withPeople("a", Set.of("ann"), Set.of()),
                        withPeople("b", Set.of("bob", "cat"), Set.of()),
                        withPeople("c", Set.of(), Set.of())),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::continuity)
                .givenSolution(planned(problem, "s1:a,b,c"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }

    @Test
    void unevenWorkloadsCostMoreThanEvenOnes() {
        // Ann: 0 → 3 → 0 is 60 travel + 20 visit = 80; Bob: 0 → 1 → 0 is 20 + 20 = 40. Mean 60;
        // unfairness = sqrt(20² + 20²) = 28.28…, counted as 28.
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(visit("a", 3, 0, 500), visit("b", 1, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::fairWorkload)
                .givenSolution(planned(problem, "s1:a", "s2:b"))
                .settingAllShadowVariables()
                .penalizesBy(28);
    }

    @Test
    void workingPastThePreferredFinishIsOvertime() {
        // Back at place 0 at 90 + 20 + 90 = 200, preferred finish 150.
        PlanningProblem problem = problem(
                List.of(new Shift("s1", "ann", 0, 0, 0, 1000, Set.of(), 1, Long.MAX_VALUE, 150)),
                List.of(visit("a", 9, 0, 500)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::overtime)
                .givenSolution(planned(problem, "s1:a"))
                .settingAllShadowVariables()
                .penalizesBy(50);
    }

    @Test
    void movingAVisitThePersonWasToldAboutIsADisruption() {
        PlanningProblem problem = problem(
                List.of(shift("s1", "ann"), shift("s2", "bob")),
                List.of(
                        current("told-moved", "s2", true),
                        current("told-kept", "s1", true),
                        current("untold-moved", "s2", false)),
                TRAVEL_ONLY);

        verifier.verifyThat(PlanningConstraints::disruption)
                .givenSolution(planned(problem, "s1:told-moved,told-kept,untold-moved"))
                .settingAllShadowVariables()
                .penalizesBy(1);
    }
}
