package org.carecoop.platform.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code bench <name> [--options]}: runs one benchmark and prints its RESULT line last. */
@Component
class BenchCommand implements Command {

    private final List<Benchmark> benchmarks;

    BenchCommand(List<Benchmark> benchmarks) {
        this.benchmarks = benchmarks;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        if (arguments.isEmpty()) {
            System.out.println("Usage: bench <name> [--option value …]. Benchmarks:");
            benchmarks.forEach(b -> System.out.println("  " + b.name() + " — " + b.description()));
            return 2;
        }
        String name = arguments.get(0);
        Benchmark benchmark = benchmarks.stream()
                .filter(b -> b.name().equals(name))
                .findFirst()
                .orElse(null);
        if (benchmark == null) {
            System.out.println("No benchmark named " + name + ". Known: "
                    + benchmarks.stream().map(Benchmark::name).collect(Collectors.joining(", ")));
            return 2;
        }
        Map<String, String> figures = benchmark.run(BenchOptions.parse(arguments.subList(1, arguments.size())));
        System.out.println(resultLine(name, figures));
        return 0;
    }

    static String resultLine(String name, Map<String, String> figures) {
        return figures.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" ", "RESULT " + name + " ", ""))
                .strip();
    }
}
