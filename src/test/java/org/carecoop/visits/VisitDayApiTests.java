package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.TestClock.Moved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The day of a visit through the JSON API: who may call it, and problem+json for what cannot be done. */
class VisitDayApiTests extends VisitDayTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aBookedWorkerSetsOffChecksInTicksATaskAndChecksOutThroughTheApi() throws Exception {
        UUID nora = personAt("Nora", "OL14 5AB", "Key safe 1234");
        String amyEmail = newAccount("Amy", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        String bobEmail = newAccount("Bob", Role.WORKER);
        Instant start = inDays(14, "15:00");
        UUID visit = visit(nora, start, amy);
        day.setTasks(VisitsApi.SYSTEM, visit, List.of("Make tea", "Water plants"));

        try (Moved at = clock.freezeAt(plus(start, -20))) {
            // Tokens last minutes: taken at the moved time.
            String amyToken = token(amyEmail);
            String bobToken = token(bobEmail);
            MockHttpServletResponse eta = call(post("/api/v1/visits/" + visit + "/on-my-way"), amyToken, "{}");
            assertThat(eta.getStatus()).isEqualTo(200);
            assertThat((String) JsonPath.read(eta.getContentAsString(), "$.origin"))
                    .isEqualTo("unknown");

            MockHttpServletResponse shared =
                    call(post("/api/v1/visits/" + visit + "/on-my-way"), amyToken, "{\"lat\": 53.71, \"lng\": -2.09}");
            assertThat(shared.getStatus()).isEqualTo(200);
            assertThat((String) JsonPath.read(shared.getContentAsString(), "$.origin"))
                    .isEqualTo("shared");
            assertThat((String) JsonPath.read(shared.getContentAsString(), "$.expectedArrival"))
                    .isNotNull();

            MockHttpServletResponse half =
                    call(post("/api/v1/visits/" + visit + "/on-my-way"), amyToken, "{\"lat\": 53.71}");
            assertProblem(half, 400, "Give both lat and lng");
            assertProblem(
                    call(post("/api/v1/visits/" + visit + "/check-in"), amyToken, "{\"lat\": 91, \"lng\": 0}"),
                    400,
                    "latitude");

            assertProblem(call(post("/api/v1/visits/" + visit + "/check-in"), bobToken, "{}"), 403, null);
            assertProblem(call(post("/api/v1/visits/" + UUID.randomUUID() + "/check-in"), amyToken, "{}"), 404, null);
            assertProblem(call(get("/api/v1/visits/" + visit + "/attendance"), bobToken, null), 403, null);
            assertProblem(
                    call(
                            post("/api/v1/visits/" + visit + "/check-in"),
                            amyToken,
                            "{\"at\": \"" + plus(start, -19) + "\"}"),
                    400,
                    "in the future");

            MockHttpServletResponse in = call(post("/api/v1/visits/" + visit + "/check-in"), amyToken, null);
            assertThat(in.getStatus()).isEqualTo(200);
            assertThat((String) JsonPath.read(in.getContentAsString(), "$.workers[0].checkedIn"))
                    .isEqualTo(plus(start, -20).toString());
            assertProblem(
                    call(post("/api/v1/visits/" + visit + "/check-in"), amyToken, "{}"), 409, "already checked in");
        }
        UUID tea = day.tasks(visit).get(0).id();
        try (Moved at = clock.freezeAt(plus(start, 50))) {
            String amyToken = token(amyEmail);
            MockHttpServletResponse done = call(
                    post("/api/v1/visits/" + visit + "/tasks/" + tea + "/done"),
                    amyToken,
                    "{\"note\": \"Two sugars\"}");
            assertThat(done.getStatus()).isEqualTo(200);
            assertThat((Boolean) JsonPath.read(done.getContentAsString(), "$.done"))
                    .isTrue();
            assertProblem(
                    call(post("/api/v1/visits/" + visit + "/tasks/" + UUID.randomUUID() + "/done"), amyToken, "{}"),
                    404,
                    null);
            assertProblem(
                    call(post("/api/v1/visits/" + visit + "/check-out"), amyToken, "{}"),
                    400,
                    "Enter why some tasks were not done");
            MockHttpServletResponse out = call(
                    post("/api/v1/visits/" + visit + "/check-out"),
                    amyToken,
                    "{\"notDoneReason\": \"No watering can\", \"note\": \"Cheerful today\"}");
            assertThat(out.getStatus()).isEqualTo(200);
            assertThat((String) JsonPath.read(out.getContentAsString(), "$.status"))
                    .isEqualTo("completed");
            assertThat((String) JsonPath.read(out.getContentAsString(), "$.tasks[1].notDoneReason"))
                    .isEqualTo("No watering can");
        }
        MockHttpServletResponse coordinatorView =
                call(get("/api/v1/visits/" + visit + "/attendance"), token(demo("coordinator"), DEMO_PASSWORD), null);
        assertThat(coordinatorView.getStatus()).isEqualTo(200);
        assertThat((String) JsonPath.read(coordinatorView.getContentAsString(), "$.workers[0].checkOutNote"))
                .isEqualTo("Cheerful today");
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token, String body)
            throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertProblem(MockHttpServletResponse response, int status, String detail) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (detail != null) {
            assertThat(response.getContentAsString()).contains(detail);
        }
    }

    private String token(String email) throws Exception {
        return token(email, PASSWORD);
    }

    private String token(String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
