package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.NextElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.List;
import java.util.Objects;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;

/**
 * A visit as the solver sees it: which shift makes it, after which visit, and so when the worker
 * arrives, starts and leaves. The times are set by {@link VisitTimes}, which re-times only the
 * routes a move touched (and the routes of synchronised partners whose starts move with them): the
 * parts of a synchronised group read each other's arrivals, so a late worker pushes their partner's
 * start back. Parts that wait on each other in a loop that never settles (two parts of a double-up on
 * one shift, or crossed groups) are {@link #looped()}, have no times and cost a hard point each.
 */
@PlanningEntity
class PlanningVisit {

    @PlanningId
    private String id;

    private Visit visit;

    private TravelMatrix travel;

    /** Every part of this visit's group in {@link Visit.Sync#order()} order, shared by the parts. */
    private @Nullable List<PlanningVisit> syncGroup;

    /** Each part's gaps, in the order of {@link #syncGroup}. */
    private @Nullable List<Visit.Sync> syncGaps;

    /** This part's place in {@link #syncGroup}. */
    private int groupIndex;

    @InverseRelationShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningShift shift;

    @PreviousElementShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningVisit previous;

    @NextElementShadowVariable(sourceVariableName = "visits")
    private @Nullable PlanningVisit next;

    /**
     * When the worker arrives and starts, as one shadow variable: a move that re-times a visit changes
     * these together, and one notification each is a third of the score director's bookkeeping that
     * separate variables needed.
     */
    @ShadowVariable(
            variableListenerClass = VisitTimes.class,
            sourceEntityClass = PlanningShift.class,
            sourceVariableName = "visits")
    private @Nullable Times times;

    /**
     * @param arrival when the worker gets there, or null when the visit cannot be timed
     * @param start when the visit starts, or null when it cannot be timed
     * @param looped whether it waits on parts that wait on it in a loop that never settles
     */
    record Times(@Nullable Long arrival, @Nullable Long start, boolean looped) {}

    /** {@link VisitTimes}' scratch: which update last took this visit in, and what it has worked out. */
    long mark;

    int workIndex;

    long workArrival;
    long workReady;
    long workStart;
    boolean workLooped;
    boolean workDirty;

    /** For the solution cloner. */
    @SuppressWarnings("NullAway.Init")
    PlanningVisit() {}

    PlanningVisit(Visit visit, TravelMatrix travel) {
        this.id = visit.id();
        this.visit = visit;
        this.travel = travel;
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

    @Nullable
    List<Visit.Sync> syncGaps() {
        return syncGaps;
    }

    int groupIndex() {
        return groupIndex;
    }

    void joinGroup(List<PlanningVisit> group, List<Visit.Sync> gaps) {
        this.syncGroup = group;
        this.syncGaps = gaps;
        this.groupIndex = group.indexOf(this);
    }

    TravelMatrix travel() {
        return travel;
    }

    /** Takes the visit off every shift, for a plan changed outside the solver; see {@link #link}. */
    void unlink() {
        link(null, null, null);
    }

    /** Sets what Timefold would set for a visit on a list, for a plan changed outside the solver. */
    void link(@Nullable PlanningShift newShift, @Nullable PlanningVisit newPrevious, @Nullable PlanningVisit newNext) {
        this.shift = newShift;
        this.previous = newPrevious;
        this.next = newNext;
    }

    /** Sets the times {@link VisitTimes} worked out, telling the score director about each change. */
    void retime(
            @Nullable ScoreDirector<RoutePlan> director,
            @Nullable Long newArrival,
            @Nullable Long newStart,
            boolean newLooped) {
        boolean none = newArrival == null && newStart == null && !newLooped;
        if (times == null
                ? none
                : Objects.equals(times.arrival(), newArrival)
                        && Objects.equals(times.start(), newStart)
                        && times.looped() == newLooped) {
            return;
        }
        if (director != null) {
            director.beforeVariableChanged(this, "times");
        }
        times = none ? null : new Times(newArrival, newStart, newLooped);
        if (director != null) {
            director.afterVariableChanged(this, "times");
        }
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
        return times == null ? null : times.arrival();
    }

    @Nullable
    Long start() {
        return times == null ? null : times.start();
    }

    @Nullable
    Long end() {
        Long start = start();
        return start == null ? null : start + visit.duration();
    }

    boolean looped() {
        return times != null && times.looped();
    }

    boolean assigned() {
        return shift != null;
    }

    boolean timed() {
        return shift != null && times != null && times.start() != null;
    }

    /** The shift making this visit; only for visits the constraints already know are timed. */
    PlanningShift assignedShift() {
        if (shift == null) {
            throw new IllegalStateException("Visit " + id + " is not on a shift");
        }
        return shift;
    }

    long startTime() {
        Long start = start();
        if (start == null) {
            throw new IllegalStateException("Visit " + id + " has no start");
        }
        return start;
    }

    long endTime() {
        return startTime() + visit.duration();
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
