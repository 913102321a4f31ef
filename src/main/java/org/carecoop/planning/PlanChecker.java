package org.carecoop.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Judges any {@link Plan} against its {@link PlanningProblem} without the solver: it walks each
 * route itself (the worker leaves the shift's start place at {@link Shift#from()}, travels, waits
 * for the window to open, and must be back by {@link Shift#until()}), checks every hard rule and adds
 * up the costs. Co-ordinators and benchmarks trust a plan only as far as this class does, so it
 * shares no code with the planner and never reads the solver's score.
 */
public final class PlanChecker {

    private PlanChecker() {}

    /** A visit as the checker placed it: on which shift and when its service starts and ends. */
    private record Placed(Visit visit, Shift shift, long start) {

        long end() {
            return start + visit.duration();
        }
    }

    /** Running totals while walking the routes. */
    private static final class Tally {
        final List<String> violations = new ArrayList<>();
        int shiftsUsed;
        long travelTime;
        long travelDistance;
        long totalLateness;
        long maxLateness;
        int continuityMisses;
        long overtime;
    }

    public static PlanCheck check(PlanningProblem problem, Plan plan) {
        Map<String, Visit> visits = new LinkedHashMap<>();
        problem.visits().forEach(v -> visits.put(v.id(), v));
        Map<String, Shift> shifts = new HashMap<>();
        problem.shifts().forEach(s -> shifts.put(s.id(), s));
        Tally tally = new Tally();
        Map<String, Placed> placed = new LinkedHashMap<>();
        Set<String> routedShifts = new HashSet<>();
        for (Plan.Route route : plan.routes()) {
            Shift shift = shifts.get(route.shiftId());
            if (shift == null) {
                tally.violations.add("Route for unknown shift " + route.shiftId() + ".");
                continue;
            }
            if (!routedShifts.add(shift.id())) {
                tally.violations.add("Shift " + shift.id() + " has more than one route.");
            }
            walk(problem.travel(), shift, route, visits, placed, tally);
        }
        Set<String> unassigned = checkUnassignedList(plan, visits, placed, tally.violations);
        checkPinned(visits.values(), placed, tally.violations);
        checkGroups(visits.values(), placed, tally.violations);
        int changed = 0;
        for (Visit visit : visits.values()) {
            Placed where = placed.get(visit.id());
            if (visit.currentShiftId() != null
                    && (where == null || !where.shift().id().equals(visit.currentShiftId()))) {
                changed++;
            }
        }
        return new PlanCheck(
                tally.violations,
                unassigned.size(),
                tally.shiftsUsed,
                tally.travelTime,
                tally.travelDistance,
                tally.totalLateness,
                tally.maxLateness,
                tally.continuityMisses,
                changed,
                tally.overtime);
    }

    private static void walk(
            TravelMatrix travel,
            Shift shift,
            Plan.Route route,
            Map<String, Visit> visits,
            Map<String, Placed> placed,
            Tally tally) {
        int at = shift.startLocation();
        long now = shift.from();
        long load = 0;
        int made = 0;
        for (Plan.Stop stop : route.stops()) {
            Visit visit = visits.get(stop.visitId());
            if (visit == null) {
                tally.violations.add("Shift " + shift.id() + " makes unknown visit " + stop.visitId() + ".");
                continue;
            }
            if (placed.containsKey(visit.id())) {
                tally.violations.add(
                        "Visit " + visit.id() + " is planned more than once (again on shift " + shift.id() + ").");
                continue;
            }
            made++;
            placed.put(visit.id(), new Placed(visit, shift, stop.start()));
            tally.travelTime += travel.time(at, visit.location());
            tally.travelDistance += travel.distance(at, visit.location());
            long earliest = Math.max(now + travel.time(at, visit.location()), visit.windowStart());
            if (stop.start() < earliest) {
                tally.violations.add("Visit " + visit.id() + " on shift " + shift.id() + " starts at " + stop.start()
                        + " but cannot start before " + earliest + ".");
            }
            checkSuitable(visit, shift, tally);
            long late = Math.max(0, stop.start() - visit.windowEnd());
            if (late > 0 && visit.strictWindow()) {
                tally.violations.add("Visit " + visit.id() + " on shift " + shift.id() + " starts " + late
                        + " after its window closes.");
            }
            tally.totalLateness += late;
            tally.maxLateness = Math.max(tally.maxLateness, late);
            if (!visit.preferredWorkerIds().isEmpty()
                    && !visit.preferredWorkerIds().contains(shift.workerId())) {
                tally.continuityMisses++;
            }
            load += visit.demand();
            // The plan's start stands even when it waits longer than needed (for a partner, say).
            now = Math.max(stop.start(), earliest) + visit.duration();
            at = visit.location();
        }
        if (made == 0) {
            return;
        }
        tally.shiftsUsed++;
        tally.travelTime += travel.time(at, shift.endLocation());
        tally.travelDistance += travel.distance(at, shift.endLocation());
        long back = now + travel.time(at, shift.endLocation());
        if (back > shift.until()) {
            tally.violations.add(
                    "Shift " + shift.id() + " gets back at " + back + ", after it ends at " + shift.until() + ".");
        }
        tally.overtime += Math.max(0, back - shift.preferredUntil());
        if (load > shift.capacity()) {
            tally.violations.add("Shift " + shift.id() + " carries " + load + ", more than its capacity of "
                    + shift.capacity() + ".");
        }
    }

    private static void checkSuitable(Visit visit, Shift shift, Tally tally) {
        if (!shift.skills().containsAll(visit.requiredSkills())) {
            Set<String> missing = new java.util.TreeSet<>(visit.requiredSkills());
            missing.removeAll(shift.skills());
            tally.violations.add("Visit " + visit.id() + " needs " + String.join(", ", missing) + ", which shift "
                    + shift.id() + " lacks.");
        }
        if (shift.tier() < visit.minTier()) {
            tally.violations.add("Visit " + visit.id() + " needs tier " + visit.minTier() + " but shift " + shift.id()
                    + " is tier " + shift.tier() + ".");
        }
        if (visit.excludedWorkerIds().contains(shift.workerId())) {
            tally.violations.add("Visit " + visit.id() + " goes to worker " + shift.workerId() + " on shift "
                    + shift.id() + ", who is excluded.");
        }
    }

    private static Set<String> checkUnassignedList(
            Plan plan, Map<String, Visit> visits, Map<String, Placed> placed, List<String> violations) {
        Set<String> listed = new HashSet<>();
        for (String id : plan.unassignedVisitIds()) {
            if (!visits.containsKey(id)) {
                violations.add("Unassigned list names unknown visit " + id + ".");
            } else if (!listed.add(id)) {
                violations.add("Unassigned list names visit " + id + " more than once.");
            } else if (placed.containsKey(id)) {
                violations.add("Visit " + id + " is both planned and listed as unassigned.");
            }
        }
        Set<String> unassigned = new HashSet<>();
        for (String id : visits.keySet()) {
            if (!placed.containsKey(id)) {
                unassigned.add(id);
                if (!listed.contains(id)) {
                    violations.add("Visit " + id + " is in no route and missing from the unassigned list.");
                }
            }
        }
        return unassigned;
    }

    private static void checkPinned(Iterable<Visit> visits, Map<String, Placed> placed, List<String> violations) {
        for (Visit visit : visits) {
            String pinned = visit.pinnedShiftId();
            if (pinned == null) {
                continue;
            }
            Placed where = placed.get(visit.id());
            if (where == null) {
                violations.add("Visit " + visit.id() + " is pinned to shift " + pinned + " but left unassigned.");
            } else if (!where.shift().id().equals(pinned)) {
                violations.add("Visit " + visit.id() + " is pinned to shift " + pinned + " but planned on shift "
                        + where.shift().id() + ".");
            }
        }
    }

    private static void checkGroups(Iterable<Visit> visits, Map<String, Placed> placed, List<String> violations) {
        Map<String, List<Visit>> groups = new LinkedHashMap<>();
        for (Visit visit : visits) {
            if (visit.sync() != null) {
                groups.computeIfAbsent(visit.sync().group(), g -> new ArrayList<>())
                        .add(visit);
            }
        }
        for (Map.Entry<String, List<Visit>> group : groups.entrySet()) {
            List<Visit> parts = group.getValue();
            parts.sort(Comparator.comparingInt(v -> syncOf(v).order()));
            long planned =
                    parts.stream().filter(v -> placed.containsKey(v.id())).count();
            if (planned > 0 && planned < parts.size()) {
                violations.add("Group " + group.getKey() + " has only " + planned + " of its " + parts.size()
                        + " parts planned.");
            }
            for (int k = 1; k < parts.size(); k++) {
                Placed before = placed.get(parts.get(k - 1).id());
                Placed after = placed.get(parts.get(k).id());
                if (before == null || after == null) {
                    continue;
                }
                Visit.Sync sync = syncOf(after.visit());
                long gap = after.start() - before.start();
                if (gap < sync.minGap() || gap > sync.maxGap()) {
                    violations.add("Visit " + after.visit().id() + " starts " + gap + " after "
                            + before.visit().id() + " in group " + group.getKey() + ", outside "
                            + sync.minGap() + " to " + sync.maxGap() + ".");
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                for (int j = i + 1; j < parts.size(); j++) {
                    Placed a = placed.get(parts.get(i).id());
                    Placed b = placed.get(parts.get(j).id());
                    if (a != null
                            && b != null
                            && a.shift().workerId().equals(b.shift().workerId())
                            && a.start() < b.end()
                            && b.start() < a.end()) {
                        violations.add(
                                "Visits " + a.visit().id() + " and " + b.visit().id() + " of group "
                                        + group.getKey() + " overlap with the same worker "
                                        + a.shift().workerId()
                                        + ".");
                    }
                }
            }
        }
    }

    private static Visit.Sync syncOf(Visit visit) {
        Visit.Sync sync = visit.sync();
        if (sync == null) {
            throw new IllegalStateException("Visit " + visit.id() + " has no group");
        }
        return sync;
    }
}
