package org.carecoop.platform.cli;

import java.util.Map;

/**
 * A benchmark run by {@code java -jar carecoop.jar bench <name> [--option value …]}. Modules
 * contribute benchmarks as beans; the result's figures are printed as the last line
 * {@code RESULT <name> key=value …}.
 */
public interface Benchmark {

    String name();

    /** One line saying what is measured, for the list printed when no name is given. */
    String description();

    /**
     * Runs the benchmark, printing progress to standard output, and returns the figures for the
     * result line in the order they should be printed.
     */
    Map<String, String> run(BenchOptions options) throws Exception;
}
