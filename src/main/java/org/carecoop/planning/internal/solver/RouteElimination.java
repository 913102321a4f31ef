package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.phase.PhaseCommand;
import ai.timefold.solver.core.impl.score.director.InnerScoreDirector;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;

/**
 * Empties whole shifts when that makes the plan better: local search moves one visit or one run of
 * visits at a time, and almost never takes the last visit off a shift, so the number of shifts used
 * (Solomon's vehicles) stays where construction left it. This is the ejection-pool route elimination
 * of the VRPTW literature (Nagata and Bräysy): take every visit off one short shift, put each back
 * where it fits best on the other shifts, and when a visit fits nowhere, put it in anyway by taking
 * off one or two visits that have been hard to place least often, which go back into the pool. The
 * attempt is kept only if the pool empties within its step budget and the score is no worse than
 * before; otherwise every shift gets its old list back, so no visit that was planned is left out.
 *
 * <p>Every change goes through the score director's list-variable notifications, so shadow variables
 * and the incremental score stay right. Timing, capacity and shift ends are checked first by a quick
 * simulation of the changed shift; the score director has the last word on every change, so rules the
 * simulation does not know (skills, exclusions, synchronised parts) are still respected. Shifts that
 * hold pinned or synchronised visits are never emptied and never lose visits. The phase does nothing
 * when using a shift costs nothing ({@link org.carecoop.planning.Weights#shiftUsed()} of 0).
 *
 * <p>The travel matrix and time budget of the current solve are bound to the solving thread with
 * {@link #within}, because the Timefold model does not carry the matrix and the phase command is
 * shared by every solve of one solver factory.
 */
final class RouteElimination implements PhaseCommand<RoutePlan> {

    /** How many of the cheapest feasible places get a full score before a visit is put back. */
    private static final int CHEAPEST = 6;

    /** How many shifts an ejection may be refused by the score before the visit counts as unplaceable. */
    private static final int EJECTION_TRIES = 3;

    /**
     * How far from the insertion point a visit may be taken off. Taking off a visit far away rarely
     * makes room in time, and searching every pair of a long shift made each step slow.
     */
    private static final int REACH = 4;

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    /** The travel matrix of the solve on this thread and when elimination must stop. */
    private record Budget(TravelMatrix travel, long deadlineNanos) {}

    private final double share;
    private final int stepsPerVisit;

    /**
     * @param share the part of the solve's time limit that elimination may use, in (0, 1]
     * @param stepsPerVisit insertions allowed per visit of the shift being emptied before giving up
     */
    RouteElimination(double share, int stepsPerVisit) {
        this.share = share;
        this.stepsPerVisit = stepsPerVisit;
    }

