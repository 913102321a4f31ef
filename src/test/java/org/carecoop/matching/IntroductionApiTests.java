package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.MatchingFixtures.Account;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The introductions API on the real database: the whole journey, state conflicts and wrong callers. */
class IntroductionApiTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Requests requests;

    @Autowired
    MatchingApi matching;

    @Autowired
    VisitsApi visits;

    @Test
    void fromInvitationToArrangementAndItsEndThroughTheApi() throws Exception {
        Account person = MatchingFixtures.account(people, "Ada Api", PASSWORD, Role.SUPPORTED_PERSON);
        Account worker = MatchingFixtures.account(people, "Wim Api", PASSWORD, Role.WORKER);
        Account stranger = MatchingFixtures.account(people, "Sol Api", PASSWORD, Role.WORKER);
        String asPerson = bearer(person.email());
        String asWorker = bearer(worker.email());
        String asStranger = bearer(stranger.email());
        UUID request = MatchingFixtures.request(requests, clock, person.id());

        MockHttpServletResponse invited = call(
                "/api/v1/matching/requests/" + request + "/invitations",
                asPerson,
                "{\"workerId\":\"" + worker.id() + "\"}");
        assertThat(invited.getStatus()).isEqualTo(201);
        String id = JsonPath.read(invited.getContentAsString(), "$.id");
        assertThat(invited.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/matching/introductions/" + id);
        assertThat((String) JsonPath.read(invited.getContentAsString(), "$.status"))
                .isEqualTo("invited");
        String base = "/api/v1/matching/introductions/" + id;

        assertThat(call(
                                "/api/v1/matching/requests/" + request + "/invitations",
                                asPerson,
                                "{\"workerId\":\"" + worker.id() + "\"}")
                        .getStatus())
                .isEqualTo(409);
        assertThat(read(base, asStranger).getStatus()).isEqualTo(403);
        assertThat(call(base + "/response", asPerson, "{\"answer\":\"accept\"}").getStatus())
                .isEqualTo(403);
        assertThat(call(base + "/decision", asWorker, "{\"decision\":\"continue\"}")
                        .getStatus())
                .isEqualTo(409);

        MockHttpServletResponse accepted = call(base + "/response", asWorker, "{\"answer\":\"accept\"}");
        assertThat(accepted.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(accepted.getContentAsString(), "$.status"))
                .isEqualTo("accepted");
        assertThat(call(base + "/response", asWorker, "{\"answer\":\"decline\"}")
                        .getStatus())
                .isEqualTo(409);

        MockHttpServletResponse message = call(base + "/messages", asWorker, "{\"text\":\"Hello Ada\"}");
        assertThat(message.getStatus()).isEqualTo(201);
        assertThat(call(base + "/messages", asStranger, "{\"text\":\"Hi\"}").getStatus())
                .isEqualTo(403);

        Instant start = clock.instant().plus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MINUTES);
        Instant end = start.plus(Duration.ofHours(1));
        MockHttpServletResponse trial =
                call(base + "/trial", asPerson, "{\"start\":\"" + start + "\",\"end\":\"" + end + "\"}");
        assertThat(trial.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(trial.getContentAsString(), "$.status"))
                .isEqualTo("trial_arranged");
        assertThat(visits.schedule(person.id(), start, end))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.BOOKED);
        assertThat(call(base + "/decision", asPerson, "{\"decision\":\"continue\"}")
                        .getStatus())
                .isEqualTo(409);

        try (var moved = clock.advance(Duration.ofDays(9).plusHours(1))) {
            // Tokens issued nine days ago have expired: sign in again.
            asPerson = bearer(person.email());
            asWorker = bearer(worker.email());
            asStranger = bearer(stranger.email());
            MockHttpServletResponse workerDecided = call(base + "/decision", asWorker, "{\"decision\":\"continue\"}");
            assertThat(workerDecided.getStatus()).isEqualTo(200);
            assertThat((String) JsonPath.read(workerDecided.getContentAsString(), "$.myDecision"))
                    .isEqualTo("continue");
            // The person never learns the worker's decision, only the outcome once both have said.
            String personView = read(base, asPerson).getContentAsString();
            assertThat((Object) JsonPath.read(personView, "$.myDecision")).isNull();
            assertThat((String) JsonPath.read(personView, "$.status")).isEqualTo("trial_arranged");
            assertThat(personView).doesNotContain("continue");
            assertThat(call(base + "/decision", asWorker, "{\"decision\":\"end\"}")
                            .getStatus())
                    .isEqualTo(409);

            MockHttpServletResponse personDecided = call(base + "/decision", asPerson, "{\"decision\":\"continue\"}");
            assertThat((String) JsonPath.read(personDecided.getContentAsString(), "$.status"))
                    .isEqualTo("continuing");
            String arrangementId = JsonPath.read(personDecided.getContentAsString(), "$.arrangementId");

            String endPath = "/api/v1/matching/arrangements/" + arrangementId + "/end";
            assertThat(call(endPath, asStranger, "{}").getStatus()).isEqualTo(403);
            MockHttpServletResponse ended = call(endPath, asWorker, "{}");
            assertThat(ended.getStatus()).isEqualTo(200);
            assertThat((Object) JsonPath.read(ended.getContentAsString(), "$.endedAt"))
                    .isNotNull();
            assertThat(matching.activeArrangements(person.id())).isEmpty();
            MockHttpServletResponse again = call(endPath, asPerson, "{}");
            assertThat(again.getStatus()).isEqualTo(409);
            assertThat(again.getContentType()).contains("application/problem+json");
        }
    }

    @Test
    void aTrialThatClashesWithAnotherVisitIsAConflictNamingIt() throws Exception {
        Account person = MatchingFixtures.account(people, "Cleo Clash", PASSWORD, Role.SUPPORTED_PERSON);
        Account other = MatchingFixtures.account(people, "Otis Other", PASSWORD, Role.SUPPORTED_PERSON);
        Account worker = MatchingFixtures.account(people, "Bram Busy", PASSWORD, Role.WORKER);
        String asPerson = bearer(person.email());
        UUID request = MatchingFixtures.request(requests, clock, person.id());
        String id = JsonPath.read(
                call(
                                "/api/v1/matching/requests/" + request + "/invitations",
                                asPerson,
                                "{\"workerId\":\"" + worker.id() + "\"}")
                        .getContentAsString(),
                "$.id");
        call("/api/v1/matching/introductions/" + id + "/response", bearer(worker.email()), "{\"answer\":\"accept\"}");
        Instant busy = clock.instant().plus(Duration.ofDays(11)).truncatedTo(ChronoUnit.HOURS);
        visits.book(VisitsApi.SYSTEM, other.id(), List.of(worker.id()), busy, busy.plusSeconds(3600));

        MockHttpServletResponse clash = call(
                "/api/v1/matching/introductions/" + id + "/trial",
                asPerson,
                "{\"start\":\"" + busy.plusSeconds(1800) + "\",\"end\":\"" + busy.plusSeconds(5400) + "\"}");
        assertThat(clash.getStatus()).isEqualTo(409);
        assertThat((String) JsonPath.read(clash.getContentAsString(), "$.detail"))
                .contains("Bram Busy");
        assertThat(visits.schedule(person.id(), busy, busy.plusSeconds(5400))).isEmpty();
    }

    private String bearer(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }

    private MockHttpServletResponse call(String path, String bearer, String json) throws Exception {
        return mvc.perform(post(path)
                        .header(HttpHeaders.AUTHORIZATION, bearer)
                        .accept(MediaType.APPLICATION_JSON)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse read(String path, String bearer) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer).accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }
}
