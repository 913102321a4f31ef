package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carecoop.people.RateCard;
import org.carecoop.people.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking API over real HTTP against the running server: 64 clients racing for one worker's
 * hour, Idempotency-Keys (also two at once), requests to workers answered through the API, and the
 * directory of workers and people.
 */
class BookingApiTests extends VisitTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    private record Reply(int status, String body) {}

    private String token(String email) throws Exception {
        Reply reply = send("POST", "/api/v1/tokens", null, Map.of("email", email, "password", PASSWORD), null);
        assertThat(reply.status()).isEqualTo(200);
        return json.readTree(reply.body()).get("token").asString();
    }

    private Reply send(String method, String path, String token, Object body, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private static Map<String, Object> booking(UUID person, UUID worker, Instant start) {
        return Map.of(
                "personId", person.toString(),
                "workerIds", List.of(worker.toString()),
                "start", start.toString(),
                "end", plus(start, 60).toString());
    }

    private long rowsOf(UUID worker) {
        return jdbc.sql("select count(*) from visits.visit_worker where worker_id = ?")
                .param(worker)
                .query(Long.class)
                .single();
    }

    @Test
    void sixtyFourClientsBookingOneWorkersHourGetOneBookingAndSixtyThree409s() throws Exception {
        String token = token(newAccount("CoraRace", Role.COORDINATOR));
        UUID amy = worker("Amy Raced");
        Instant hour = inDays(12, "09:00");
        List<UUID> persons = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            persons.add(person("Racer" + i));
        }
        CyclicBarrier start = new CyclicBarrier(64);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (UUID person : persons) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return send("POST", "/api/v1/bookings", token, booking(person, amy, hour), null);
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                Reply r = reply.get();
                statuses.add(r.status());
                if (r.status() == 409) {
                    JsonNode problem = json.readTree(r.body());
                    assertThat(problem.get("detail").asString()).contains("Amy Raced", "09:00 to 10:00");
                    assertThat(problem.get("workerId").asString()).isEqualTo(amy.toString());
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(63);
            assertThat(rowsOf(amy)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameKeyAndBodyGetTheSameAnswerOnceAndAnotherBodyIs422() throws Exception {
        String token = token(newAccount("CoraKeys", Role.COORDINATOR));
        UUID amy = worker("Amy Keyed");
        UUID nora = person("Nora");
        Instant ten = inDays(13, "10:00");
        String key = UUID.randomUUID().toString();

        Reply first = send("POST", "/api/v1/bookings", token, booking(nora, amy, ten), key);
        Reply again = send("POST", "/api/v1/bookings", token, booking(nora, amy, ten), key);
        Reply other = send("POST", "/api/v1/bookings", token, booking(nora, amy, plus(ten, 120)), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again).isEqualTo(first);
        assertThat(other.status()).isEqualTo(422);
        assertThat(json.readTree(other.body()).get("detail").asString()).contains("used for another request");
        assertThat(rowsOf(amy)).isEqualTo(1);
        // A clash is kept too: the same request with its key gets the same 409 again.
        String clashKey = UUID.randomUUID().toString();
        Reply clash = send("POST", "/api/v1/bookings", token, booking(person("Olive"), amy, ten), clashKey);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(send("POST", "/api/v1/bookings", token, booking(person("Olive"), amy, ten), clashKey)
                        .status())
                .as("another person is another body")
                .isEqualTo(422);
    }

    @Test
    void twoRequestsAtOnceWithOneKeyBookOnce() throws Exception {
        String token = token(newAccount("CoraTwice", Role.COORDINATOR));
        UUID amy = worker("Amy Twice");
        UUID nora = person("Nora");
        Instant ten = inDays(14, "10:00");
        String key = UUID.randomUUID().toString();
        for (int round = 0; round < 5; round++) {
            String roundKey = key + round;
            Instant at = plus(ten, 120 * round);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Reply>> replies = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    replies.add(pool.submit(() -> {
                        start.await();
                        return send("POST", "/api/v1/bookings", token, booking(nora, amy, at), roundKey);
                    }));
                }
                Reply a = replies.get(0).get();
                Reply b = replies.get(1).get();
                assertThat(a.status()).isEqualTo(201);
                assertThat(b).isEqualTo(a);
            } finally {
                pool.shutdownNow();
            }
        }
        assertThat(rowsOf(amy)).isEqualTo(5);
    }

    @Test
    void aQuotePricesEachWorkersVisitsAndBooksNothing() throws Exception {
        String coraToken = token(newAccount("CoraQuotes", Role.COORDINATOR));
        String noraEmail = newAccount("NoraQuoted", Role.SUPPORTED_PERSON);
        UUID nora = people.accountByEmail(noraEmail).orElseThrow().id();
        UUID amy = worker("Amy Quoted");
        UUID bob = worker("Bob Unquoted");
        people.saveRateCard(amy, new RateCard(2000, 0, 0, 0, 0));
        Instant ten = inDays(15, "10:00");
        Map<String, Object> weekly = new HashMap<>(booking(nora, amy, ten));
        weekly.put(
                "repeat",
                Map.of(
                        "days",
                        List.of(ten.atZone(clock.getZone()).getDayOfWeek().name()),
                        "until",
                        ten.atZone(clock.getZone()).toLocalDate().plusWeeks(2).toString()));

        Reply alone = send("POST", "/api/v1/bookings/quote", coraToken, weekly, null);
        weekly.put("workerIds", List.of(amy.toString(), bob.toString()));
        Reply both = send("POST", "/api/v1/bookings/quote", coraToken, weekly, null);

        assertThat(alone.status()).isEqualTo(200);
        JsonNode quote = json.readTree(alone.body());
        assertThat(quote.get("status").asString()).isEqualTo("booked");
        assertThat(quote.get("visits").asInt()).isEqualTo(3);
        assertThat(quote.get("workers").get(0).get("firstVisitPence").asLong()).isEqualTo(2000);
        assertThat(quote.get("workers").get(0).get("totalPence").asLong()).isEqualTo(6000);
        assertThat(quote.get("totalPence").asLong()).isEqualTo(6000);
        JsonNode pair = json.readTree(both.body());
        assertThat(pair.get("workers").get(1).get("name").asString()).isEqualTo("Bob Unquoted");
        assertThat(pair.get("workers").get(1).get("hasRateCard").asBoolean()).isFalse();
        assertThat(pair.get("totalPence").isNull())
                .as("no total while a worker has no rate card")
                .isTrue();
        assertThat(rowsOf(amy)).as("a quote books nothing").isZero();

        Reply asked = send("POST", "/api/v1/bookings/quote", token(noraEmail), booking(nora, amy, ten), null);
        assertThat(json.readTree(asked.body()).get("status").asString())
                .as("outside Amy's availability, Nora's booking would be a request")
                .isEqualTo("requested");
        Reply bad = send("POST", "/api/v1/bookings/quote", coraToken, Map.of("workerIds", List.of()), null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"personId\"").contains("\"field\":\"workerIds\"");
    }

    @Test
    void aPersonsRequestIs202AndTheWorkerAcceptsOrDeclinesItThroughTheApi() throws Exception {
        String noraEmail = newAccount("NoraAsks", Role.SUPPORTED_PERSON);
        UUID nora = people.accountByEmail(noraEmail).orElseThrow().id();
        String amyEmail = newAccount("AmyAnswers", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        String noraToken = token(noraEmail);
        String amyToken = token(amyEmail);
        Instant ten = inDays(15, "10:00");

        Reply asked = send("POST", "/api/v1/bookings", noraToken, booking(nora, amy, ten), null);
        assertThat(asked.status()).isEqualTo(202);
        assertThat(json.readTree(asked.body()).get("status").asString()).isEqualTo("requested");
        String id = json.readTree(asked.body()).get("visitIds").get(0).asString();
        Reply declinedLater = send("POST", "/api/v1/bookings", noraToken, booking(nora, amy, plus(ten, 120)), null);
        String second =
                json.readTree(declinedLater.body()).get("visitIds").get(0).asString();

        assertThat(send("POST", "/api/v1/bookings/requests/" + id + "/accept", noraToken, null, null)
                        .status())
                .as("only the worker asked answers")
                .isEqualTo(404);
        assertThat(send("POST", "/api/v1/bookings/requests/" + id + "/accept", amyToken, null, null)
                        .status())
                .isEqualTo(200);
        assertThat(send(
                                "POST",
                                "/api/v1/bookings/requests/" + second + "/decline",
                                amyToken,
                                Map.of("reason", "Away"),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(visits.schedule(nora, ten, plus(ten, 180)))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.BOOKED, VisitStatus.DECLINED);
        assertThat(send(
                                "POST",
                                "/api/v1/bookings/" + id + "/cancel",
                                noraToken,
                                Map.of("reason", "Feeling better"),
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(send("POST", "/api/v1/bookings/" + id + "/cancel", amyToken, Map.of("reason", "No"), null)
                        .status())
                .as("a worker does not cancel the person's visits")
                .isEqualTo(403);
    }

    @Test
    void theDirectoryListsWhomTheCallerMaySee() throws Exception {
        String cora = token(newAccount("CoraLists", Role.COORDINATOR));
        UUID amy = worker("Amy Listed");
        UUID nora = person("Nora Listed");
        String oliveEmail = newAccount("OliveSelf", Role.SUPPORTED_PERSON);

        assertThat(send("GET", "/api/v1/workers", cora, null, null).body()).contains(amy.toString());
        assertThat(send("GET", "/api/v1/people", cora, null, null).body()).contains(nora.toString());
        Reply own = send("GET", "/api/v1/people", token(oliveEmail), null, null);
        assertThat(json.readTree(own.body())).hasSize(1);
        assertThat(own.body()).doesNotContain(nora.toString());
        assertThat(send("GET", "/api/v1/workers", token(oliveEmail), null, null).body())
                .isEqualTo("[]");
    }
}
