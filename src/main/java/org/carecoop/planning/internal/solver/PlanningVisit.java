package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariablesInconsistent;
import java.util.List;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;

/**
 * A visit as the solver sees it: which shift makes it, after which visit, and so when the worker
 * arrives, starts and leaves. The times are declarative shadow variables, so Timefold recomputes them
 * only where a move changed something. The parts of a synchronised group read each other's arrivals,
 * which lets a late worker push their partner's start back; parts that wait on each other in a loop
 * (two parts of one group on one shift, or crossed groups) are marked inconsistent and cost a hard
 * point.
 */
@PlanningEntity
class PlanningVisit {

    @PlanningId
    private String id;

    private Visit visit;

    private TravelMatrix travel;

    /** Every part of this visit's group in {@link Visit.Sync#order()} order, shared by the parts. */
    private @Nullable List<PlanningVisit> syncGroup;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningShift shift;

    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningVisit previous;

    @NextElementShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningVisit next;

    @ShadowVariable(supplierName = "arrivalSupplier")
    private @Nullable Long arrival;

    @ShadowVariable(supplierName = "startSupplier")
    private @Nullable Long start;

    @ShadowVariable(supplierName = "endSupplier")
    private @Nullable Long end;

    @ShadowVariablesInconsistent
    private boolean inconsistent;

    /** For the solution cloner. */
    @SuppressWarnings("NullAway.Init")
    PlanningVisit() {}

    PlanningVisit(Visit visit, TravelMatrix travel) {
        this.id = visit.id();
        this.visit = visit;
        this.travel = travel;
    }

    @ShadowSources({"shift", "previous.end"})
    private @Nullable Long arrivalSupplier() {
        if (shift == null) {
            return null;
        }
        if (previous == null) {
            return shift.shift().from() + travel.time(shift.shift().startLocation(), visit.location());
        }
        if (previous.end == null) {
            return null;
        }
        return previous.end + travel.time(previous.visit.location(), visit.location());
    }

    @ShadowSources({"arrival", "syncGroup[].arrival"})
    private @Nullable Long startSupplier() {
        if (arrival == null) {
            return null;
        }
        if (syncGroup == null) {
            return Math.max(arrival, visit.windowStart());
        }
        return SyncedStarts.of(syncGroup)[syncGroup.indexOf(this)];
    }

    @ShadowSources("start")
    private @Nullable Long endSupplier() {
        return start == null ? null : start + visit.duration();
    }

    String id() {
        return id;
    }

    Visit visit() {
        return visit;
    }

    @Nullable
    List<PlanningVisit> syncGroup() {
        return syncGroup;
    }

    void joinGroup(List<PlanningVisit> group) {
        this.syncGroup = group;
    }

    @Nullable
    PlanningShift shift() {
        return shift;
    }

    @Nullable
    PlanningVisit next() {
        return next;
    }

    @Nullable
    Long arrival() {
        return arrival;
    }

    @Nullable
    Long start() {
        return start;
    }

    @Nullable
    Long end() {
        return end;
    }

    boolean inconsistent() {
        return inconsistent;
    }

    boolean assigned() {
        return shift != null;
    }

    boolean timed() {
        return shift != null && start != null && end != null;
    }

    /** The shift making this visit; only for visits the constraints already know are timed. */
    PlanningShift assignedShift() {
        if (shift == null) {
            throw new IllegalStateException("Visit " + id + " is not on a shift");
        }
        return shift;
    }

    long startTime() {
        if (start == null) {
            throw new IllegalStateException("Visit " + id + " has no start");
        }
        return start;
    }

    long endTime() {
        if (end == null) {
            throw new IllegalStateException("Visit " + id + " has no end");
        }
        return end;
    }

    private int placeBefore() {
        return previous == null ? assignedShift().shift().startLocation() : previous.visit.location();
    }

    /** Travel time from the previous visit (or the shift's start place) to here. */
    long travelTimeIn() {
        return travel.time(placeBefore(), visit.location());
    }

    /** Travel time home to the shift's end place when this is the shift's last visit, else 0. */
    long travelTimeOut() {
        return next == null
                ? travel.time(visit.location(), assignedShift().shift().endLocation())
                : 0;
    }

    long travelDistanceIn() {
        return travel.distance(placeBefore(), visit.location());
    }

    long travelDistanceOut() {
        return next == null
                ? travel.distance(visit.location(), assignedShift().shift().endLocation())
                : 0;
    }

    boolean last() {
        return next == null;
    }

    /** When the worker is back at the shift's end place after this, the shift's last visit. */
    long backAtEnd() {
        return endTime() + travelTimeOut();
    }

    long lateness() {
        return Math.max(0, startTime() - visit.windowEnd());
    }

    /** Work this visit adds to its worker's day: the travel to it, the visit and the way home. */
    long workload() {
        return travelTimeIn() + visit.duration() + travelTimeOut();
    }

    @Override
    public String toString() {
        return id;
    }
}
