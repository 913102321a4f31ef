package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.domain.variable.ListVariableListener;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;

/**
 * Works out when each visit's worker arrives, starts and leaves, re-timing only what a move touched.
 *
 * <p>Timefold's declarative shadows treat a start that reads other visits' arrivals as a general
 * graph and search all of it for loops on every move, which made local search on problems with
 * double-ups about a hundred times slower than without. This listener instead takes the changed
 * shift from the first changed place on, every part of the groups found there, those parts' shifts
 * from the part on, and so on until closed; everything outside that set cannot depend on it. It then
 * times the set from nothing upwards: walking each shift in order, a part starts as {@link
 * SyncedStarts} says from its group's arrivals so far, and when a part's arrival moves, its partners'
 * shifts are walked again from the partner. Times only ever grow, so this reaches the earliest
 * consistent times, the same whatever the move was. When parts wait on each other in a loop that
 * cannot settle, times would grow for ever; after more rounds than a settling loop can need (one per
 * part), whatever is still moving, and everything that waits on it, is {@link PlanningVisit#looped()}
 * with no times.
 *
 * <p>Public only because Timefold makes it through its public constructor.
 */
@SuppressWarnings("deprecation") // The list listener is still how a custom shadow reads a list in 1.30.
public class VisitTimes implements ListVariableListener<RoutePlan, Object, PlanningVisit> {

    /** Tells one update's scratch marks from another's, across solvers and solution clones. */
    private static final AtomicLong UPDATES = new AtomicLong();

    private static final int CLEAN = Integer.MAX_VALUE;

    /** A visit after one that waits in a loop: it cannot be timed either. */
    private static final long BLOCKED = Long.MIN_VALUE / 2;

    private final List<PlanningShift> routes = new ArrayList<>();
    private final List<PlanningVisit> members = new ArrayList<>();
    private final List<PlanningVisit> blocked = new ArrayList<>();
    private long mark;

    public VisitTimes() {}

    /**
     * Links and times every visit of a plan whose lists were changed outside the solver, without
     * telling any score director.
     */
    static void timeAll(RoutePlan plan) {
        relink(plan);
        for (PlanningVisit visit : plan.visits()) {
            if (!visit.assigned()) {
                visit.retime(null, null, null, false);
            }
        }
        VisitTimes times = new VisitTimes();
        times.begin();
        for (PlanningShift shift : plan.shifts()) {
            times.include(shift, 0);
        }
        times.finish(null);
    }

    /** Sets the shift, previous and next visit of every visit as Timefold would from the lists. */
    static void relink(RoutePlan plan) {
        plan.visits().forEach(PlanningVisit::unlink);
        for (PlanningShift shift : plan.shifts()) {
            List<PlanningVisit> list = shift.visits();
            for (int i = 0; i < list.size(); i++) {
                list.get(i).link(shift, i == 0 ? null : list.get(i - 1), i + 1 < list.size() ? list.get(i + 1) : null);
            }
        }
    }

    @Override
    public void beforeListVariableChanged(ScoreDirector<RoutePlan> director, Object shift, int fromIndex, int toIndex) {
        // Times are worked out once the list has changed.
    }

    @Override
    public void afterListVariableChanged(ScoreDirector<RoutePlan> director, Object shift, int fromIndex, int toIndex) {
        begin();
        include((PlanningShift) shift, fromIndex);
        finish(director);
    }

    @Override
    public void afterListVariableElementUnassigned(ScoreDirector<RoutePlan> director, PlanningVisit visit) {
        visit.retime(director, null, null, false);
        List<PlanningVisit> group = visit.syncGroup();
        if (group == null) {
            return;
        }
        begin();
        for (PlanningVisit part : group) {
            PlanningShift shift = part.shift();
            if (shift != null) {
                include(shift, shift.visits().indexOf(part));
            }
        }
        finish(director);
    }

