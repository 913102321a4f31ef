package org.carecoop.platform.cli;

import java.util.List;
import java.util.Set;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the application without a web server to run one {@link Command}. */
public final class Commands {

    /** The commands the jar knows, so that {@code main} can tell them from Spring Boot arguments. */
    private static final Set<String> NAMES = Set.of("bench", "import-postcodes");

    private Commands() {}

    public static boolean isCommand(String argument) {
        return NAMES.contains(argument);
    }

    public static int run(Class<?> application, String name, String[] arguments) {
        // Benchmarks load synthetic data, so they get a throw-away database of their own and never
        // touch the data directory of a running co-op.
        boolean throwAway = name.equals("bench");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties(
                        "carecoop.demo.enabled=false",
                        "spring.main.log-startup-info=false",
                        // Standard output belongs to the command: its last line is the result.
                        "logging.level.root=warn",
                        "carecoop.embedded-db.ephemeral=" + throwAway)
                .run()) {
            Command command = context.getBeansOfType(Command.class).values().stream()
                    .filter(c -> c.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No command named " + name));
            return command.run(List.of(arguments));
        } catch (Exception e) {
            System.err.println(name + " failed: " + e.getMessage());
            return 1;
        }
    }
}
