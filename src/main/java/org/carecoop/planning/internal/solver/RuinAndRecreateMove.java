package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.move.VariableChangeRecordingScoreDirector;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;

/**
 * Takes a handful of visits off their shifts and puts them back one by one, each where it does the
 * most good: the recreate half of {@link RuinAndRecreateMoveFactory}'s ruin-and-recreate. The visits
 * and the order they go back in are chosen when the move is made, so doing the move twice on the same
 * plan gives the same plan, as Timefold needs; Timefold records every list change and undoes them.
 *
 * <p>Each visit's places are ranked by a quick estimate of what the place costs (the detour in time and
 * distance, lateness and overtime pushed onto the visits after it, the shift's cost if it is empty,
 * continuity), skipping places that break a strict window, the shift's end or its capacity, and shifts
 * whose worker lacks a skill or the tier or is excluded. Only the few cheapest get a full score from
 * the score director, which judges what the estimate does not know (synchronised partners, fairness,
 * the latest start); when the estimate counts every cost the plan has and no synchronised part is on
 * the shift, the cheapest place is taken without asking the score, which is ten times faster.
 * A visit goes in only where the score is better than leaving it out, so one that fits nowhere stays
 * unassigned. The parts of a synchronised group go back together, on different shifts, and are taken
 * out again if the whole group does not make the plan better than leaving it out.
 */
final class RuinAndRecreateMove extends AbstractSimplifiedMove<RoutePlan> {

    /** How many of the places the estimate ranks cheapest get a full score. */
    private static final int CHEAPEST = 4;

    /** Up to this many shifts, every shift is a candidate; above it only shifts near the visit. */
    private static final int ALL_SHIFTS = 60;

    private static final long INFEASIBLE = Long.MAX_VALUE;

    private final List<PlanningVisit> removed;
    private final RuinAndRecreateMoveFactory.Neighbours neighbours;

    /**
     * @param removed the visits to take off, in the order they go back; the parts of a group are next
     *     to each other in group order
     * @param neighbours each visit's nearest visits, for choosing candidate shifts on large problems
     */
    RuinAndRecreateMove(List<PlanningVisit> removed, RuinAndRecreateMoveFactory.Neighbours neighbours) {
        this.removed = List.copyOf(removed);
        this.neighbours = neighbours;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<RoutePlan> director) {
        return !removed.isEmpty() && removed.stream().allMatch(PlanningVisit::assigned);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<RoutePlan> director) {
        new Recreation(director).run();
    }

    /** The visits taken off and put back, in the order they go back. */
    @Override
    public Collection<PlanningVisit> getPlanningEntities() {
        return removed;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "RuinAndRecreateMove(" + removed.size() + ")";
    }

    @Override
    public String toString() {
        return "RuinAndRecreate" + removed;
    }

    /** The state of one doing of the move. */
    private final class Recreation {

        private final ScoreDirector<RoutePlan> director;
        private final InnerScoreDirector<RoutePlan, HardMediumSoftLongScore> inner;
        private final RoutePlan plan;
        private final Costs costs;
        private final Set<PlanningShift> ruined = Collections.newSetFromMap(new IdentityHashMap<>());

        @SuppressWarnings("unchecked")
        Recreation(ScoreDirector<RoutePlan> director) {
            this.director = director;
            this.inner = director instanceof VariableChangeRecordingScoreDirector<?, ?> recording
                    ? (InnerScoreDirector<RoutePlan, HardMediumSoftLongScore>) recording.getBacking()
                    : (InnerScoreDirector<RoutePlan, HardMediumSoftLongScore>) director;
            this.plan = director.getWorkingSolution();
            this.costs = new Costs(plan);
        }

        void run() {
            for (PlanningVisit visit : removed) {
                PlanningShift shift = visit.assignedShift();
                ruined.add(shift);
                VisitListChanges.unassign(director, shift, shift.visits().indexOf(visit));
            }
            director.triggerVariableListeners();
            int next = 0;
            while (next < removed.size()) {
                PlanningVisit visit = removed.get(next);
                List<PlanningVisit> group = visit.syncGroup();
                int parts = group == null ? 1 : groupLength(next);
                if (parts == 1) {
                    place(visit, Set.of(), false);
                } else {
                    placeGroup(removed.subList(next, next + parts));
                }
                next += parts;
            }
        }

        private int groupLength(int first) {
            List<PlanningVisit> group = removed.get(first).syncGroup();
            int end = first;
            while (end < removed.size() && removed.get(end).syncGroup() == group) {
                end++;
            }
            return end - first;
        }