    @Override
    public void beforeEntityAdded(ScoreDirector<RoutePlan> director, Object entity) {
        // Nothing to time before the entity is in the plan.
    }

    /**
     * When a whole plan is loaded Timefold adds each visit: the first visit of each shift times that
     * shift (and whatever waits on it), and a visit on no shift has no times.
     */
    @Override
    public void afterEntityAdded(ScoreDirector<RoutePlan> director, Object entity) {
        PlanningShift shift = null;
        if (entity instanceof PlanningShift added) {
            shift = added;
        } else if (entity instanceof PlanningVisit visit) {
            if (visit.shift() == null) {
                visit.retime(director, null, null, false);
            } else if (visit.shift().visits().get(0) == visit) {
                shift = visit.shift();
            }
        }
        if (shift != null) {
            begin();
            include(shift, 0);
            finish(director);
        }
    }

    @Override
    public void beforeEntityRemoved(ScoreDirector<RoutePlan> director, Object entity) {
        // Nothing is removed while solving.
    }

    @Override
    public void afterEntityRemoved(ScoreDirector<RoutePlan> director, Object entity) {
        // Nothing is removed while solving.
    }

    private void begin() {
        mark = UPDATES.incrementAndGet();
        routes.clear();
        members.clear();
        blocked.clear();
    }

    /** Takes in the shift's visits from {@code index} on, the rest of their groups and so on, closed. */
    private void include(PlanningShift shift, int index) {
        if (shift.mark != mark) {
            shift.mark = mark;
            shift.from = shift.visits().size();
            shift.dirtyFrom = CLEAN;
            routes.add(shift);
        }
        if (index >= shift.from) {
            return;
        }
        int was = shift.from;
        shift.from = index;
        List<PlanningVisit> list = shift.visits();
        for (int i = index; i < was; i++) {
            PlanningVisit visit = list.get(i);
            visit.mark = mark;
            visit.workIndex = i;
            visit.workArrival = SyncedStarts.UNKNOWN;
            visit.workReady = SyncedStarts.UNKNOWN;
            visit.workStart = SyncedStarts.UNKNOWN;
            visit.workLooped = false;
            visit.workDirty = false;
            members.add(visit);
            List<PlanningVisit> group = visit.syncGroup();
            if (group != null) {
                for (PlanningVisit part : group) {
                    PlanningShift other = part.shift();
                    if (other != null && part.mark != mark) {
                        include(other, other.visits().indexOf(part));
                    }
                }
            }
        }
    }

    private void finish(@Nullable ScoreDirector<RoutePlan> director) {
        if (settle()) {
            for (PlanningShift route : routes) {
                if (route.dirtyFrom != CLEAN) {
                    loop(route, route.dirtyFrom);
                }
            }
        }
        for (PlanningVisit visit : blocked) {
            loop(visit.assignedShift(), visit.workIndex);
        }
        for (PlanningVisit visit : members) {
            if (visit.workLooped) {
                visit.retime(director, null, null, true);
            } else {
                visit.retime(director, visit.workArrival, visit.workStart, false);
            }
        }
    }

    /** Walks the dirty shifts round by round; true when times were still moving at the bound. */
    private boolean settle() {
        int parts = 0;
        for (PlanningVisit visit : members) {
            if (visit.syncGroup() != null) {
                parts++;
            }
        }
        for (PlanningShift route : routes) {
            route.dirtyFrom = route.from;
        }
        boolean dirty = !routes.isEmpty();
        for (int round = 0; dirty && round <= parts + 1; round++) {
            for (PlanningShift route : routes) {
                if (route.dirtyFrom != CLEAN) {
                    walk(route);
                }
            }
            dirty = false;
            for (PlanningShift route : routes) {
                dirty |= route.dirtyFrom != CLEAN;
            }
        }
        return dirty;
    }

