package org.carecoop.planning.internal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanCheck;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.Planner;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.platform.cli.BenchOptions;
import org.carecoop.platform.cli.Benchmark;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code bench provider-day [--workers 300] [--visits 2500] [--seed 1] [--seconds 60]}: plans a
 * synthetic provider's day ({@link ProviderDay}) and judges it with {@link PlanChecker} against a
 * greedy nearest-available baseline ({@link GreedyBaseline}): feasible, how long it took, the most
 * heap used while planning, and travel, lateness and continuity against the baseline.
 */
@Component
class ProviderDayBenchmark implements Benchmark {

    private final ObjectProvider<Planner> planner;

    ProviderDayBenchmark(ObjectProvider<Planner> planner) {
        this.planner = planner;
    }

    @Override
    public String name() {
        return "provider-day";
    }

    @Override
    public String description() {
        return "a synthetic provider's day against a greedy baseline (--workers --visits --seed --seconds)";
    }

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        int workers = options.positive("workers", 300);
        int visits = options.positive("visits", 2500);
        int seed = options.positive("seed", 1);
        int seconds = options.positive("seconds", 60);
        PlanningProblem problem = ProviderDay.generate(workers, visits, seed);
        PlanCheck baseline = PlanChecker.check(problem, GreedyBaseline.plan(problem));
        System.out.println(line("baseline", baseline));
        Planner solver = planner.getObject();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        Plan plan = solver.solve(problem, null, Planner.Limits.of(Duration.ofSeconds(seconds)), p -> {});
        double took = (System.nanoTime() - started) / 1e9;
        long peak =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        PlanCheck planned = PlanChecker.check(problem, plan);
        boolean feasible = planned.feasible() && planned.unassigned() == 0;
        System.out.println(line("planner", planned)
                + (planned.feasible() && !feasible
                        ? " INCOMPLETE (" + planned.unassigned() + " visits unassigned)"
                        : BenchData.verdict(planned.violations())));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("workers", String.valueOf(workers));
        figures.put("visits", String.valueOf(problem.visits().size()));
        figures.put("feasible", feasible ? "yes" : "no");
        figures.put("unassigned", String.valueOf(planned.unassigned()));
        figures.put("seconds", BenchData.fixed(took, 1));
        figures.put("heap_peak_mb", String.valueOf(peak / (1024 * 1024)));
        figures.put("travel_h", BenchData.fixed(planned.travelTime() / 3600.0, 1));
        figures.put("baseline_travel_h", BenchData.fixed(baseline.travelTime() / 3600.0, 1));
        figures.put("lateness_min", BenchData.fixed(planned.totalLateness() / 60.0, 0));
        figures.put("baseline_lateness_min", BenchData.fixed(baseline.totalLateness() / 60.0, 0));
        figures.put("baseline_unassigned", String.valueOf(baseline.unassigned()));
        return figures;
    }

    private static String line(String label, PlanCheck check) {
        return String.format(
                Locale.ROOT,
                "%-8s unassigned=%d shifts_used=%d travel_h=%.1f distance_km=%.1f lateness_min=%.0f "
                        + "max_lateness_min=%.0f continuity_misses=%d overtime_min=%.0f",
                label,
                check.unassigned(),
                check.shiftsUsed(),
                check.travelTime() / 3600.0,
                check.travelDistance() / 1000.0,
                check.totalLateness() / 60.0,
                check.maxLateness() / 60.0,
                check.continuityMisses(),
                check.overtime() / 60.0);
    }
}
