package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The request pages over MockMvc: made through the form, shown in plain words, closed. */
class RequestPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aPersonAsksForWeekendSupportAndSeesItInPlainWords() throws Exception {
        String email = newAccount("Iris", Role.SUPPORTED_PERSON);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        String base = "/people/" + id + "/requests";

        String empty =
                mvc.perform(get(base).with(as(email))).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains(html("requests.list.empty"));
        String form = mvc.perform(get(base + "/new").with(as(email)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains(html("requests.noPostcode")).contains("id=\"satFrom1\"");

        var created = mvc.perform(post(base + "/new")
                        .with(as(email))
                        .with(csrf())
                        .param("title", "Weekend companion")
                        .param("kind", "WEEKLY")
                        .param("satFrom1", "10")
                        .param("satTo1", "14")
                        .param("sunFrom1", "10")
                        .param("sunTo1", "14")
                        .param("hoursWanted", "6")
                        .param("tasks", "MEDICATION", "COMPANIONSHIP")
                        .param("skill", "MUST")
                        .param("skillValue", "MEDICATION")
                        .param("drives", "NOT_IMPORTANT")
                        .param("gender", "NOT_IMPORTANT")
                        .param("language", "NOT_IMPORTANT")
                        .param("condition", "NOT_IMPORTANT")
                        .param("prefers", "WORKER")
                        .param("shared", "yes"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(302);
        String page = created.getRedirectedUrl();
        assertThat(page).startsWith(base + "/");

        String shown =
                mvc.perform(get(page).with(as(email))).andReturn().getResponse().getContentAsString();
        assertThat(shown)
                .contains("Saturdays and Sundays, 10:00 to 14:00")
                .contains("6 hours a week")
                .contains("Must: can help with medicines")
                .contains(page + "/shortlist");

        var closed = mvc.perform(post(page + "/close").with(as(email)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(closed.getRedirectedUrl()).isEqualTo(base);
        String list =
                mvc.perform(get(base).with(as(email))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Weekend companion").contains(html("requests.status.closed"));
    }

    @Test
    void hoursBeyondTheTimesGivenAreRefusedAtTheirField() throws Exception {
        String email = newAccount("Ivy", Role.SUPPORTED_PERSON);
        UUID id = people.accountByEmail(email).orElseThrow().id();

        String body = mvc.perform(post("/people/" + id + "/requests/new")
                        .with(as(email))
                        .with(csrf())
                        .param("title", "Mornings")
                        .param("kind", "WEEKLY")
                        .param("monFrom1", "9")
                        .param("monTo1", "11")
                        .param("hoursWanted", "3")
                        .param("prefers", "WORKER")
                        .param("shared", "yes"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).contains("id=\"hoursWanted-error\"").contains(html("requests.hoursWanted.tooMany", 2));
    }
}
