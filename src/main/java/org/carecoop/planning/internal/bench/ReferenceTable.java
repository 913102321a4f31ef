package org.carecoop.planning.internal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tab-separated table of published values keyed by its {@code instance} column, such as {@code
 * best-known.tsv} and {@code reference-costs.tsv}. Lines starting with {@code #} are notes.
 */
final class ReferenceTable {

    private final Map<String, Map<String, String>> rows;

    private ReferenceTable(Map<String, Map<String, String>> rows) {
        this.rows = rows;
    }

    static ReferenceTable empty() {
        return new ReferenceTable(Map.of());
    }

    /** The table in {@code file}, or an empty one when there is no such file. */
    static ReferenceTable readIfPresent(Path file) throws IOException {
        return Files.isRegularFile(file) ? parse(Files.readString(file, StandardCharsets.UTF_8)) : empty();
    }

    static ReferenceTable parse(String text) {
        List<String> lines =
                text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        Map<String, Map<String, String>> rows = new HashMap<>();
        if (lines.isEmpty()) {
            return new ReferenceTable(rows);
        }
        String[] header = lines.get(0).split("\t", -1);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                row.put(header[i].strip(), cells[i].strip());
            }
            rows.put(row.getOrDefault("instance", ""), row);
        }
        return new ReferenceTable(rows);
    }

    /** The number in {@code column} for {@code instance}, if the table has one. */
    Optional<Double> number(String instance, String column) {
        String value = rows.getOrDefault(instance, Map.of()).get(column);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