        /** Every part on its own shift, or none of them when the group makes the plan worse. */
        private void placeGroup(List<PlanningVisit> parts) {
            HardMediumSoftLongScore without = score();
            Set<PlanningShift> taken = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PlanningVisit part : parts) {
                List<PlanningVisit> group = part.syncGroup();
                if (group != null) {
                    for (PlanningVisit partner : group) {
                        if (partner != part && partner.assigned()) {
                            taken.add(partner.assignedShift());
                        }
                    }
                }
                place(part, taken, true);
            }
            if (score().compareTo(without) < 0) {
                for (PlanningVisit part : parts) {
                    PlanningShift shift = part.shift();
                    if (shift != null) {
                        unassign(shift, shift.visits().indexOf(part));
                    }
                }
            }
        }

        /**
         * Puts the visit at the best-scoring of its cheapest places; unless {@code always}, only when
         * that is better than leaving it out.
         */
        private void place(PlanningVisit visit, Set<PlanningShift> excluded, boolean always) {
            Cheapest cheapest = new Cheapest();
            for (PlanningShift shift : candidates(visit)) {
                if (!excluded.contains(shift) && ShiftFit.allows(shift.shift(), visit.visit())) {
                    estimate(visit, shift, cheapest);
                }
            }
            if (cheapest.size == 0) {
                return;
            }
            if (!always && costs.complete && cheapest.exact[0]) {
                assign(cheapest.shifts[0], cheapest.ats[0], visit);
                return;
            }
            HardMediumSoftLongScore best = always ? null : score();
            int chosen = -1;
            for (int k = 0; k < cheapest.size; k++) {
                assign(cheapest.shifts[k], cheapest.ats[k], visit);
                HardMediumSoftLongScore score = score();
                unassign(cheapest.shifts[k], cheapest.ats[k]);
                if (best == null || score.compareTo(best) > 0) {
                    best = score;
                    chosen = k;
                }
            }
            if (chosen >= 0) {
                assign(cheapest.shifts[chosen], cheapest.ats[chosen], visit);
            }
        }

        /** Every shift on small problems; else the shifts the ruin touched and those of nearby visits. */
        private Iterable<PlanningShift> candidates(PlanningVisit visit) {
            if (plan.shifts().size() <= ALL_SHIFTS) {
                return plan.shifts();
            }
            Set<PlanningShift> shifts = Collections.newSetFromMap(new IdentityHashMap<>());
            shifts.addAll(ruined);
            for (PlanningVisit near : neighbours.of(visit)) {
                PlanningShift shift = near.shift();
                if (shift != null) {
                    shifts.add(shift);
                }
            }
            return shifts;
        }

        /** Offers every feasible place on the shift to {@code cheapest} with its estimated cost. */
        private void estimate(PlanningVisit planned, PlanningShift planning, Cheapest cheapest) {
            Visit visit = planned.visit();
            Shift shift = planning.shift();
            List<PlanningVisit> list = planning.visits();
            if (shift.capacity() != Long.MAX_VALUE) {
                long load = visit.demand();
                for (PlanningVisit other : list) {
                    load += other.visit().demand();
                }
                if (load > shift.capacity()) {
                    return;
                }
            }
            long fixed = costs.fixed(visit, shift, list.isEmpty());
            boolean synced = false;
            for (PlanningVisit other : list) {
                synced |= other.visit().sync() != null;
            }
            for (int at = 0; at <= list.size(); at++) {
                long cost = costs.insertion(visit, planned.travel(), shift, list, at);
                if (cost != INFEASIBLE) {
                    cheapest.offer(planning, at, cost + fixed, costs.timed && !synced);
                }
            }
        }

        private void assign(PlanningShift shift, int index, PlanningVisit visit) {
            VisitListChanges.assign(director, shift, index, visit);
            director.triggerVariableListeners();
        }

        private void unassign(PlanningShift shift, int index) {
            VisitListChanges.unassign(director, shift, index);
            director.triggerVariableListeners();
        }

