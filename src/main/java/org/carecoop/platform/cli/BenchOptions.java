package org.carecoop.platform.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The {@code --name value} options after the benchmark's name. */
public final class BenchOptions {

    private final Map<String, String> values;

    private BenchOptions(Map<String, String> values) {
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException for an argument that is not {@code --name value} or {@code
     *     --name=value}
     */
    public static BenchOptions parse(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (!argument.startsWith("--") || argument.length() < 3) {
                throw new IllegalArgumentException("Expected --option value, found " + argument);
            }
            String name = argument.substring(2);
            if (name.contains("=")) {
                values.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
                values.put(name, arguments.get(++i));
            } else {
                values.put(name, "true");
            }
        }
        return new BenchOptions(values);
    }

    public String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** @throws IllegalArgumentException when the value is not a whole number of at least 1 */
    public int positive(String name, int fallback) {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException("--" + name + " must be at least 1, was " + value);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, was " + value);
        }
    }
}
