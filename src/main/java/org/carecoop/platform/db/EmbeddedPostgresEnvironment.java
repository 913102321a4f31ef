package org.carecoop.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts an embedded PostgreSQL server and points {@code spring.datasource.*} at it, unless an
 * external database is configured through {@code spring.datasource.url}.
 *
 * <p>It runs before the application context exists so that everything else (connection pool,
 * Flyway, Spring Session) is configured exactly as it would be for an external PostgreSQL. Data is
 * kept under {@code carecoop.data-dir} between runs; with {@code carecoop.embedded-db.ephemeral=true}
 * (the tests) a throw-away directory is used instead. One server serves every application context of
 * the JVM that asks for the same directory, and stops when the JVM exits, after the contexts using it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

    static final String ENABLED = "carecoop.embedded-db.enabled";
    static final String EPHEMERAL = "carecoop.embedded-db.ephemeral";
    static final String DATA_DIR = "carecoop.data-dir";

    private static final Map<String, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean external = environment.containsProperty("spring.datasource.url");
        boolean enabled = environment.getProperty(ENABLED, Boolean.class, !external);
        if (!enabled) {
            return;
        }
        boolean ephemeral = environment.getProperty(EPHEMERAL, Boolean.class, false);
        String key = ephemeral ? "ephemeral" : dataDirectory(environment).toString();
        EmbeddedPostgres server = SERVERS.computeIfAbsent(key, k -> start(ephemeral, dataDirectory(environment)));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put(ENABLED, "true");
        environment.getPropertySources().addFirst(new MapPropertySource("carecoopEmbeddedPostgres", properties));
    }

    private static Path dataDirectory(ConfigurableEnvironment environment) {
        return Path.of(environment.getProperty(DATA_DIR, "./data"))
                .toAbsolutePath()
                .normalize()
                .resolve("postgres");
    }

    private static EmbeddedPostgres start(boolean ephemeral, Path directory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("max_connections", "200")
                    // Stopped by Spring Boot after the application contexts have closed (below), not
                    // by a JVM shutdown hook of its own that would race them and leave the connection
                    // pool waiting for a server that has gone.
                    .setRegisterShutdownHook(false);
            if (!ephemeral) {
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            SpringApplication.getShutdownHandlers().add(() -> close(server));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            // The JVM is exiting; the server's own lock file lets the next start recover.
        }
    }
}
