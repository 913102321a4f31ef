package org.carecoop.platform.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * answer should be 201. It starts no web server of its own. The client shares the machine with the
 * server, so it is kept cheap (each thread keeps one HTTP/1.1 connection open and writes its requests
 * from a template) and reports the CPU time it used per booking ({@code client_cpu_ms_per_booking}).
 *
 * <p>Without {@code --rate} it is a closed loop: each thread sends its next booking as soon as the last
 * is answered, which measures capacity, but by Little's law its mean latency is simply clients ÷
 * throughput. With {@code --rate R} it is an open loop ({@link OpenLoop}): the threads together start R
 * bookings a second on a fixed schedule and each latency counts from when its booking was due, so the
 * percentiles show what clients arriving at that rate would wait.
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
                + "(--base-url --email --password --clients --seconds, --rate R for an open loop)";
    }

    /** What one client thread saw while it was being measured. */
    private record Tally(List<Long> nanos, long booked, Map<Integer, Long> errors, long unsent, long lastAnswer) {}

    @Override
    public Map<String, String> run(BenchOptions options) throws Exception {
        String base = options.text("base-url", "http://localhost:8080").replaceAll("/+$", "");
        int clients = options.positive("clients", 32);
        int seconds = options.positive("seconds", 30);
        int rate = options.text("rate", "").isEmpty() ? 0 : options.positive("rate", 1);
        // For the few requests before the measured ones; the bookings go through KeptAliveConnection.
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        String token = token(http, base, options.text("email", ""), options.text("password", ""));
        List<String> workers = ids(http, base, token, "/api/v1/workers");
        List<String> people = ids(http, base, token, "/api/v1/people");
        if (workers.isEmpty() || people.isEmpty()) {
            throw new IllegalStateException("The account sees no workers or no people to book");
        }
        System.out.printf(
                Locale.ROOT,
                "%d workers, %d people; %d clients for %d s after %d s warm-up, %s%n",
                workers.size(),
                people.size(),
                clients,
                seconds,
                WARM_UP.toSeconds(),
                rate == 0 ? "closed loop" : "open loop at " + rate + " bookings/s");
        // Each run starts at its own hour far ahead, so runs against one database never clash either.
        Instant first = Instant.parse("2030-01-01T00:00:00Z")
                .plus(Duration.ofHours(clock.instant().getEpochSecond() % 1_000_000 * 100));
        AtomicLong next = new AtomicLong();
        long startedAt = System.nanoTime();
        long warmUntil = startedAt + WARM_UP.toNanos();
        OpenLoop schedule = rate == 0 ? null : new OpenLoop(startedAt, rate);
        ScheduledExecutorService clientCpu = Executors.newSingleThreadScheduledExecutor();
        AtomicLong cpuAtWarm = new AtomicLong(-1);
        clientCpu.schedule(() -> cpuAtWarm.set(processCpuNanos()), WARM_UP.toNanos(), TimeUnit.NANOSECONDS);
        long stopAt = warmUntil + Duration.ofSeconds(seconds).toNanos();
        // An open loop sends every booking due before stopAt, late or not, but gives up on those it
        // could not even send by twice the run's length (a server that has stopped answering).
        long giveUpAt = stopAt + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Tally>> tallies = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            tallies.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                Map<Integer, Long> errors = new LinkedHashMap<>();
                long booked = 0;
                long unsent = 0;
                long lastAnswer = warmUntil;
                try (KeptAliveConnection connection =
                        new KeptAliveConnection(URI.create(base), "/api/v1/bookings", token)) {
                    while (true) {
                        long n = next.getAndIncrement();
                        long due;
                        if (schedule == null) {
                            due = System.nanoTime();
                            if (due >= stopAt) {
                                break;
                            }
                        } else {
                            due = schedule.dueAt(n);
                            if (due >= stopAt) {
                                break;
                            }
                            if (System.nanoTime() >= giveUpAt) {
                                unsent += due >= warmUntil ? 1 : 0;
                                continue;
                            }
                            schedule.awaitDue(n);
                        }
                        Instant start = first.plus(Duration.ofHours(n / workers.size()));
                        // Ids and instants need no escaping, so the body is put together as text: the
                        // client shares the CPU with the server and should cost it little.
                        String body = "{\"personId\":\"" + people.get((int) (n % people.size()))
                                + "\",\"workerIds\":[\"" + workers.get((int) (n % workers.size()))
                                + "\"],\"start\":\"" + start
                                + "\",\"end\":\"" + start.plus(Duration.ofHours(1)) + "\"}";
                        int status = post(connection, body);
                        long answered = System.nanoTime();
                        long took = OpenLoop.latency(due, answered);
                        if (due >= warmUntil) {
                            lastAnswer = Math.max(lastAnswer, answered);
                            nanos.add(took);
                            if (status == 201) {
                                booked++;
                            } else {
                                errors.merge(status, 1L, Long::sum);
                            }
                        }
                    }
                }
                return new Tally(nanos, booked, errors, unsent, lastAnswer);
            }));
        }
        List<Long> all = new ArrayList<>();
        long booked = 0;
        long unsent = 0;
        long lastAnswer = stopAt;
        Map<Integer, Long> errors = new LinkedHashMap<>();
        for (Future<Tally> tally : tallies) {
            Tally t = tally.get();
            all.addAll(t.nanos());
            booked += t.booked();
            unsent += t.unsent();
            lastAnswer = Math.max(lastAnswer, t.lastAnswer());
            t.errors().forEach((status, count) -> errors.merge(status, count, Long::sum));
        }
        long cpuUsed = processCpuNanos() - cpuAtWarm.get();
        pool.shutdown();
        clientCpu.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        long errorCount = errors.values().stream().mapToLong(Long::longValue).sum() + unsent;
        // The bookings measured over the time it took to answer them: in an open loop that falls behind,
        // longer than the run, so a backlog worked off afterwards does not count as keeping up.
        double perSecond = booked / ((lastAnswer - warmUntil) / 1e9);
        double offered = (schedule == null ? sorted.length : schedule.dueBetween(warmUntil, stopAt)) / (double) seconds;
        System.out.printf(
                Locale.ROOT,
                "%d requests, %d booked, errors by status %s, %d not sent%n",
                sorted.length,
                booked,
                errors,
                unsent);
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
        figures.put("offered_per_second", String.format(Locale.ROOT, "%.1f", offered));
        figures.put("per_second", String.format(Locale.ROOT, "%.1f", perSecond));
        figures.put("p50_ms", millis(sorted, 50));
        figures.put("p95_ms", millis(sorted, 95));
        figures.put("p99_ms", millis(sorted, 99));
        figures.put("errors", String.valueOf(errorCount));
        figures.put(
                "client_cpu_ms_per_booking",
                booked == 0 ? "0" : String.format(Locale.ROOT, "%.2f", cpuUsed / 1_000_000.0 / booked));
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

    /** The answer's status, or 0 when there was none (the connection failed twice). */
    private static int post(KeptAliveConnection connection, String body) {
        try {
            return connection.post(body);
        } catch (IOException e) {
            return 0;
        }
    }

    /** CPU time this process (the benchmark client) has used so far, all its threads together. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The percentile of the sorted nanoseconds in milliseconds (nearest rank), "0" for none. */
    static String millis(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return "0";
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1);
        return String.format(Locale.ROOT, "%.1f", sorted[Math.max(0, index)] / 1_000_000.0);
    }
}
