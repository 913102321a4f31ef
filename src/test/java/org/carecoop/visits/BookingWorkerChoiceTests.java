package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.TeamsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whoever books for a person is offered the person's own team first, then their back-up pool, then
 * everyone else, and never a worker the person excluded.
 */
class BookingWorkerChoiceTests extends VisitTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamsApi teams;

    @Autowired
    MatchingApi matching;

    @Autowired
    JdbcClient jdbc;

    String personEmail;
    Caller person;
    UUID teamWorker;
    UUID poolWorker;
    UUID excludedWorker;

    @BeforeEach
    void aPersonWithATeamABackUpPoolAndAnExclusion() {
        personEmail = newAccount("Orla", Role.SUPPORTED_PERSON);
        UUID personId = people.accountByEmail(personEmail).orElseThrow().id();
        person = new Caller(personId, "Orla", personId, "Orla", Set.of(Role.SUPPORTED_PERSON.name()));
        teamWorker = worker("Tamsinteam");
        // A team forms once two workers have arrangements with the person.
        matching.recordArrangement(VisitsApi.SYSTEM, personId, teamWorker, clock.instant());
        matching.recordArrangement(VisitsApi.SYSTEM, personId, worker("Tobyteam"), clock.instant());
        await().atMost(Duration.ofSeconds(10))
                .until(() -> teams.teamOf(personId).stream()
                        .flatMap(t -> t.members().stream())
                        .anyMatch(m -> m.accountId().equals(teamWorker)));
        Caller pool = newCaller("Pippapool", Role.WORKER);
        poolWorker = pool.accountId();
        matching.inviteToBackupPool(person, personId, poolWorker);
        matching.answerBackupInvitation(pool, personId, true);
        excludedWorker = worker("Xanderexcluded");
        jdbc.sql("""
                        insert into matching.exclusion (person_id, worker_id, side, created_by, created_at)
                        values (?, ?, 'person', ?, ?)""")
                .params(personId, excludedWorker, personId, Timestamp.from(clock.instant()))
                .update();
    }

    @Test
    void thePersonSeesTheirTeamThenTheirBackUpPoolThenEveryoneElseButNotWhoTheyExcluded() throws Exception {
        String page = mvc.perform(get("/visits/new").with(as(personEmail)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        int team = page.indexOf("label=\"" + html("visits.workers.team", "Orla") + "\"");
        int pool = page.indexOf("label=\"" + html("visits.workers.backUp", "Orla") + "\"");
        int others = page.indexOf("label=\"" + html("visits.workers.others") + "\"");
        assertThat(team).isPositive();
        assertThat(page.indexOf(option(teamWorker))).isGreaterThan(team).isLessThan(pool);
        assertThat(page.indexOf(option(poolWorker))).isGreaterThan(pool).isLessThan(others);
        assertThat(page.indexOf("Amina Hussain")).isGreaterThan(others);
        assertThat(page).doesNotContain(option(excludedWorker));
    }

    @Test
    void anExcludedWorkerCannotBeBookedForThePersonEvenByNamingThemInTheForm() throws Exception {
        String page = mvc.perform(post("/visits/new/review")
                        .with(as(personEmail))
                        .with(csrf())
                        .param("workerId", excludedWorker.toString())
                        .param("day", "2")
                        .param("month", "3")
                        .param("year", "2031")
                        .param("startTime", "10:00")
                        .param("endTime", "11:00"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(html("visits.workerId.unknown")).doesNotContain(option(excludedWorker));
    }

    @Test
    void theBookingApiRefusesAnExcludedWorkerNextToWorkerIdsAndBooksNothing() throws Exception {
        String token = JsonPath.read(
                mvc.perform(post("/api/v1/tokens")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"email\":\"" + personEmail + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        String body =
                "{\"personId\":\"%s\",\"workerIds\":[\"%s\"],\"start\":\"2031-03-02T10:00:00Z\",\"end\":\"2031-03-02T11:00:00Z\"}";

        MockHttpServletResponse refused = mvc.perform(post("/api/v1/bookings")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(person.accountId(), excludedWorker)))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].field"))
                .isEqualTo("workerIds");
        assertThat((String) JsonPath.read(refused.getContentAsString(), "$.errors[0].message"))
                .isEqualTo(messages.getMessage("visits.api.excluded_worker", null, java.util.Locale.UK));
        assertThat(jdbc.sql("select count(*) from visits.visit_worker where worker_id = ?")
                        .param(excludedWorker)
                        .query(Long.class)
                        .single())
                .isZero();
        MockHttpServletResponse booked = mvc.perform(post("/api/v1/bookings")
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(person.accountId(), teamWorker)))
                .andReturn()
                .getResponse();
        assertThat(booked.getStatus()).isBetween(201, 202);
    }

    @Test
    void aCoordinatorBookingFromThePersonsPageSeesTheSameGroupsWithEmails() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);

        String forPerson = mvc.perform(get("/visits/new")
                        .param("person", person.accountId().toString())
                        .with(as(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forAnyone = mvc.perform(get("/visits/new").with(as(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(forPerson)
                .contains("label=\"" + html("visits.workers.team", "Orla") + "\"")
                .contains("Tamsinteam (Tamsinteam-")
                .doesNotContain(option(excludedWorker));
        assertThat(forAnyone).doesNotContain("<optgroup").contains(option(excludedWorker));
    }

    private static String option(UUID worker) {
        return "<option value=\"" + worker + "\"";
    }
}