    /** Runs {@code solve} with elimination allowed to use its share of {@code limit}. */
    static <T> T within(TravelMatrix travel, Duration limit, Supplier<T> solve) {
        Budget outer = CURRENT.get();
        CURRENT.set(new Budget(travel, System.nanoTime() + limit.toNanos()));
        try {
            return solve.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<RoutePlan> director, BooleanSupplier terminated) {
        Budget budget = CURRENT.get();
        RoutePlan plan = director.getWorkingSolution();
        HardMediumSoftLongScore shiftUsed = plan.weights().getConstraintWeight(PlanningConstraints.SHIFT_USED);
        if (budget == null || shiftUsed == null || shiftUsed.softScore() == 0) {
            return;
        }
        long now = System.nanoTime();
        long deadline = now + (long) (share * Math.max(0, budget.deadlineNanos() - now));
        new Run(director, plan, budget.travel(), () -> terminated.getAsBoolean() || System.nanoTime() > deadline)
                .eliminate(stepsPerVisit);
    }

    /** The state of one call: the working solution, penalty counts and the random source. */
    private static final class Run {

        private final ScoreDirector<RoutePlan> director;
        private final RoutePlan plan;
        private final TravelMatrix travel;
        private final BooleanSupplier stop;
        private final Random random = new Random(17);
        private final Map<PlanningVisit, Integer> penalties = new IdentityHashMap<>();
        private final Map<PlanningShift, Route> routes = new IdentityHashMap<>();

        Run(ScoreDirector<RoutePlan> director, RoutePlan plan, TravelMatrix travel, BooleanSupplier stop) {
            this.director = director;
            this.plan = plan;
            this.travel = travel;
            this.stop = stop;
        }

        /** Keeps emptying shifts, shortest first, until a whole round empties none or time is up. */
        void eliminate(int stepsPerVisit) {
            boolean emptied = true;
            while (emptied && !stop.getAsBoolean()) {
                emptied = false;
                List<PlanningShift> candidates = new ArrayList<>();
                for (PlanningShift shift : plan.shifts()) {
                    if (!shift.visits().isEmpty() && shift.visits().stream().allMatch(Run::movable)) {
                        candidates.add(shift);
                    }
                }
                if (candidates.isEmpty()
                        || plan.shifts().stream()
                                        .filter(shift -> !shift.visits().isEmpty())
                                        .count()
                                < 2) {
                    return;
                }
                Collections.shuffle(candidates, random);
                candidates.sort(Comparator.comparingInt(shift -> shift.visits().size()));
                for (PlanningShift shift : candidates) {
                    if (stop.getAsBoolean()) {
                        return;
                    }
                    if (empty(shift, stepsPerVisit * shift.visits().size())) {
                        emptied = true;
                        break;
                    }
                }
            }
        }

        private static boolean movable(PlanningVisit visit) {
            return visit.visit().pinnedShiftId() == null && visit.visit().sync() == null;
        }

        /** One attempt: true and the shift empty, or false and every list as it was. */
        private boolean empty(PlanningShift source, int steps) {
            Map<PlanningShift, List<PlanningVisit>> before = new LinkedHashMap<>();
            plan.shifts().forEach(shift -> before.put(shift, List.copyOf(shift.visits())));
            HardMediumSoftLongScore original = score();
            Deque<PlanningVisit> pool = new ArrayDeque<>();
            while (!source.visits().isEmpty()) {
                pool.push(unassign(source, source.visits().size() - 1));
            }
            routes.clear();
            boolean done = true;
            for (int step = 0; !pool.isEmpty(); step++) {
                if (step >= steps || stop.getAsBoolean()) {
                    done = false;
                    break;
                }
                PlanningVisit visit = pool.pop();
                if (!insert(visit, source) && !insertByEjecting(visit, source, pool)) {
                    done = false;
                    break;
                }
            }
            if (done && score().compareTo(original) >= 0) {
                return true;
            }
            restore(before);
            return false;
        }

        /** Puts the visit where the score is best among the few cheapest places its timing allows. */
        private boolean insert(PlanningVisit visit, PlanningShift source) {
            HardMediumSoftLongScore current = score();
            List<Place> places = new ArrayList<>();
            for (PlanningShift shift : plan.shifts()) {
                if (shift == source || shift.visits().isEmpty()) {
                    continue;
                }
                Route route = route(shift);
                for (int at = 0; at <= shift.visits().size(); at++) {
                    if (route.fits(visit.visit(), at)) {
                        places.add(new Place(shift, at, route.detour(visit.visit(), at)));
                    }
                }
            }
            places.sort(Comparator.comparingLong(Place::detour));
            Place best = null;
            HardMediumSoftLongScore bestScore = null;
            for (Place place : places.subList(0, Math.min(places.size(), CHEAPEST))) {
                assign(place.shift(), place.at(), visit);
                HardMediumSoftLongScore score = score();
                unassign(place.shift(), place.at());
                if (score.hardScore() >= current.hardScore() && (bestScore == null || score.compareTo(bestScore) > 0)) {
                    best = place;
                    bestScore = score;
                }
            }
            if (best == null) {
                return false;
            }
            assign(best.shift(), best.at(), visit);
            routes.remove(best.shift());
            return true;
        }

        /**
         * Puts the visit in by taking off one or two movable visits of one shift, those placed with
         * difficulty least often; the score director must agree that no hard rule got worse.
         */
        private boolean insertByEjecting(PlanningVisit visit, PlanningShift source, Deque<PlanningVisit> pool) {
            penalties.merge(visit, 1, Integer::sum);
            HardMediumSoftLongScore current = score();
            Set<PlanningShift> refused = Collections.newSetFromMap(new IdentityHashMap<>());
            for (int tries = 0; tries < EJECTION_TRIES; tries++) {
                Ejection ejection = cheapestEjection(visit, source, refused);
                if (ejection == null) {
                    return false;
                }
                PlanningShift shift = ejection.shift();
                List<PlanningVisit> ejected = new ArrayList<>();
                for (int k = ejection.indexes().length - 1; k >= 0; k--) {
                    ejected.add(unassign(shift, ejection.indexes()[k]));
                }
                int at = ejection.at();
                for (int index : ejection.indexes()) {
                    if (index < ejection.at()) {
                        at--;
                    }
                }
                assign(shift, at, visit);
                routes.remove(shift);
                if (score().hardScore() >= current.hardScore()) {
                    ejected.forEach(pool::push);
                    return true;
                }
                unassign(shift, at);
                for (int k = ejected.size() - 1; k >= 0; k--) {
                    assign(shift, ejection.indexes()[ejection.indexes().length - 1 - k], ejected.get(k));
                }
                refused.add(shift);
            }
            return false;
        }

        private @Nullable Ejection cheapestEjection(
                PlanningVisit visit, PlanningShift source, Set<PlanningShift> refused) {
            Ejection best = null;
            int ties = 0;
            for (PlanningShift shift : plan.shifts()) {
                if (shift == source || shift.visits().isEmpty() || refused.contains(shift)) {
                    continue;
                }
                Route route = route(shift);
                if (!route.exact) {
                    continue;
                }
                List<PlanningVisit> list = shift.visits();
                int n = list.size();
                for (int at = 0; at <= n; at++) {
                    for (int a = Math.max(0, at - REACH); a < Math.min(n, at + REACH); a++) {
                        if (!movable(list.get(a))) {
                            continue;
                        }
                        int pa = penalty(list.get(a));
                        if (best == null || pa <= best.penalty()) {
                            if (route.fitsWithout(visit.visit(), at, a, -1)) {
                                Ejection found = new Ejection(shift, at, new int[] {a}, pa);
                                if (best == null || pa < best.penalty()) {
                                    best = found;
                                    ties = 1;
                                } else if (random.nextInt(++ties) == 0) {
                                    best = found;
                                }
                            }
                        }
                        for (int b = a + 1; b < Math.min(n, at + REACH); b++) {
                            if (!movable(list.get(b))) {
                                continue;
                            }
                            int pab = pa + penalty(list.get(b));
                            if (best != null && pab >= best.penalty()) {
                                continue;
                            }
                            if (route.fitsWithout(visit.visit(), at, a, b)) {
                                best = new Ejection(shift, at, new int[] {a, b}, pab);
                                ties = 1;
                            }
                        }
                    }
                }
            }
            return best;
        }

        private int penalty(PlanningVisit visit) {
            return penalties.getOrDefault(visit, 0);
        }

        private Route route(PlanningShift shift) {
            return routes.computeIfAbsent(shift, s -> new Route(s, travel));
        }

        private void restore(Map<PlanningShift, List<PlanningVisit>> before) {
            List<PlanningShift> changed = new ArrayList<>();
            before.forEach((shift, visits) -> {
                if (!shift.visits().equals(visits)) {
                    changed.add(shift);
                }
            });
            for (PlanningShift shift : changed) {
                while (!shift.visits().isEmpty()) {
                    unassign(shift, shift.visits().size() - 1);
                }
            }
            for (PlanningShift shift : changed) {
                List<PlanningVisit> visits = before.get(shift);
                for (int at = 0; at < visits.size(); at++) {
                    assign(shift, at, visits.get(at));
                }
            }
            routes.clear();
        }

        private PlanningVisit unassign(PlanningShift shift, int index) {
            PlanningVisit visit = VisitListChanges.unassign(director, shift, index);
            director.triggerVariableListeners();
            return visit;
        }

        private void assign(PlanningShift shift, int index, PlanningVisit visit) {
            VisitListChanges.assign(director, shift, index, visit);
            director.triggerVariableListeners();
        }

        /**
         * The public score director interface has no way to ask for the score, so this goes through
         * Timefold's inner score director, which every score director given to a phase command is.
         */
        @SuppressWarnings("unchecked")
        private HardMediumSoftLongScore score() {
            return ((InnerScoreDirector<RoutePlan, HardMediumSoftLongScore>) director)
                    .calculateScore()
                    .raw();
        }
    }

    private record Place(PlanningShift shift, int at, long detour) {}

    private record Ejection(PlanningShift shift, int at, int[] indexes, int penalty) {}

    /**
     * One shift's visits with the starts they get on their own and the latest start each can have
     * without breaking a strict window or the shift's end further on. Synchronised parts may start
     * later than this shows, so a shift holding any is not {@link #exact} and only the score judges it.
     */
    private static final class Route {

        private final Shift shift;
        private final TravelMatrix travel;
        private final List<Visit> visits;
        private final long[] end;
        private final long[] latest;
        private final long load;
        private final boolean exact;

        Route(PlanningShift planning, TravelMatrix travel) {
            this.shift = planning.shift();
            this.travel = travel;
            this.visits = planning.visits().stream().map(PlanningVisit::visit).toList();
            int n = visits.size();
            end = new long[n];
            latest = new long[n];
            int place = shift.startLocation();
            long free = shift.from();
            long carried = 0;
            boolean synced = false;
            for (int k = 0; k < n; k++) {
                Visit visit = visits.get(k);
                long start = Math.max(free + travel.time(place, visit.location()), visit.windowStart());
                end[k] = start + visit.duration();
                free = end[k];
                place = visit.location();
                carried += visit.demand();
                synced |= visit.sync() != null;
            }
            for (int k = n - 1; k >= 0; k--) {
                Visit visit = visits.get(k);
                long limit = k == n - 1
                        ? shift.until() - travel.time(visit.location(), shift.endLocation()) - visit.duration()
                        : latest[k + 1]
                                - travel.time(
                                        visit.location(), visits.get(k + 1).location())
                                - visit.duration();
                latest[k] = visit.strictWindow() ? Math.min(limit, visit.windowEnd()) : limit;
            }
            load = carried;
            exact = !synced;
        }

        /** Whether timing and capacity allow the visit just before position {@code at}. */
        boolean fits(Visit visit, int at) {
            if (overloaded(load + visit.demand())) {
                return false;
            }
            if (!exact) {
                return true;
            }
            int place = at == 0 ? shift.startLocation() : visits.get(at - 1).location();
            long free = at == 0 ? shift.from() : end[at - 1];
            long start = Math.max(free + travel.time(place, visit.location()), visit.windowStart());
            if (visit.strictWindow() && start > visit.windowEnd()) {
                return false;
            }
            long done = start + visit.duration();
            if (at == visits.size()) {
                return done + travel.time(visit.location(), shift.endLocation()) <= shift.until();
            }
            Visit next = visits.get(at);
            return Math.max(done + travel.time(visit.location(), next.location()), next.windowStart()) <= latest[at];
        }

        /** Travel added by putting the visit just before position {@code at}, time and distance. */
        long detour(Visit visit, int at) {
            int before = at == 0 ? shift.startLocation() : visits.get(at - 1).location();
            int after =
                    at == visits.size() ? shift.endLocation() : visits.get(at).location();
            int here = visit.location();
            return travel.time(before, here)
                    + travel.time(here, after)
                    - travel.time(before, after)
                    + travel.distance(before, here)
                    + travel.distance(here, after)
                    - travel.distance(before, after);
        }

        /** Whether the shift is on time with the visit before {@code at} and without positions a and b (b may be -1). */
        boolean fitsWithout(Visit visit, int at, int a, int b) {
            long carried = load
                    + visit.demand()
                    - visits.get(a).demand()
                    - (b < 0 ? 0 : visits.get(b).demand());
            if (overloaded(carried)) {
                return false;
            }
            int place = shift.startLocation();
            long free = shift.from();
            for (int k = 0; k <= visits.size(); k++) {
                if (k == at) {
                    long start = Math.max(free + travel.time(place, visit.location()), visit.windowStart());
                    if (visit.strictWindow() && start > visit.windowEnd()) {
                        return false;
                    }
                    free = start + visit.duration();
                    place = visit.location();
                }
                if (k == visits.size()) {
                    break;
                }
                if (k == a || k == b) {
                    continue;
                }
                Visit next = visits.get(k);
                long start = Math.max(free + travel.time(place, next.location()), next.windowStart());
                if (next.strictWindow() && start > next.windowEnd()) {
                    return false;
                }
                free = start + next.duration();
                place = next.location();
            }
            return free + travel.time(place, shift.endLocation()) <= shift.until();
        }

        private boolean overloaded(long carried) {
            return shift.capacity() != Long.MAX_VALUE && carried > shift.capacity();
        }
    }
}
