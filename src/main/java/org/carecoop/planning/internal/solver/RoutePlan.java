package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.solution.ConstraintWeightOverrides;
import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Timefold solution: every shift with its list of visits, every visit, and the problem's {@link
 * org.carecoop.planning.Weights} as constraint weights (a weight of 0 switches a goal off, which
 * also saves its work).
 */
@PlanningSolution
class RoutePlan {

    @PlanningEntityCollectionProperty
    private List<PlanningShift> shifts;

    @PlanningEntityCollectionProperty
    @ValueRangeProvider
    private List<PlanningVisit> visits;

    private ConstraintWeightOverrides<HardMediumSoftLongScore> weights;

    @PlanningScore
    private @Nullable HardMediumSoftLongScore score;

    /** For the solution cloner. */
    @SuppressWarnings("NullAway.Init")
    RoutePlan() {}

    RoutePlan(
            List<PlanningShift> shifts,
            List<PlanningVisit> visits,
            ConstraintWeightOverrides<HardMediumSoftLongScore> weights) {
        this.shifts = shifts;
        this.visits = visits;
        this.weights = weights;
    }

    List<PlanningShift> shifts() {
        return shifts;
    }

    List<PlanningVisit> visits() {
        return visits;
    }

    ConstraintWeightOverrides<HardMediumSoftLongScore> weights() {
        return weights;
    }

    @Nullable
    HardMediumSoftLongScore score() {
        return score;
    }

    long unassigned() {
        return visits.stream().filter(visit -> !visit.assigned()).count();
    }
}
