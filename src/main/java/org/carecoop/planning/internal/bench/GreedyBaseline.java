package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;

/**
 * What a co-ordinator might do by hand, as the yardstick for the planner on a provider's day: take
 * the visits in order of when they can start and give each to the nearest worker who is free, able
 * and allowed to do it and can still get home before the shift ends (a double-up to the two nearest
 * such workers, starting together). Visits nobody can take are left unassigned.
 */
final class GreedyBaseline {

    private GreedyBaseline() {}

    /** Where a shift has got to: its last place and when it is free. */
    private static final class Progress {
        final Shift shift;
        final List<Plan.Stop> stops = new ArrayList<>();
        int at;
        long free;

        Progress(Shift shift) {
            this.shift = shift;
            this.at = shift.startLocation();
            this.free = shift.from();
        }
    }

    /** A worker who could take a visit, and when. */
    private record Option(Progress progress, long travel, long start) {}

    static Plan plan(PlanningProblem problem) {
        List<Progress> shifts = problem.shifts().stream().map(Progress::new).toList();
        Map<String, List<Visit>> jobs = new LinkedHashMap<>();
        problem.visits().stream()
                .sorted(Comparator.comparingLong(Visit::windowStart).thenComparing(Visit::id))
                .forEach(v -> jobs.computeIfAbsent(
                                v.sync() == null ? v.id() : v.sync().group(), g -> new ArrayList<>())
                        .add(v));
        List<String> unassigned = new ArrayList<>();
        for (List<Visit> parts : jobs.values()) {
            List<Option> chosen = new ArrayList<>();
            for (Visit part : parts) {
                Option option = nearest(problem, part, shifts, chosen);
                if (option == null) {
                    break;
                }
                chosen.add(option);
            }
            long start = chosen.stream().mapToLong(Option::start).max().orElse(0);
            boolean fits = chosen.size() == parts.size()
                    && !(parts.get(0).strictWindow() && start > parts.get(0).windowEnd())
                    && chosen.stream().allMatch(o -> getsHome(problem, o.progress(), parts.get(0), start));
            if (!fits) {
                parts.forEach(p -> unassigned.add(p.id()));
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                Progress progress = chosen.get(i).progress();
                progress.stops.add(new Plan.Stop(parts.get(i).id(), start));
                progress.at = parts.get(i).location();
                progress.free = start + parts.get(i).duration();
            }
        }
        List<Plan.Route> routes =
                shifts.stream().map(p -> new Plan.Route(p.shift.id(), p.stops)).toList();
        return new Plan(problem.name(), routes, unassigned, "greedy baseline");
    }

    /** The nearest suitable shift not already chosen for another part, or null when there is none. */
    private static @Nullable Option nearest(
            PlanningProblem problem, Visit visit, List<Progress> shifts, List<Option> taken) {
        Set<String> busy = new HashSet<>();
        taken.forEach(o -> busy.add(o.progress().shift.workerId()));
        Option best = null;
        for (Progress progress : shifts) {
            Shift shift = progress.shift;
            if (busy.contains(shift.workerId())
                    || !shift.skills().containsAll(visit.requiredSkills())
                    || shift.tier() < visit.minTier()
                    || visit.excludedWorkerIds().contains(shift.workerId())) {
                continue;
            }
            long travel = problem.travel().time(progress.at, visit.location());
            long start = Math.max(progress.free + travel, visit.windowStart());
            if (!getsHome(problem, progress, visit, start) || (visit.strictWindow() && start > visit.windowEnd())) {
                continue;
            }
            // On time beats late; then the shorter journey.
            if (best == null || better(visit, start, travel, best)) {
                best = new Option(progress, travel, start);
            }
        }
        return best;
    }

    private static boolean better(Visit visit, long start, long travel, Option than) {
        boolean onTime = start <= visit.windowEnd();
        boolean thanOnTime = than.start() <= visit.windowEnd();
        if (onTime != thanOnTime) {
            return onTime;
        }
        return onTime ? travel < than.travel() : start < than.start();
    }

    private static boolean getsHome(PlanningProblem problem, Progress progress, Visit visit, long start) {
        long home = start + visit.duration() + problem.travel().time(visit.location(), progress.shift.endLocation());
        return start >= progress.free + problem.travel().time(progress.at, visit.location())
                && home <= progress.shift.until();
    }
}
