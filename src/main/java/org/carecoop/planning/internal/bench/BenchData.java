package org.carecoop.planning.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.carecoop.platform.cli.BenchOptions;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where a benchmark's instances come from ({@code --data} as a folder or a single instance file) and
 * where its solutions go ({@code --solutions DIR}), shared by the published-instance benchmarks.
 */
final class BenchData {

    private final Path data;
    private final @Nullable Path solutions;
    private final JsonMapper json;

    BenchData(BenchOptions options, String defaultData, JsonMapper json) throws IOException {
        this.data = Path.of(options.text("data", defaultData));
        if (!Files.exists(data)) {
            throw new IllegalArgumentException("No benchmark data at " + data.toAbsolutePath());
        }
        String target = options.text("solutions", "");
        this.solutions = target.isEmpty() ? null : Path.of(target);
        if (solutions != null) {
            Files.createDirectories(solutions);
        }
        this.json = json;
    }

    /** The folder the reference tables are in: {@code --data} itself, or the folder of its file. */
    Path folder() {
        Path parent = data.toAbsolutePath().getParent();
        return Files.isDirectory(data) || parent == null ? data : parent;
    }

    /** The instance files with this suffix that {@code wanted} accepts, by name; or the one file given. */
    List<Path> instances(String suffix, Predicate<Path> wanted) throws IOException {
        if (Files.isRegularFile(data)) {
            return List.of(data);
        }
        try (Stream<Path> files = Files.list(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .filter(wanted)
                    .sorted()
                    .toList();
        }
    }

    /** Writes {@code solution} as {@code <instance>.json} when {@code --solutions} was given. */
    void write(String instance, Object solution) throws IOException {
        if (solutions != null) {
            json.writerWithDefaultPrettyPrinter()
                    .writeValue(solutions.resolve(instance + ".json").toFile(), solution);
        }
    }

    /** The comma-separated values of an option, or none when it is missing or empty. */
    static List<String> list(BenchOptions options, String name) {
        return Arrays.stream(options.text(name, "").split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** How an instance's line ends: {@code feasible}, or how many rules it breaks and the first. */
    static String verdict(List<String> violations) {
        return violations.isEmpty()
                ? " feasible"
                : " INFEASIBLE (" + violations.size() + " violations, first: " + violations.get(0) + ")";
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    }
}
