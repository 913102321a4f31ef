package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Support requests through the JSON API: made, listed, read and closed, and refused to others. */
class RequestsApiTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPersonMakesAWeeklyRequestReadsItBackAndClosesIt() throws Exception {
        String email = newAccount("Agnes", Role.SUPPORTED_PERSON);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        String token = token(email);

        MockHttpServletResponse created = mvc.perform(post("/api/v1/matching/requests")
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Weekend companion", "kind": "weekly",
                                 "times": [{"day": "SATURDAY", "from": "10:00", "to": "16:00"},
                                           {"day": "SUNDAY", "from": "20:00", "to": "24:00"}],
                                 "hoursWanted": 6, "tasks": ["COMPANIONSHIP", "MEDICATION"],
                                 "interests": ["Walking"],
                                 "preferences": [{"kind": "skill", "value": "MEDICATION", "strength": "must"}]}"""))
                .andReturn()
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(201);
        String body = created.getContentAsString();
        String requestId = JsonPath.read(body, "$.id");
        assertThat(created.getHeader(HttpHeaders.LOCATION)).endsWith("/api/v1/matching/requests/" + requestId);
        assertThat((String) JsonPath.read(body, "$.personId")).isEqualTo(id.toString());
        assertThat((List<String>) JsonPath.read(body, "$.times[*].to")).containsExactly("16:00", "24:00");
        assertThat((List<String>) JsonPath.read(body, "$.interests")).containsExactly("walking");
        assertThat((String) JsonPath.read(body, "$.prefers")).isEqualTo("worker");

        String list = mvc.perform(get("/api/v1/matching/requests").header(HttpHeaders.AUTHORIZATION, token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(list, "$[*].id")).containsExactly(requestId);

        String closed = mvc.perform(post("/api/v1/matching/requests/" + requestId + "/close")
                        .header(HttpHeaders.AUTHORIZATION, token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(closed, "$.status")).isEqualTo("closed");

        String stranger = token(newAccount("Stranger", Role.WORKER));
        MockHttpServletResponse refused = mvc.perform(
                        get("/api/v1/matching/requests/" + requestId).header(HttpHeaders.AUTHORIZATION, stranger))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        MockHttpServletResponse read = mvc.perform(
                        get("/api/v1/matching/requests/" + requestId).header(HttpHeaders.AUTHORIZATION, token))
                .andReturn()
                .getResponse();
        assertThat((String) JsonPath.read(read.getContentAsString(), "$.title")).isEqualTo("Weekend companion");
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }
}