        private HardMediumSoftLongScore score() {
            return inner.calculateScore().raw();
        }
    }

    /** The {@link #CHEAPEST} places seen so far, cheapest first. */
    private static final class Cheapest {

        final PlanningShift[] shifts = new PlanningShift[CHEAPEST];
        final int[] ats = new int[CHEAPEST];
        final long[] costs = new long[CHEAPEST];
        final boolean[] exact = new boolean[CHEAPEST];
        int size;

        void offer(PlanningShift shift, int at, long cost, boolean isExact) {
            if (size == CHEAPEST && cost >= costs[size - 1]) {
                return;
            }
            int k = size == CHEAPEST ? size - 1 : size++;
            while (k > 0 && costs[k - 1] > cost) {
                shifts[k] = shifts[k - 1];
                ats[k] = ats[k - 1];
                exact[k] = exact[k - 1];
                costs[k] = costs[k - 1];
                k--;
            }
            shifts[k] = shift;
            ats[k] = at;
            exact[k] = isExact;
            costs[k] = cost;
        }
    }

    /**
     * The soft weights the estimate uses and the estimate itself. Starts of the visits already on a
     * shift come from their shadow variables, so a synchronised partner's wait is taken as it is now;
     * a later visit starts at the later of its old start and its new arrival, which is exact for every
     * visit that is not waiting on a partner.
     */
    private static final class Costs {

        private final long time;
        private final long distance;
        private final long lateness;
        private final long overtime;
        private final long shiftUsed;
        private final long continuity;

        /** Whether the estimate counts every soft cost the plan has: then the score is not asked. */
        final boolean complete;

        /** Whether the last {@link #insertion} knew every start it needed, so its cost is exact. */
        boolean timed;

        Costs(RoutePlan plan) {
            time = weight(plan, PlanningConstraints.TRAVEL_TIME);
            distance = weight(plan, PlanningConstraints.TRAVEL_DISTANCE);
            lateness = weight(plan, PlanningConstraints.LATENESS);
            overtime = weight(plan, PlanningConstraints.OVERTIME);
            shiftUsed = weight(plan, PlanningConstraints.SHIFT_USED);
            continuity = weight(plan, PlanningConstraints.CONTINUITY);
            complete = weight(plan, PlanningConstraints.MAX_LATENESS) == 0
                    && weight(plan, PlanningConstraints.FAIR_WORKLOAD) == 0
                    && weight(plan, PlanningConstraints.DISRUPTION) == 0;
        }

        private static long weight(RoutePlan plan, String constraint) {
            HardMediumSoftLongScore weight = plan.weights().getConstraintWeight(constraint);
            return weight == null ? 0 : weight.softScore();
        }

        /** What the visit costs on this shift wherever it goes. */
        long fixed(Visit visit, Shift shift, boolean empty) {
            long cost = empty ? shiftUsed : 0;
            if (!visit.preferredWorkerIds().isEmpty()
                    && !visit.preferredWorkerIds().contains(shift.workerId())) {
                cost += continuity;
            }
            return cost;
        }

        /** The estimated cost of putting the visit just before position {@code at}, or INFEASIBLE. */
        long insertion(Visit visit, TravelMatrix travel, Shift shift, List<PlanningVisit> list, int at) {
            int before =
                    at == 0 ? shift.startLocation() : list.get(at - 1).visit().location();
            int after = at == list.size()
                    ? shift.endLocation()
                    : list.get(at).visit().location();
            int here = visit.location();
            Long free = at == 0 ? Long.valueOf(shift.from()) : list.get(at - 1).end();
            long cost = time * (travel.time(before, here) + travel.time(here, after) - travel.time(before, after))
                    + distance
                            * (travel.distance(before, here)
                                    + travel.distance(here, after)
                                    - travel.distance(before, after));
            timed = free != null;
            if (free == null) {
                return cost;
            }
            long start = Math.max(free + travel.time(before, here), visit.windowStart());
            if (visit.strictWindow() && start > visit.windowEnd()) {
                return INFEASIBLE;
            }
            long late = Math.max(0, start - visit.windowEnd());
            long end = start + visit.duration();
            int place = here;
            for (int k = at; k < list.size(); k++) {
                PlanningVisit next = list.get(k);
                Long old = next.start();
                if (old == null) {
                    timed = false;
                    return cost + lateness * late;
                }
                long moved = Math.max(old, end + travel.time(place, next.visit().location()));
                if (moved == old) {
                    return cost + lateness * late;
                }
                Visit later = next.visit();
                if (later.strictWindow() && moved > later.windowEnd()) {
                    return INFEASIBLE;
                }
                late += Math.max(0, moved - later.windowEnd()) - Math.max(0, old - later.windowEnd());
                end = moved + later.duration();
                place = later.location();
            }
            long back = end + travel.time(place, shift.endLocation());
            if (back > shift.until()) {
                return INFEASIBLE;
            }
            long oldBack = list.isEmpty() ? shift.from() : lastBack(shift, list, travel);
            long extra = Math.max(0, back - shift.preferredUntil()) - Math.max(0, oldBack - shift.preferredUntil());
            return cost + lateness * late + overtime * extra;
        }

        private long lastBack(Shift shift, List<PlanningVisit> list, TravelMatrix travel) {
            PlanningVisit last = list.get(list.size() - 1);
            Long end = last.end();
            return end == null ? shift.from() : end + travel.time(last.visit().location(), shift.endLocation());
        }
    }
}
