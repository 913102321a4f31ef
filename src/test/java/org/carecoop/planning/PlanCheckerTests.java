package org.carecoop.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The checker against hand-made plans on a straight road: places 0 to 3 lie 10 apart, so travel
 * between places i and j takes (and measures) 10·|i − j|. Each test breaks exactly one rule.
 */
class PlanCheckerTests {

    static final TravelMatrix ROAD = road(4);

    static TravelMatrix road(int places) {
        long[][] times = new long[places][places];
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                times[i][j] = 10L * Math.abs(i - j);
            }
        }
        return TravelMatrix.of(times, times);
    }

    /** A visit with nothing special about it, changed one component at a time by the tests. */
    static final class V {
        String id;
        int location;
        long duration = 10;
        long windowStart = 0;
        long windowEnd = 1000;
        boolean strict = true;
        Set<String> skills = Set.of("care");
        int minTier = 1;
        long demand = 1;
        Set<String> preferred = Set.of();
        Set<String> excluded = Set.of();
        Visit.@Nullable Sync sync;

        @Nullable
        String pinned;

        @Nullable
        String current;

        V(String id, int location) {
            this.id = id;
            this.location = location;
        }

        Visit build() {
            return new Visit(
                    id,
                    "person-" + id,
                    location,
                    duration,
                    windowStart,
                    windowEnd,
                    strict,
                    skills,
                    minTier,
                    demand,
                    preferred,
                    excluded,
                    sync,
                    pinned,
                    current,
                    current != null);
        }
    }

    static Shift shift(String id, String worker, Set<String> skills, int tier, long until) {
        return new Shift(id, worker, 0, 0, 0, until, skills, tier, 5, until);
    }

    static final Shift ANNA = shift("s1", "anna", Set.of("care", "hoist"), 2, 200);
    static final Shift BEN = shift("s2", "ben", Set.of("care"), 1, 200);

    static PlanningProblem problem(List<Shift> shifts, V... visits) {
        List<Visit> built = new ArrayList<>();
        for (V v : visits) {
            built.add(v.build());
        }
        return new PlanningProblem("test", shifts, built, ROAD, new Weights(0, 1, 0, 1, 0, 0, 0, 0, 0));
    }

    static Plan.Route route(String shift, Object... visitsAndStarts) {
        List<Plan.Stop> stops = new ArrayList<>();
        for (int i = 0; i < visitsAndStarts.length; i += 2) {
            stops.add(new Plan.Stop((String) visitsAndStarts[i], ((Number) visitsAndStarts[i + 1]).longValue()));
        }
        return new Plan.Route(shift, stops);
    }

    static Plan plan(List<String> unassigned, Plan.Route... routes) {
        return new Plan("test", List.of(routes), unassigned, "");
    }

    static List<String> violations(PlanningProblem problem, Plan plan) {
        return PlanChecker.check(problem, plan).violations();
    }

    @Test
    void aFeasiblePlanHasNoViolationsAndItsCostsAddUp() {
        V a = new V("a", 1);
        V b = new V("b", 2);
        b.windowStart = 40;
        b.windowEnd = 45;
        b.strict = false;
        b.preferred = Set.of("ben");
        b.current = "s1";
        V c = new V("c", 3);
        c.current = "s1";
        PlanningProblem problem = problem(List.of(ANNA, BEN), a, b, c);
        // Anna: home → a (arrives 10) → b (arrives 30, waits until 40, starts 50: 5 late) → home at 80.
        // Ben: home → c (arrives 30) → home at 70.
        Plan plan = plan(List.of(), route("s1", "a", 10, "b", 50), route("s2", "c", 30), route("unused-none"));
        PlanCheck check = PlanChecker.check(
                new PlanningProblem(
                        "test",
                        List.of(ANNA, BEN, shift("unused-none", "cleo", Set.of(), 1, 10)),
                        problem.visits(),
                        ROAD,
                        problem.weights()),
                plan);

        assertThat(check.violations()).isEmpty();
        assertThat(check.feasible()).isTrue();
        assertThat(check.shiftsUsed()).isEqualTo(2);
        assertThat(check.travelTime()).isEqualTo(40 + 60);
        assertThat(check.travelDistance()).isEqualTo(100);
        assertThat(check.totalLateness()).isEqualTo(5);
        assertThat(check.maxLateness()).isEqualTo(5);
        assertThat(check.continuityMisses()).isEqualTo(1);
        assertThat(check.changedVisits()).isEqualTo(1);
        assertThat(check.unassigned()).isZero();
        assertThat(check.overtime()).isZero();
    }

    @Test
    void overtimeIsTimePastThePreferredFinish() {
        Shift early = new Shift("s1", "anna", 0, 0, 0, 200, Set.of("care"), 1, 5, 50);
        PlanCheck check =
                PlanChecker.check(problem(List.of(early), new V("a", 3)), plan(List.of(), route("s1", "a", 30)));

        assertThat(check.violations()).isEmpty();
        assertThat(check.overtime()).isEqualTo(30 + 10 + 30 - 50);
    }

    @Test
    void aVisitPlannedTwiceIsReported() {
        PlanningProblem problem = problem(List.of(ANNA, BEN), new V("a", 1));

        assertThat(violations(problem, plan(List.of(), route("s1", "a", 10), route("s2", "a", 10))))
                .containsExactly("Visit a is planned more than once (again on shift s2).");
    }

    @Test
    void anUnknownVisitOrShiftIsReported() {
        PlanningProblem problem = problem(List.of(ANNA), new V("a", 1));

        assertThat(violations(problem, plan(List.of(), route("s1", "a", 10, "ghost", 40), route("s9"))))
                .containsExactly("Shift s1 makes unknown visit ghost.", "Route for unknown shift s9.");
    }

    @Test
    void anUnassignedListThatDisagreesWithTheRoutesIsReported() {
        PlanningProblem problem = problem(List.of(ANNA), new V("a", 1), new V("b", 2));

        assertThat(violations(problem, plan(List.of("a"), route("s1", "a", 10))))
                .containsExactly(
                        "Visit a is both planned and listed as unassigned.",
                        "Visit b is in no route and missing from the unassigned list.");
        PlanCheck honest = PlanChecker.check(problem, plan(List.of("b"), route("s1", "a", 10)));
        assertThat(honest.violations()).isEmpty();
        assertThat(honest.unassigned()).isEqualTo(1);
    }

    @Test
    void aMissingSkillIsReported() {
        V hoist = new V("a", 1);
        hoist.skills = Set.of("care", "hoist");

        assertThat(violations(problem(List.of(BEN), hoist), plan(List.of(), route("s2", "a", 10))))
                .containsExactly("Visit a needs hoist, which shift s2 lacks.");
    }

    @Test
    void aTooLowTierIsReported() {
        V senior = new V("a", 1);
        senior.minTier = 2;

        assertThat(violations(problem(List.of(BEN), senior), plan(List.of(), route("s2", "a", 10))))
                .containsExactly("Visit a needs tier 2 but shift s2 is tier 1.");
    }

    @Test
    void anExcludedWorkerIsReported() {
        V a = new V("a", 1);
        a.excluded = Set.of("anna");

        assertThat(violations(problem(List.of(ANNA), a), plan(List.of(), route("s1", "a", 10))))
                .containsExactly("Visit a goes to worker anna on shift s1, who is excluded.");
    }

    @Test
    void startingAfterAStrictWindowIsReportedButLatenessOnAnOpenOneIsOnlyACost() {
        V a = new V("a", 1);
        a.windowEnd = 20;

        assertThat(violations(problem(List.of(ANNA), a), plan(List.of(), route("s1", "a", 25))))
                .containsExactly("Visit a on shift s1 starts 5 after its window closes.");
        a.strict = false;
        PlanCheck open = PlanChecker.check(problem(List.of(ANNA), a), plan(List.of(), route("s1", "a", 25)));
        assertThat(open.violations()).isEmpty();
        assertThat(open.totalLateness()).isEqualTo(5);
    }

    @Test
    void goingOverCapacityIsReported() {
        V a = new V("a", 1);
        a.demand = 4;
        V b = new V("b", 2);
        b.demand = 2;

        assertThat(violations(problem(List.of(ANNA), a, b), plan(List.of(), route("s1", "a", 10, "b", 30))))
                .containsExactly("Shift s1 carries 6, more than its capacity of 5.");
    }

    @Test
    void gettingBackAfterTheShiftEndsIsReported() {
        Shift short_ = shift("s1", "anna", Set.of("care"), 1, 60);

        assertThat(violations(problem(List.of(short_), new V("a", 3)), plan(List.of(), route("s1", "a", 30))))
                .containsExactly("Shift s1 gets back at 70, after it ends at 60.");
    }

    @Test
    void startingBeforeArrivalOrBeforeTheWindowOpensIsReported() {
        V a = new V("a", 1);
        V b = new V("b", 1);
        b.windowStart = 100;

        assertThat(violations(problem(List.of(ANNA), a), plan(List.of(), route("s1", "a", 5))))
                .containsExactly("Visit a on shift s1 starts at 5 but cannot start before 10.");
        assertThat(violations(problem(List.of(ANNA), b), plan(List.of(), route("s1", "b", 10))))
                .containsExactly("Visit b on shift s1 starts at 10 but cannot start before 100.");
    }

    @Test
    void aBrokenGapBetweenPartsOfAGroupIsReported() {
        V first = new V("a1", 1);
        first.sync = new Visit.Sync("a", 0, 0, 0);
        V second = new V("a2", 1);
        second.sync = new Visit.Sync("a", 1, 0, 0);
        PlanningProblem problem = problem(List.of(ANNA, BEN), first, second);

        assertThat(violations(problem, plan(List.of(), route("s1", "a1", 10), route("s2", "a2", 10))))
                .isEmpty();
        assertThat(violations(problem, plan(List.of(), route("s1", "a1", 10), route("s2", "a2", 15))))
                .containsExactly("Visit a2 starts 5 after a1 in group a, outside 0 to 0.");
        assertThat(violations(problem, plan(List.of("a2"), route("s1", "a1", 10))))
                .containsExactly("Group a has only 1 of its 2 parts planned.");
    }

    @Test
    void overlappingPartsOfAGroupWithOneWorkerAreReported() {
        V first = new V("a1", 1);
        first.sync = new Visit.Sync("a", 0, 0, 0);
        V second = new V("a2", 1);
        second.sync = new Visit.Sync("a", 1, 0, 20);
        // Anna's morning and a second shift of hers that overlaps it.
        Shift again = shift("s1b", "anna", Set.of("care"), 1, 200);
        PlanningProblem problem = problem(List.of(ANNA, again), first, second);

        assertThat(violations(problem, plan(List.of(), route("s1", "a1", 10), route("s1b", "a2", 15))))
                .containsExactly("Visits a1 and a2 of group a overlap with the same worker anna.");
    }

    @Test
    void aPinnedVisitMovedOrDroppedIsReported() {
        V a = new V("a", 1);
        a.pinned = "s1";

        assertThat(violations(problem(List.of(ANNA, BEN), a), plan(List.of(), route("s2", "a", 10))))
                .containsExactly("Visit a is pinned to shift s1 but planned on shift s2.");
        assertThat(violations(problem(List.of(ANNA, BEN), a), plan(List.of("a"))))
                .containsExactly("Visit a is pinned to shift s1 but left unassigned.");
    }
}
