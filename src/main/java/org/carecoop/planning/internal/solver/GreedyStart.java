package org.carecoop.planning.internal.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;
import org.jspecify.annotations.Nullable;

/**
 * A quick first plan for problems too large for Timefold's construction heuristic, which tries every
 * visit at every position of every shift (for 2,500 visits and 300 shifts, millions of full score
 * updates). Taking visits by window start, it appends each to the end of the shift that can take it
 * on time at the least cost of travel and of missing the person's own team, as the problem weighs
 * them (or, when no shift can be on time, the least late), respecting the hard rules it can see from one shift alone;
 * a visit no shift can take stays out for local search to place later. The parts of a synchronised
 * group are placed together on different shifts with their starts lined up, and since every group is
 * appended at once no two groups can end up waiting on each other in a loop.
 */
final class GreedyStart {

    /** Beyond this many (visit, position) pairs the construction heuristic would not finish in time. */
    static final long LARGE = 2_000_000;

    /** Added to the cost of a late start, so that any start on time is preferred to any late one. */
    private static final long LATE = 1L << 40;

    private GreedyStart() {}

    static boolean large(RoutePlan model) {
        long visits = model.visits().size();
        return visits * (visits + model.shifts().size()) > LARGE;
    }

    /** Where a shift's list ends so far. */
    private static final class Tail {
        int place;
        long free;
        long load;
        final Set<String> groups = new HashSet<>();

        Tail(Shift shift) {
            place = shift.startLocation();
            free = shift.from();
        }
    }

    static void place(RoutePlan model, TravelMatrix travel, Weights weights) {
        Map<PlanningShift, Tail> tails = new IdentityHashMap<>();
        Set<PlanningVisit> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlanningShift shift : model.shifts()) {
            Tail tail = new Tail(shift.shift());
            for (PlanningVisit visit : shift.visits()) {
                append(tail, visit.visit(), earliest(tail, visit.visit(), travel));
                placed.add(visit);
            }
            tails.put(shift, tail);
        }
        List<PlanningVisit> waiting = model.visits().stream()
                .filter(visit -> !placed.contains(visit))
                .sorted(Comparator.comparingLong(
                                (PlanningVisit visit) -> visit.visit().windowStart())
                        .thenComparing(PlanningVisit::id))
                .toList();
        for (PlanningVisit visit : waiting) {
            if (placed.contains(visit)) {
                continue;
            }
            List<PlanningVisit> group = visit.syncGroup();
            List<PlanningVisit> parts = group == null ? List.of(visit) : group;
            placeTogether(model, tails, parts, travel, weights);
            placed.addAll(parts);
        }
    }

    /**
     * Chooses a shift for every part (different shifts for parts of one group), lines their starts
     * up and appends them all, or leaves them all out when any part fits nowhere.
     */
    private static void placeTogether(
            RoutePlan model,
            Map<PlanningShift, Tail> tails,
            List<PlanningVisit> parts,
            TravelMatrix travel,
            Weights weights) {
        int n = parts.size();
        List<PlanningShift> chosen = new ArrayList<>(n);
        long[] ready = new long[n];
        List<Visit.Sync> syncs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Visit visit = parts.get(k).visit();
            PlanningShift best = null;
            long bestCost = Long.MAX_VALUE;
            for (PlanningShift shift : model.shifts()) {
                long cost = chosen.contains(shift)
                        ? Long.MAX_VALUE
                        : cost(shift.shift(), tails.get(shift), visit, travel, weights);
                if (cost < bestCost) {
                    bestCost = cost;
                    best = shift;
                }
            }
            if (best == null) {
                return;
            }
            chosen.add(best);
            ready[k] = earliest(tails.get(best), visit, travel);
            if (n > 1) {
                syncs.add(SyncedStarts.gaps(parts.get(k)));
            }
        }
        long[] starts = n > 1 ? SyncedStarts.relax(ready, syncs) : ready;
        for (int k = 0; k < n; k++) {
            Visit visit = parts.get(k).visit();
            Shift shift = chosen.get(k).shift();
            boolean late = visit.strictWindow() && starts[k] > visit.windowEnd();
            boolean overrun =
                    starts[k] + visit.duration() + travel.time(visit.location(), shift.endLocation()) > shift.until();
            if (late || overrun) {
                return;
            }
        }
        for (int k = 0; k < n; k++) {
            chosen.get(k).visits().add(parts.get(k));
            append(tails.get(chosen.get(k)), parts.get(k).visit(), starts[k]);
        }
    }

    /** What appending costs, lateness first and then travel, or {@link Long#MAX_VALUE} when a hard rule forbids it. */
    private static long cost(Shift shift, @Nullable Tail tail, Visit visit, TravelMatrix travel, Weights weights) {
        if (tail == null
                || !ShiftFit.allows(shift, visit)
                || (visit.sync() != null && tail.groups.contains(visit.sync().group()))
                || (visit.demand() > 0 && tail.load + visit.demand() > shift.capacity())) {
            return Long.MAX_VALUE;
        }
        long drive = travel.time(tail.place, visit.location());
        long start = earliest(tail, visit, travel);
        long late = Math.max(0, start - visit.windowEnd());
        if (visit.strictWindow() && late > 0) {
            return Long.MAX_VALUE;
        }
        long home = start + visit.duration() + travel.time(visit.location(), shift.endLocation());
        if (home > shift.until()) {
            return Long.MAX_VALUE;
        }
        // On time beats late, whatever the journey. Among those on time, the journey and a stranger
        // cost what the problem's weights say (in the provider's day a stranger costs as much as ten
        // minutes' more driving), so someone the person knows goes unless they live much further
        // away. For a late start, the least late. Charging for waiting instead would favour workers
        // already busy until the window opens, and make them late for everything after.
        if (late > 0) {
            return LATE + late;
        }
        boolean stranger = !visit.preferredWorkerIds().isEmpty()
                && !visit.preferredWorkerIds().contains(shift.workerId());
        return drive * Math.max(1, weights.travelTime()) + (stranger ? weights.continuity() : 0);
    }

    private static long earliest(@Nullable Tail tail, Visit visit, TravelMatrix travel) {
        if (tail == null) {
            throw new IllegalStateException("Every shift has a tail");
        }
        return Math.max(tail.free + travel.time(tail.place, visit.location()), visit.windowStart());
    }

    private static void append(@Nullable Tail tail, Visit visit, long start) {
        if (tail == null) {
            throw new IllegalStateException("Every shift has a tail");
        }
        tail.free = start + visit.duration();
        tail.place = visit.location();
        tail.load += visit.demand();
        if (visit.sync() != null) {
            tail.groups.add(visit.sync().group());
        }
    }
}
