package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carecoop.matching.internal.Requests;
import org.carecoop.matching.internal.WorkerCards;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** A request's shortlist as its person sees it, the letter, the API, and the workers' side. */
class ShortlistTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkerCards cards;

    @Autowired
    Requests requests;

    @Autowired
    JdbcClient jdbc;

    MatchingFixture f;
    String shortlistPath;

    @BeforeEach
    void fixture() {
        f = new MatchingFixture(people, cards, requests, Instant.now(clock), LocalDate.now(clock));
        shortlistPath = "/people/" + f.person + "/requests/" + f.request.id() + "/shortlist";
    }

    @Test
    void thePersonSeesWhoCouldHelpWhyAndWhoWasLeftOut() throws Exception {
        String page = html(get(shortlistPath).with(as(f.personEmail)));

        assertThat(page)
                .contains(f.suitedFirstName)
                .contains(html("shortlist.invite", f.suitedFirstName))
                .contains(html("shortlist.reason.interests", "walking"))
                .contains(html("shortlist.reason.skills", "medicines and getting out and about"))
                .contains(html("shortlist.leftOut.not_free", 1))
                .contains("name=\"workerId\" value=\"" + f.suited + "\"")
                .doesNotContain("Walter");
        assertThat(page).doesNotContain(html("shortlist.interested"));
        assertThat(jdbc.sql("""
                        select count(*) from audit.access_log where subject_person_id = ? and record_type = 'shortlist'""").param(f.person).query(Integer.class).single())
                .as("the read is in the person's access log")
                .isEqualTo(1);
    }

    @Test
    void someoneOutsideThePersonsTeamCannotSeeTheShortlist() throws Exception {
        MockHttpServletResponse response = mvc.perform(get(shortlistPath).with(as(f.suitedEmail)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aWorkerNearbySeesTheRequestSaysTheyAreInterestedAndThePersonSeesIt() throws Exception {
        assertThat(html(get("/matching/near-me").with(as(f.suitedEmail)))).contains(f.request.title());
        assertThat(html(get("/matching/near-me").with(as(f.busyEmail)))).doesNotContain(f.request.title());

        String requestPage = "/matching/requests/" + f.request.id();
        assertThat(html(get(requestPage).with(as(f.suitedEmail))))
                .contains(html("request.summary.title", f.personName.split(" ")[0]))
                .doesNotContain(f.personEmail);
        String refused =
                html(post(requestPage + "/interest").with(as(f.suitedEmail)).with(csrf()));
        assertThat(refused).contains(html("request.interest.confirm.required"));

        for (int i = 0; i < 2; i++) {
            MockHttpServletResponse saved = mvc.perform(post(requestPage + "/interest")
                            .with(as(f.suitedEmail))
                            .with(csrf())
                            .param("confirm", "true"))
                    .andReturn()
                    .getResponse();
            assertThat(saved.getStatus()).isEqualTo(302);
        }
        assertThat(jdbc.sql("select count(*) from matching.interest where request_id = ?")
                        .param(f.request.id())
                        .query(Integer.class)
                        .single())
                .as("saying it twice records it once")
                .isEqualTo(1);
        MockHttpServletResponse busy = mvc.perform(post(requestPage + "/interest")
                        .with(as(f.busyEmail))
                        .with(csrf())
                        .param("confirm", "true"))
                .andReturn()
                .getResponse();
        assertThat(busy.getStatus()).as("a worker who does not suit it").isEqualTo(404);

        assertThat(html(get(shortlistPath).with(as(f.personEmail)))).contains(html("shortlist.interested"));
        assertThat(jdbc.sql("""
                        select count(*) from audit.access_log where subject_person_id = ? and actor_id = ?
                            and record_type = 'support_request'""").params(f.person, f.suited).query(Integer.class).single())
                .as("the person can see who looked")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void theLetterNamesTheCandidatesAndWhyTheyMatch() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/people/" + f.person + "/requests/" + f.request.id() + "/letter.pdf")
                                .with(as(f.personEmail)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Dear " + f.personName)
                    .contains(f.suitedFirstName)
                    .contains("Also enjoys walking")
                    .contains("01422 000000")
                    .doesNotContain("Walter");
        }
    }

    @Test
    void theApiGivesTheCallersNewestOpenRequestsShortlistWithReasons() throws Exception {
        String token = bearer(f.personEmail);
        String body = mvc.perform(get("/api/v1/matching/shortlist")
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(body, "$.requestId"))
                .isEqualTo(f.request.id().toString());
        assertThat((List<String>) JsonPath.read(body, "$.candidates[*].name")).containsExactly(f.suitedFirstName);
        assertThat((List<String>) JsonPath.read(body, "$.candidates[0].reasons[?(@.area == 'interests')].text"))
                .containsExactly("Also enjoys walking");
        assertThat((Integer) JsonPath.read(body, "$.candidates[0].scores.practicalities"))
                .isBetween(1, 100);
        assertThat((Boolean) JsonPath.read(body, "$.candidates[0].interested")).isFalse();

        MockHttpServletResponse interest = mvc.perform(post("/api/v1/matching/requests/" + f.request.id() + "/interest")
                        .header(HttpHeaders.AUTHORIZATION, bearer(f.suitedEmail))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(interest.getStatus()).isEqualTo(204);
        String after = mvc.perform(get("/api/v1/matching/shortlist?requestId=" + f.request.id())
                        .header(HttpHeaders.AUTHORIZATION, token)
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((Boolean) JsonPath.read(after, "$.candidates[0].interested")).isTrue();
    }

    @Test
    void theApiRefusesInterestFromAWorkerWhoDoesNotSuitTheRequestAndUnknownRequests() throws Exception {
        for (String path : List.of(
                "/api/v1/matching/requests/" + f.request.id() + "/interest",
                "/api/v1/matching/requests/not-a-request/interest")) {
            MockHttpServletResponse response = mvc.perform(post(path)
                            .header(HttpHeaders.AUTHORIZATION, bearer(f.busyEmail))
                            .accept(MediaType.APPLICATION_JSON))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(404);
            assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).contains("This request is not open to you");
        }
        MockHttpServletResponse unknown = mvc.perform(get("/api/v1/matching/shortlist?requestId=not-a-request")
                        .header(HttpHeaders.AUTHORIZATION, bearer(f.personEmail))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(jdbc.sql("select count(*) from matching.interest where request_id = ?")
                        .param(f.request.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aWorkerWithoutAnOpenRequestGetsAProblem() throws Exception {
        String email = newAccount("nobody", Role.WORKER);
        MockHttpServletResponse response = mvc.perform(get("/api/v1/matching/shortlist")
                        .header(HttpHeaders.AUTHORIZATION, bearer(email))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).contains("There is no open request");
    }

    private String html(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.ACCEPT, "text/html"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
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
}
