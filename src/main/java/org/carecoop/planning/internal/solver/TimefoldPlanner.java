package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.carecoop.planning.Plan;
import org.carecoop.planning.Planner;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The {@link Planner} the product and the benchmarks use: turns the neutral problem into the
 * Timefold model, starts from the given plan when there is one, solves on the calling thread within
 * the limits and turns the best solution back into a {@link Plan}.
 */
@Component
class TimefoldPlanner implements Planner {

    private static final long STOP_POLL_MILLIS = 100;

    /** The least time the search gets, however long building the model took. */
    private static final Duration MINIMUM_SEARCH = Duration.ofMillis(100);

    /** At most this much of the limit is kept back for turning the solution into a plan (a fiftieth below 50 s). */
    private static final Duration KEPT_BACK = Duration.ofSeconds(1);

    private final SolverFactory<RoutePlan> constructAndImprove = SolverFactory.create(SolverSettings.config(true));
    private final SolverFactory<RoutePlan> improveOnly = SolverFactory.create(SolverSettings.config(false));

    @Override
    public Plan solve(PlanningProblem problem, @Nullable Plan warmStart, Limits limits, Consumer<Progress> progress) {
        long entered = System.nanoTime();
        RoutePlan start = model(problem);
        if (warmStart != null) {
            warmStart(start, warmStart);
        }
        placePinned(start);
        boolean large = GreedyStart.large(start);
        if (large) {
            GreedyStart.place(start, problem.travel(), problem.weights());
        }
        // Shadow variables are only set once solving starts, so count the lists themselves.
        boolean complete =
                start.shifts().stream().mapToInt(shift -> shift.visits().size()).sum()
                        == start.visits().size();
        SolverFactory<RoutePlan> factory = complete || large ? improveOnly : constructAndImprove;
        // The limit is for the whole answer: building the model and the quick start come out of it,
        // and a little is kept back for turning the solution into a plan.
        Duration fiftieth = limits.spent().dividedBy(50);
        Duration keptBack = fiftieth.compareTo(KEPT_BACK) < 0 ? fiftieth : KEPT_BACK;
        Duration left = limits.spent()
                .minus(keptBack)
                .minusMillis((System.nanoTime() - entered) / 1_000_000)
                .truncatedTo(ChronoUnit.MILLIS);
        Duration searching = left.compareTo(MINIMUM_SEARCH) < 0 ? MINIMUM_SEARCH : left;
        TerminationConfig termination = new TerminationConfig().withSpentLimit(searching);
        if (limits.unimproved() != null) {
            termination.setUnimprovedSpentLimit(limits.unimproved());
        }
        Solver<RoutePlan> solver =
                factory.buildSolver(new SolverConfigOverride<RoutePlan>().withTerminationConfig(termination));
        long started = System.nanoTime();
        solver.addEventListener(event -> progress.accept(new Progress(
                Duration.ofNanos(System.nanoTime() - started), String.valueOf(event.getNewBestScore()), (int)
                        event.getNewBestSolution().unassigned())));
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "planner-stop-" + problem.name());
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(
                () -> {
                    if (limits.stop().getAsBoolean()) {
                        solver.terminateEarly();
                    }
                },
                0,
                STOP_POLL_MILLIS,
                TimeUnit.MILLISECONDS);
        try {
            return plan(problem, RouteElimination.within(problem.travel(), searching, () -> solver.solve(start)));
        } finally {
            watcher.shutdownNow();
        }
    }

    static RoutePlan model(PlanningProblem problem) {
        List<PlanningShift> shifts =
                problem.shifts().stream().map(PlanningShift::new).collect(Collectors.toCollection(ArrayList::new));
        List<PlanningVisit> visits = problem.visits().stream()
                .map(visit -> new PlanningVisit(visit, problem.travel()))
                .collect(Collectors.toCollection(ArrayList::new));
        Map<String, List<PlanningVisit>> groups = new LinkedHashMap<>();
        for (PlanningVisit visit : visits) {
            Visit.Sync sync = visit.visit().sync();
            if (sync != null) {
                groups.computeIfAbsent(sync.group(), group -> new ArrayList<>()).add(visit);
            }
        }
        for (List<PlanningVisit> group : groups.values()) {
            group.sort(Comparator.comparingInt(part ->
                    part.visit().sync() == null ? 0 : part.visit().sync().order()));
            List<PlanningVisit> parts = List.copyOf(group);
            List<Visit.Sync> gaps = parts.stream().map(SyncedStarts::gaps).toList();
            parts.forEach(part -> part.joinGroup(parts, gaps));
        }
        return new RoutePlan(shifts, visits, RuleWeights.of(problem));
    }

    /** Puts the visits the plan names on its shifts in its order; visits it does not name stay out. */
    static void warmStart(RoutePlan model, Plan plan) {
        Map<String, PlanningShift> shifts = byId(model.shifts(), PlanningShift::id);
        Map<String, PlanningVisit> visits = byId(model.visits(), PlanningVisit::id);
        Set<String> placed = new HashSet<>();
        for (Plan.Route route : plan.routes()) {
            PlanningShift shift = shifts.get(route.shiftId());
            if (shift == null) {
                continue;
            }
            for (Plan.Stop stop : route.stops()) {
                PlanningVisit visit = visits.get(stop.visitId());
                if (visit != null && placed.add(visit.id())) {
                    shift.visits().add(visit);
                }
            }
        }
    }

    /** Moves each pinned visit onto its shift, among that shift's visits by window start. */
    static void placePinned(RoutePlan model) {
        Map<String, PlanningShift> shifts = byId(model.shifts(), PlanningShift::id);
        for (PlanningVisit visit : model.visits()) {
            String pinned = visit.visit().pinnedShiftId();
            PlanningShift target = pinned == null ? null : shifts.get(pinned);
            if (target == null || target.visits().contains(visit)) {
                continue;
            }
            model.shifts().forEach(shift -> shift.visits().remove(visit));
            List<PlanningVisit> list = target.visits();
            int at = 0;
            while (at < list.size()
                    && list.get(at).visit().windowStart() <= visit.visit().windowStart()) {
                at++;
            }
            list.add(at, visit);
        }
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }

    static Plan plan(PlanningProblem problem, RoutePlan solved) {
        if (unplanOrphans(solved)) {
            VisitTimes.timeAll(solved);
        }
        List<Plan.Route> routes = new ArrayList<>();
        for (PlanningShift shift : solved.shifts()) {
            if (shift.visits().isEmpty()) {
                continue;
            }
            List<Plan.Stop> stops = shift.visits().stream()
                    .map(visit -> new Plan.Stop(visit.id(), startOrWindow(visit)))
                    .toList();
            routes.add(new Plan.Route(shift.id(), stops));
        }
        List<String> unassigned = solved.visits().stream()
                .filter(visit -> !visit.assigned())
                .map(PlanningVisit::id)
                .toList();
        return new Plan(problem.name(), routes, unassigned, String.valueOf(solved.score()));
    }

    /**
     * Takes every part of a half-planned group off its shift, so a double-up is planned whole or not
     * at all whatever the solver's best plan was when it stopped. Taking a visit out only lets the
     * rest of its shift arrive earlier or on time, so the times worked out again afterwards keep
     * every window and gap the plan kept.
     *
     * @return whether any part was taken off
     */
    static boolean unplanOrphans(RoutePlan plan) {
        Set<PlanningVisit> planned = Collections.newSetFromMap(new IdentityHashMap<>());
        plan.shifts().forEach(shift -> planned.addAll(shift.visits()));
        Set<PlanningVisit> orphans = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PlanningVisit visit : planned) {
            List<PlanningVisit> group = visit.syncGroup();
            if (group != null && !planned.containsAll(group)) {
                orphans.add(visit);
            }
        }
        plan.shifts().forEach(shift -> shift.visits().removeAll(orphans));
        return !orphans.isEmpty();
    }

    /** Parts left waiting on each other in a loop have no start; the plan is infeasible anyway. */
    private static long startOrWindow(PlanningVisit visit) {
        Long start = visit.start();
        return start != null ? start : visit.visit().windowStart();
    }
}
