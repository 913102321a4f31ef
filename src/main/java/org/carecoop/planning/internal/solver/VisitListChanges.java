package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;

/**
 * Puts a visit on a shift's list or takes it off with every notification the score director needs
 * (the list change and the assignment), so shadow variables and the incremental score stay right.
 * Shared by the phase and the move that change lists themselves: {@link RouteElimination} and {@link
 * RuinAndRecreateMove}. Callers trigger the variable listeners when they need the times.
 */
final class VisitListChanges {

    private static final String VISITS = "visits";

    private VisitListChanges() {}

    static PlanningVisit unassign(ScoreDirector<RoutePlan> director, PlanningShift shift, int index) {
        PlanningVisit visit = shift.visits().get(index);
        director.beforeListVariableElementUnassigned(shift, VISITS, visit);
        director.beforeListVariableChanged(shift, VISITS, index, index + 1);
        shift.visits().remove(index);
        director.afterListVariableChanged(shift, VISITS, index, index);
        director.afterListVariableElementUnassigned(shift, VISITS, visit);
        return visit;
    }

    static void assign(ScoreDirector<RoutePlan> director, PlanningShift shift, int index, PlanningVisit visit) {
        director.beforeListVariableElementAssigned(shift, VISITS, visit);
        director.beforeListVariableChanged(shift, VISITS, index, index);
        shift.visits().add(index, visit);
        director.afterListVariableChanged(shift, VISITS, index, index + 1);
        director.afterListVariableElementAssigned(shift, VISITS, visit);
    }
}
