package org.carecoop.planning.internal.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.planning.Plan;
import org.carecoop.planning.Planner;
import org.carecoop.platform.cli.BenchOptions;
import org.carecoop.platform.cli.Benchmark;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench mankowska [--data DIR|FILE] [--sizes 10,25,…] [--seconds 10] [--solutions DIR]}:
 * plans each home-care instance with the {@link Planner} and judges the result only with {@link
 * MankowskaChecker} on the raw instance, against the published costs in {@code
 * reference-costs.tsv}.
 */
@Component
class MankowskaBenchmark implements Benchmark {

    /** Instance files are named like {@code InstanzCPLEX_HCSRP_10_1.json}: patients, then number. */
    private static final Pattern SIZE = Pattern.compile("_(\\d+)_\\d+\\.json$");

    private static final String REFERENCE = "mankowska_objective_(sum/3)";

    private final ObjectProvider<Planner> planner;
    private final JsonMapper json;

    MankowskaBenchmark(ObjectProvider<Planner> planner, JsonMapper json) {
        this.planner = planner;
        this.json = json;
    }

    @Override
    public String name() {
        return "mankowska";
    }

    @Override
    public String description() {
        return "Mankowska home care with synchronised services against published costs "
                + "(--data --sizes --seconds --solutions)";
    }

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        BenchData data = new BenchData(options, "../shared/bench/hhc/mankowska", json);
        List<String> sizes = BenchData.list(options, "sizes");
        int seconds = options.positive("seconds", 10);
        ReferenceTable references = ReferenceTable.readIfPresent(data.folder().resolve("reference-costs.tsv"));
        List<Path> files = data.instances(".json", f -> {
            Matcher size = SIZE.matcher(f.getFileName().toString());
            return sizes.isEmpty() || (size.find() && sizes.contains(size.group(1)));
        });
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No Mankowska instance of sizes " + sizes + " in "
                    + data.folder().toAbsolutePath());
        }
        Planner solver = planner.getObject();
        int infeasible = 0;
        double gapSum = 0;
        int compared = 0;
        for (Path file : files) {
            MankowskaInstance read = MankowskaInstance.read(file, json);
            MankowskaInstance instance = read.name().isEmpty()
                    ? new MankowskaInstance(BenchData.stem(file), read.distances(), read.caregivers(), read.patients())
                    : read;
            Plan plan = solver.solve(
                    MankowskaAdapter.problem(instance), null, Planner.Limits.of(Duration.ofSeconds(seconds)), p -> {});
            MankowskaSolution solution = MankowskaAdapter.solution(instance, plan);
            data.write(instance.name(), solution);
            MankowskaChecker.Verdict verdict = MankowskaChecker.check(instance, solution);
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-24s objective=%.3f travel=%.3f tardiness=%.3f max_tardiness=%.3f",
                    instance.name(),
                    verdict.objective(),
                    verdict.travel(),
                    verdict.totalTardiness(),
                    verdict.maxTardiness()));
            Optional<Double> reference = references.number(instance.name(), REFERENCE);
            if (reference.isPresent()) {
                double gap = 100 * (verdict.objective() - reference.get()) / reference.get();
                line.append(String.format(Locale.ROOT, " reference=%.3f gap_pct=%.2f", reference.get(), gap));
                if (verdict.feasible()) {
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
        figures.put("mean_gap_pct", compared == 0 ? "n/a" : BenchData.fixed(gapSum / compared, 2));
        return figures;
    }
}
