package org.carecoop.platform.cli;

import java.util.List;

/**
 * Something the jar does when started with {@code java -jar carecoop.jar <name> [arguments]}, in an
 * application context without a web server. Modules contribute commands as beans.
 */
public interface Command {

    /** The first command-line argument that selects this command. */
    String name();

    /**
     * Runs the command and returns the process exit code. What it prints goes to standard output.
     */
    int run(List<String> arguments) throws Exception;
}
