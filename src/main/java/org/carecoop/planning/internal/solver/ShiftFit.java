package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.list.SubList;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;
import java.util.List;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;

/**
 * Leaves out, before they are scored, the moves that would put a visit on a shift that may never
 * make it: a worker without the skills or tier, a worker the person excluded, or another shift than
 * the one a pinned visit is pinned to. Those rules do not depend on the order of visits, so such a
 * move can only make the plan worse, yet scoring it costs as much as any other move: re-timing the
 * shifts it touches and their double-up partners. Where few workers have the skills a visit needs
 * (on the 300-patient Mankowska instance only 39% of visit and worker pairs match), most of the
 * random moves were of this kind. Moves within one shift, and moves that take a visit off a shift it
 * does not fit, are always let through.
 *
 * <p>Public only because Timefold makes it through its public constructor.
 */
public class ShiftFit implements SelectionFilter<RoutePlan, Move<RoutePlan>> {

    public ShiftFit() {}

    /** Whether the rules that do not depend on the plan let this shift make this visit. */
    static boolean allows(Shift shift, Visit visit) {
        return shift.skills().containsAll(visit.requiredSkills())
                && shift.tier() >= visit.minTier()
                && !visit.excludedWorkerIds().contains(shift.workerId())
                && (visit.pinnedShiftId() == null || visit.pinnedShiftId().equals(shift.id()));
    }

    @Override
    public boolean accept(ScoreDirector<RoutePlan> director, Move<RoutePlan> move) {
        if (move instanceof ListChangeMove<RoutePlan> change) {
            return change.getSourceEntity() == change.getDestinationEntity()
                    || fits(change.getMovedValue(), change.getDestinationEntity());
        }
        if (move instanceof ListSwapMove<RoutePlan> swap) {
            return swap.getLeftEntity() == swap.getRightEntity()
                    || (fits(swap.getLeftValue(), swap.getRightEntity())
                            && fits(swap.getRightValue(), swap.getLeftEntity()));
        }
        if (move instanceof SubListChangeMove<RoutePlan> change) {
            return change.getSourceEntity() == change.getDestinationEntity()
                    || allFit(
                            new SubList(change.getSourceEntity(), change.getFromIndex(), change.getSubListSize()),
                            change.getDestinationEntity());
        }
        if (move instanceof SubListSwapMove<RoutePlan> swap) {
            SubList left = swap.getLeftSubList();
            SubList right = swap.getRightSubList();
            return left.entity() == right.entity() || (allFit(left, right.entity()) && allFit(right, left.entity()));
        }
        return true;
    }

    private static boolean fits(Object visit, Object shift) {
        return allows(((PlanningShift) shift).shift(), ((PlanningVisit) visit).visit());
    }

    private static boolean allFit(SubList run, Object shift) {
        List<PlanningVisit> visits = ((PlanningShift) run.entity()).visits();
        for (int i = run.fromIndex(); i < run.fromIndex() + run.length(); i++) {
            if (!fits(visits.get(i), shift)) {
                return false;
            }
        }
        return true;
    }
}