    private void walk(PlanningShift route) {
        Shift shift = route.shift();
        List<PlanningVisit> list = route.visits();
        int i = route.dirtyFrom;
        route.dirtyFrom = CLEAN;
        for (; i < list.size(); i++) {
            PlanningVisit visit = list.get(i);
            visit.workDirty = false;
            Visit own = visit.visit();
            long arrival = arrival(shift, list, i);
            if (arrival == BLOCKED) {
                if (visit.workStart != BLOCKED) {
                    visit.workStart = BLOCKED;
                    blocked.add(visit);
                }
                continue;
            }
            long ready = Math.max(arrival, own.windowStart());
            boolean readyMoved = ready != visit.workReady;
            visit.workArrival = arrival;
            visit.workReady = ready;
            List<PlanningVisit> group = visit.syncGroup();
            long start = group == null ? ready : synced(visit, group);
            if (readyMoved && group != null) {
                for (PlanningVisit part : group) {
                    if (part != visit && part.mark == mark) {
                        PlanningShift other = part.assignedShift();
                        other.dirtyFrom = Math.min(other.dirtyFrom, part.workIndex);
                        part.workDirty = true;
                    }
                }
            }
            if (start == visit.workStart) {
                // Nothing after this moves unless a partner moved it: go on from the next such visit.
                i = nextDirty(list, i);
            } else {
                visit.workStart = start;
            }
        }
    }

    /** The place before the next visit after {@code i} whose partner moved, or the end of the list. */
    private static int nextDirty(List<PlanningVisit> list, int i) {
        for (int j = i + 1; j < list.size(); j++) {
            if (list.get(j).workDirty) {
                return j - 1;
            }
        }
        return list.size();
    }

    private long arrival(Shift shift, List<PlanningVisit> list, int i) {
        PlanningVisit visit = list.get(i);
        if (i == 0) {
            return shift.from()
                    + visit.travel().time(shift.startLocation(), visit.visit().location());
        }
        PlanningVisit previous = list.get(i - 1);
        long leaves;
        if (previous.mark == mark) {
            if (previous.workStart == BLOCKED) {
                return BLOCKED;
            }
            leaves = previous.workStart + previous.visit().duration();
        } else {
            Long end = previous.end();
            if (end == null) {
                return BLOCKED;
            }
            leaves = end;
        }
        return leaves
                + visit.travel().time(previous.visit().location(), visit.visit().location());
    }

    /** Every part of a group the update took in is in it, so the others have not been placed. */
    private long synced(PlanningVisit visit, List<PlanningVisit> group) {
        List<Visit.Sync> gaps = visit.syncGaps();
        if (gaps == null) {
            throw new IllegalStateException("Visit " + visit.id() + " is in a group without gaps");
        }
        if (group.size() == 2) {
            return SyncedStarts.pair(readyOf(group.get(0)), readyOf(group.get(1)), gaps.get(1), visit.groupIndex());
        }
        long[] ready = new long[group.size()];
        for (int k = 0; k < ready.length; k++) {
            ready[k] = readyOf(group.get(k));
        }
        return SyncedStarts.relax(ready, gaps)[visit.groupIndex()];
    }

    private long readyOf(PlanningVisit part) {
        return part.mark == mark && part.workStart != BLOCKED ? part.workReady : SyncedStarts.UNKNOWN;
    }

    /** Marks the shift's visits from {@code from} on, and all that waits on them, as looped. */
    private void loop(PlanningShift route, int from) {
        List<PlanningVisit> list = route.visits();
        for (int i = from; i < list.size(); i++) {
            PlanningVisit visit = list.get(i);
            if (visit.workLooped) {
                return;
            }
            visit.workLooped = true;
            List<PlanningVisit> group = visit.syncGroup();
            if (group != null) {
                for (PlanningVisit part : group) {
                    if (part != visit && part.mark == mark) {
                        loop(part.assignedShift(), part.workIndex);
                    }
                }
            }
        }
    }
}
