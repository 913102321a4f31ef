package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningListVariable;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.planning.Shift;

/**
 * One shift and the visits it makes, in order. Visits may stay out of every list (unassigned) so that
 * an over-full problem still gets the best partial plan instead of none.
 */
@PlanningEntity
class PlanningShift {

    @PlanningId
    private String id;

    private Shift shift;

    @PlanningListVariable(allowsUnassignedValues = true)
    private List<PlanningVisit> visits = new ArrayList<>();

    /**
     * {@link VisitTimes}' scratch: which update last took this shift in, from which place in the list
     * on, and from where it still has to be walked again.
     */
    long mark;

    int from;
    int dirtyFrom;

    /** For the solution cloner. */
    @SuppressWarnings("NullAway.Init")
    PlanningShift() {}

    PlanningShift(Shift shift) {
        this.id = shift.id();
        this.shift = shift;
    }

    String id() {
        return id;
    }

    Shift shift() {
        return shift;
    }

    String workerId() {
        return shift.workerId();
    }

    List<PlanningVisit> visits() {
        return visits;
    }

    @Override
    public String toString() {
        return id;
    }
}
