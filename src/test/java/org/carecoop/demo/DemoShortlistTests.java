package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequestsApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo holds together across modules: Eric's open weekend request finds workers who are free at
 * weekends, can give medication and are vetted, so his shortlist is never empty.
 */
class DemoShortlistTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupportRequestsApi requests;

    @Test
    @SuppressWarnings("unchecked")
    void ericsShortlistThroughTheApiHasGraceWithHerReasons() throws Exception {
        String token = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + demo("eric") + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        UUID eric = people.accountByEmail(demo("eric")).orElseThrow().id();
        Caller asEric = new Caller(eric, "Eric Walsh", eric, "Eric Walsh", Set.of("SUPPORTED_PERSON"));
        // Other tests give Eric requests of their own, so ask for the demo's by its id.
        UUID weekend = requests.requestsOf(asEric, eric).stream()
                .filter(r -> r.title().equals(DemoMatching.ERICS_REQUEST) && r.isOpen())
                .findFirst()
                .orElseThrow()
                .id();

        String body = mvc.perform(get("/api/v1/matching/shortlist?requestId=" + weekend)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + JsonPath.read(token, "$.token"))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();

        List<String> names = JsonPath.read(body, "$.candidates[*].name");
        assertThat(names).isNotEmpty().contains("Grace");
        assertThat((List<String>) JsonPath.read(body, "$.candidates[?(@.name == 'Grace')].reasons[*].text"))
                .isNotEmpty();
    }
}
