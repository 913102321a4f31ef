package org.carecoop.teams.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.teams.page.TeamFixtures.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Ask an expert (TE2): a team asks, the co-op's practitioners see only the question, one answers. */
class AskAnExpertTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    TeamFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TeamFixtures(context);
    }

    @Test
    void practitionersSeeTheQuestionTheTeamAndWhenButNothingElseOfThePage() throws Exception {
        Scenario team = fixtures.scenario();
        Account practitioner = fixtures.account("Xena Wade", Role.HEALTH_PROFESSIONAL);
        String path = "/people/" + team.personId() + "/team";
        send(team.vera(), post(path + "/comments").param("comment", "A private thought about my week"));
        send(team.tessa(), post(path + "/expert-questions").param("expertQuestion", "Which exercises help her knee?"));

        String list = open(practitioner, "/expert-questions").getContentAsString();

        assertThat(list)
                .contains("Which exercises help her knee?", html("experts.from", "Vera's team"))
                .doesNotContain("A private thought", "Tomasz Wright", "Tessa Young");
        assertThat(open(practitioner, path).getStatus()).isEqualTo(403);
        assertThat(audit.aboutPerson(team.personId(), 5)).anySatisfy(entry -> {
            assertThat(entry.actorId()).isEqualTo(practitioner.id());
            assertThat(entry.recordType()).isEqualTo(AskAnExpert.RECORD_TYPE);
            assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
        });
    }

    @Test
    void theAnswerShowsOnTheTeamPageWithThePractitionersNameAndClosesTheQuestion() throws Exception {
        Scenario team = fixtures.scenario();
        Account practitioner = fixtures.account("Xena Wade", Role.HEALTH_PROFESSIONAL);
        Account latecomer = fixtures.account("Zara Late", Role.HEALTH_PROFESSIONAL);
        String path = "/people/" + team.personId() + "/team";
        send(team.vera(), post(path + "/expert-questions").param("expertQuestion", "Can I garden after my operation?"));
        UUID question = jdbc.sql("select id from teams.expert_question where asked_by = ?")
                .param(team.vera().id())
                .query(UUID.class)
                .single();
        String answer = "/expert-questions/" + question + "/answer";

        assertThat(open(practitioner, answer).getContentAsString()).contains("Can I garden after my operation?");
        MockHttpServletResponse answered =
                send(practitioner, post(answer).param("answer", "Yes, gently, from next week."));
        assertThat(answered.getRedirectedUrl()).isEqualTo("/expert-questions");

        assertThat(open(team.vera(), path).getContentAsString())
                .contains("Yes, gently, from next week.", html("team.expert.answeredBy", "Xena Wade"));
        assertThat(open(latecomer, "/expert-questions").getContentAsString())
                .doesNotContain("Can I garden after my operation?");
        MockHttpServletResponse late = send(latecomer, post(answer).param("answer", "No, wait a month."));
        assertThat(late.getStatus()).isEqualTo(200);
        assertThat(late.getContentAsString())
                .contains("govuk-error-summary", html("team.answer.closed", "Xena Wade"), "No, wait a month.");
        assertThat(jdbc.sql("select answer from teams.expert_question where id = ?")
                        .param(question)
                        .query(String.class)
                        .single())
                .isEqualTo("Yes, gently, from next week.");
    }

    @Test
    void onlyPractitionersReachTheQuestions() throws Exception {
        Scenario team = fixtures.scenario();
        send(
                team.vera(),
                post("/people/" + team.personId() + "/team/expert-questions")
                        .param("expertQuestion", "Should I rest more?"));
        UUID question = jdbc.sql("select id from teams.expert_question where asked_by = ?")
                .param(team.vera().id())
                .query(UUID.class)
                .single();
        String answer = "/expert-questions/" + question + "/answer";

        for (Account notAPractitioner : List.of(team.vera(), team.tomasz(), team.tessa(), team.valerie())) {
            assertThat(open(notAPractitioner, "/expert-questions").getStatus()).isEqualTo(403);
            assertThat(open(notAPractitioner, answer).getStatus()).isEqualTo(403);
            assertThat(send(notAPractitioner, post(answer).param("answer", "Yes"))
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(open(team.yusuf(), "/expert-questions/" + UUID.randomUUID() + "/answer")
                        .getStatus())
                .isEqualTo(404);
        assertThat(jdbc.sql("select answered_at is null from teams.expert_question where id = ?")
                        .param(question)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    private MockHttpServletResponse open(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(as(account.email()))).andReturn().getResponse();
    }

    private MockHttpServletResponse send(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(account.email())))
                .andReturn()
                .getResponse();
    }
}
