package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;

/**
 * Each constraint's weight for one problem. Soft weights are the problem's {@link Weights}; a hard
 * rule the problem cannot break (no visit needs a skill, nobody is excluded, no shift has a
 * capacity…) gets weight 0, which Timefold takes as "leave this constraint out". Every constraint
 * left out is work saved on every move, which matters most for the large benchmark problems.
 */
final class RuleWeights {

    private RuleWeights() {}

    static ConstraintWeightOverrides<HardMediumSoftLongScore> of(PlanningProblem problem) {
        List<Visit> visits = problem.visits();
        List<Shift> shifts = problem.shifts();
        Weights weights = problem.weights();
        Map<String, HardMediumSoftLongScore> map = new LinkedHashMap<>();
        hard(
                map,
                PlanningConstraints.REQUIRED_SKILLS,
                any(visits, visit -> !visit.requiredSkills().isEmpty()));
        hard(map, PlanningConstraints.TIER, any(visits, visit -> visit.minTier() > 0));
        hard(
                map,
                PlanningConstraints.EXCLUDED_WORKER,
                any(visits, visit -> !visit.excludedWorkerIds().isEmpty()));
        hard(map, PlanningConstraints.STRICT_WINDOW, any(visits, Visit::strictWindow));
        hard(
                map,
                PlanningConstraints.CAPACITY,
                any(visits, visit -> visit.demand() > 0) && any(shifts, shift -> shift.capacity() != Long.MAX_VALUE));
        hard(map, PlanningConstraints.SHIFT_END, true);
        hard(map, PlanningConstraints.SYNC, any(visits, visit -> visit.sync() != null));
        hard(map, PlanningConstraints.PINNED, any(visits, visit -> visit.pinnedShiftId() != null));
        // With groups, an unassigned visit costs two medium points and a part planned without its
        // partners one more: planning one part of a double-up is then a step forwards (4 to 3) that
        // the search can take on its way to both (0), yet a half-planned group is never as good as a
        // whole one. The planner takes such halves out before it returns a plan.
        boolean groups = any(visits, visit -> visit.sync() != null);
        map.put(PlanningConstraints.UNASSIGNED, HardMediumSoftLongScore.ofMedium(groups ? 2 : 1));
        map.put(
                PlanningConstraints.ORPHANED_PART,
                groups ? HardMediumSoftLongScore.ONE_MEDIUM : HardMediumSoftLongScore.ZERO);
        soft(map, PlanningConstraints.SHIFT_USED, weights.shiftUsed());
        soft(map, PlanningConstraints.TRAVEL_TIME, weights.travelTime());
        soft(map, PlanningConstraints.TRAVEL_DISTANCE, weights.travelDistance());
        soft(map, PlanningConstraints.LATENESS, weights.lateness());
        soft(map, PlanningConstraints.MAX_LATENESS, weights.maxLateness());
        soft(map, PlanningConstraints.CONTINUITY, weights.continuity());
        soft(map, PlanningConstraints.FAIR_WORKLOAD, weights.fairness());
        soft(map, PlanningConstraints.OVERTIME, weights.overtime());
        soft(map, PlanningConstraints.DISRUPTION, weights.disruption());
        return ConstraintWeightOverrides.of(map);
    }

    private static <T> boolean any(List<T> items, Predicate<T> test) {
        return items.stream().anyMatch(test);
    }

    private static void hard(Map<String, HardMediumSoftLongScore> map, String constraint, boolean breakable) {
        map.put(constraint, breakable ? HardMediumSoftLongScore.ONE_HARD : HardMediumSoftLongScore.ZERO);
    }

    private static void soft(Map<String, HardMediumSoftLongScore> map, String constraint, long weight) {
        map.put(constraint, HardMediumSoftLongScore.ofSoft(weight));
    }
}
