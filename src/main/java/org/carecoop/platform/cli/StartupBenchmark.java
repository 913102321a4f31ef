package org.carecoop.platform.cli;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Start-up time to healthy: starts this jar as a separate process on a free loopback port, as a user
 * would, and times until {@code GET /actuator/health} answers UP. The first start of each run uses
 * an empty data directory (creating the database, migrating and loading the demo data); the restart
 * reuses it.
 */
@Component
class StartupBenchmark implements Benchmark {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String description() {
        return "seconds from starting the jar to a healthy web server (--runs N, default 3)";
    }

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        int runs = options.positive("runs", 3);
        Path jar = ownJar();
        List<Double> first = new ArrayList<>();
        List<Double> restart = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path data = Files.createTempDirectory("carecoop-bench-startup");
            try {
                first.add(timeToHealthy(jar, data));
                restart.add(timeToHealthy(jar, data));
                System.out.printf(
                        Locale.ROOT,
                        "run %d: first start %.2f s, restart %.2f s%n",
                        run,
                        first.get(first.size() - 1),
                        restart.get(restart.size() - 1));
            } finally {
                deleteTree(data);
            }
        }
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("runs", String.valueOf(runs));
        figures.put("first_start_median_s", format(median(first)));
        figures.put("restart_median_s", format(median(restart)));
        figures.put(
                "restart_max_s",
                format(restart.stream().max(Comparator.naturalOrder()).orElseThrow()));
        return figures;
    }

    private static double timeToHealthy(Path jar, Path data) throws Exception {
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(
                        javaExecutable(),
                        "-jar",
                        jar.toString(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--carecoop.data-dir=" + data)
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("app.log").toFile());
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(1))
                    .build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            while (System.nanoTime() - started < LIMIT.toNanos()) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(
                            "The application stopped during start-up; see " + data.resolve("app.log"));
                }
                try {
                    HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException notYetListening) {
                    // Polled again below until the limit.
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("Not healthy within " + LIMIT.toSeconds() + " s");
        } finally {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** With {@code java -jar}, the class path is exactly the jar that is running. */
    private static Path ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(File.pathSeparator)) {
            throw new IllegalStateException(
                    "Run this benchmark from the built jar: java -jar target/carecoop-<version>.jar bench startup");
        }
        return Path.of(classPath).toAbsolutePath();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
