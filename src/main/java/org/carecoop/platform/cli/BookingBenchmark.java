package org.carecoop.platform.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code bench booking --base-url URL --email E --password P --clients C --seconds S}: drives the
 * booking API of a running instance over HTTP as that account (a co-ordinator), as a client would: a
 * token from {@code POST /api/v1/tokens}, the workers and people it may book from {@code GET
 * /api/v1/workers} and {@code /api/v1/people}, then C threads booking one-hour visits through {@code
 * POST /api/v1/bookings} for S seconds after a short warm-up. Each booking takes a worker and an hour
 * no other booking of the run takes (from 2030 on, each run further ahead), so none clash and every
 * answer should be 201. It starts no web server of its own.
 */
@Component
class BookingBenchmark implements Benchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(3);

    private final JsonMapper json;
    private final java.time.Clock clock;

    BookingBenchmark(JsonMapper json, java.time.Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "booking";
    }

    @Override
    public String description() {
        return "bookings per second through POST /api/v1/bookings of a running instance "
                + "(--base-url --email --password --clients --seconds)";
    }

    /** What one client thread saw while it was being measured. */
    private record Tally(List<Long> nanos, long booked, Map<Integer, Long> errors) {}

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        String base = options.text("base-url", "http://localhost:8080").replaceAll("/+$", "");
        int clients = options.positive("clients", 32);
        int seconds = options.positive("seconds", 30);
        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(clients))
                .build();
        String token = token(http, base, options.text("email", ""), options.text("password", ""));
        List<String> workers = ids(http, base, token, "/api/v1/workers");
        List<String> people = ids(http, base, token, "/api/v1/people");
        if (workers.isEmpty() || people.isEmpty()) {
            throw new IllegalStateException("The account sees no workers or no people to book");
        }
        System.out.printf(
                Locale.ROOT,
                "%d workers, %d people; %d clients for %d s after %d s warm-up%n",
                workers.size(),
                people.size(),
                clients,
                seconds,
                WARM_UP.toSeconds());
        // Each run starts at its own hour far ahead, so runs against one database never clash either.
        Instant first = Instant.parse("2030-01-01T00:00:00Z")
                .plus(Duration.ofHours(clock.instant().getEpochSecond() % 1_000_000 * 100));
        AtomicLong next = new AtomicLong();
        long warmUntil = System.nanoTime() + WARM_UP.toNanos();
        long stopAt = warmUntil + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Tally>> tallies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tallies.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                Map<Integer, Long> errors = new LinkedHashMap<>();
                long booked = 0;
                for (long now = System.nanoTime(); now < stopAt; now = System.nanoTime()) {
                    long n = next.getAndIncrement();
                    Instant start = first.plus(Duration.ofHours(n / workers.size()));
                    String body = json.writeValueAsString(Map.of(
                            "personId", people.get((int) (n % people.size())),
                            "workerIds", List.of(workers.get((int) (n % workers.size()))),
                            "start", start.toString(),
                            "end", start.plus(Duration.ofHours(1)).toString()));
                    long sent = System.nanoTime();
                    int status = post(http, base + "/api/v1/bookings", token, body);
                    long took = System.nanoTime() - sent;
                    if (sent >= warmUntil) {
                        nanos.add(took);
                        if (status == 201) {
                            booked++;
                        } else {
                            errors.merge(status, 1L, Long::sum);
                        }
                    }
                }
                return new Tally(nanos, booked, errors);
            }));
        }
        List<Long> all = new ArrayList<>();
        long booked = 0;
        Map<Integer, Long> errors = new LinkedHashMap<>();
        for (Future<Tally> tally : tallies) {
            Tally t = tally.get();
            all.addAll(t.nanos());
            booked += t.booked();
            t.errors().forEach((status, count) -> errors.merge(status, count, Long::sum));
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
        double perSecond = booked / (double) seconds;
        System.out.printf(Locale.ROOT, "%d requests, %d booked, errors by status %s%n", sorted.length, booked, errors);
        System.out.printf(
                Locale.ROOT,
                "per_second %.1f  p50 %s ms  p95 %s ms  p99 %s ms%n",
                perSecond,
                millis(sorted, 50),
                millis(sorted, 95),
                millis(sorted, 99));
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("clients", String.valueOf(clients));
        figures.put("seconds", String.valueOf(seconds));
        figures.put("bookings", String.valueOf(booked));
        figures.put("per_second", String.format(Locale.ROOT, "%.1f", perSecond));
        figures.put("p50_ms", millis(sorted, 50));
        figures.put("p95_ms", millis(sorted, 95));
        figures.put("p99_ms", millis(sorted, 99));
        figures.put("errors", String.valueOf(errorCount));
        return figures;
    }

    private String token(HttpClient http, String base, String email, String password) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                json.writeValueAsString(Map.of("email", email, "password", password))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    "No token for " + email + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body()).get("token").asString();
    }

    private List<String> ids(HttpClient http, String base, String token, String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode entry : json.readTree(response.body())) {
            ids.add(entry.get("id").asString());
        }
        return ids;
    }

    private static int post(HttpClient http, String url, String token, String body) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Content-Type", "application/json")
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private static String millis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "0";
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1_000_000.0);
    }
}
