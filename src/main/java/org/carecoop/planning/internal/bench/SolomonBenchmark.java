package org.carecoop.planning.internal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.carecoop.planning.Plan;
import org.carecoop.planning.Planner;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.platform.cli.BenchOptions;
import org.carecoop.platform.cli.Benchmark;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench solomon [--data DIR|FILE] [--instances C101,R101,…] [--seconds 30] [--solutions
 * DIR]}: plans each Solomon instance with the {@link Planner} and judges the result only with {@link
 * SolomonChecker} on the raw instance, against the hierarchical best-known values (fewest vehicles,
 * then distance) in {@code best-known.tsv}.
 */
@Component
class SolomonBenchmark implements Benchmark {

    private final ObjectProvider<Planner> planner;
    private final JsonMapper json;

    SolomonBenchmark(ObjectProvider<Planner> planner, JsonMapper json) {
        this.planner = planner;
        this.json = json;
    }

    @Override
    public String name() {
        return "solomon";
    }

    @Override
    public String description() {
        return "Solomon VRPTW against the best-known vehicles and distance "
                + "(--data --instances --seconds --solutions)";
    }

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        BenchData data = new BenchData(options, "../shared/bench/solomon", json);
        Set<String> wanted = BenchData.list(options, "instances").stream()
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        int seconds = options.positive("seconds", 30);
        ReferenceTable bks = ReferenceTable.readIfPresent(data.folder().resolve("best-known.tsv"));
        List<Path> files = data.instances(
                ".txt",
                f -> wanted.isEmpty() || wanted.contains(BenchData.stem(f).toUpperCase(Locale.ROOT)));
        Set<String> found = files.stream()
                .map(f -> BenchData.stem(f).toUpperCase(Locale.ROOT))
                .collect(Collectors.toSet());
        if (files.isEmpty() || (files.size() > 1 && !found.containsAll(wanted))) {
            throw new IllegalArgumentException("No Solomon instance file for "
                    + (wanted.isEmpty()
                            ? "any instance"
                            : wanted.stream().filter(w -> !found.contains(w)).toList())
                    + " in " + data.folder().toAbsolutePath());
        }
        Planner solver = planner.getObject();
        int infeasible = 0;
        long vehicles = 0;
        long bestVehicles = 0;
        double gapSum = 0;
        int compared = 0;
        for (Path file : files) {
            SolomonInstance instance = SolomonInstance.read(file);
            PlanningProblem problem = SolomonAdapter.problem(instance);
            Plan plan = solver.solve(problem, null, Planner.Limits.of(Duration.ofSeconds(seconds)), p -> {});
            SolomonSolution solution = SolomonAdapter.solution(instance, plan);
            data.write(instance.name(), solution);
            SolomonChecker.Verdict verdict = SolomonChecker.check(instance, solution);
            Optional<Double> bestV = bks.number(instance.name(), "bks_vehicles");
            Optional<Double> bestD = bks.number(instance.name(), "bks_distance");
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-8s vehicles=%d distance=%.2f",
                    instance.name(),
                    verdict.vehicles(),
                    verdict.distance()));
            if (bestV.isPresent() && bestD.isPresent()) {
                double gap = 100 * (verdict.distance() - bestD.get()) / bestD.get();
                line.append(String.format(
                        Locale.ROOT,
                        " bks_vehicles=%d bks_distance=%.2f distance_gap_pct=%.2f",
                        bestV.get().longValue(),
                        bestD.get(),
                        gap));
                if (verdict.feasible()) {
                    vehicles += verdict.vehicles();
                    bestVehicles += bestV.get().longValue();
                    gapSum += gap;
                    compared++;
                }
            }
            if (!verdict.feasible()) {
                infeasible++;
            }
            line.append(BenchData.verdict(verdict.violations()));
            System.out.println(line);
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("instances", String.valueOf(files.size()));
        figures.put("infeasible", String.valueOf(infeasible));
        figures.put(
                "vehicle_excess_pct",
                bestVehicles == 0 ? "n/a" : BenchData.fixed(100.0 * (vehicles - bestVehicles) / bestVehicles, 2));
        figures.put("mean_distance_gap_pct", compared == 0 ? "n/a" : BenchData.fixed(gapSum / compared, 2));
        return figures;
    }
}
