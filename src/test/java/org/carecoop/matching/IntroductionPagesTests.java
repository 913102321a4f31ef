package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import org.carecoop.matching.MatchingFixtures.Account;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestMail;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The person's introductions, arrangements, exclusions and back-up pool pages, and the worker's
 * back-up invitations, through the web on the real database.
 */
class IntroductionPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Introductions introductions;

    @Autowired
    Requests requests;

    @Autowired
    MatchingApi matching;

    @Test
    void thePersonSeesTheirIntroductionsAndArrangementsAndEndsOneAfterConfirming() throws Exception {
        Account person = MatchingFixtures.account(people, "Petra Page", PASSWORD, Role.SUPPORTED_PERSON);
        Account invited = MatchingFixtures.account(people, "Ivor Invited", PASSWORD, Role.WORKER);
        Account regular = MatchingFixtures.account(people, "Rhoda Regular", PASSWORD, Role.WORKER);
        introductions.invite(
                person.caller(), person.id(), MatchingFixtures.request(requests, clock, person.id()), invited.id());
        UUID arrangement = matching.recordArrangement(VisitsApi.SYSTEM, person.id(), regular.id(), clock.instant());

        String list = page("/people/" + person.id() + "/introductions", person.email());
        assertThat(list).contains("Ivor Invited").contains(html("introductions.status.invited.person", "Ivor Invited"));

        String arrangements = page("/people/" + person.id() + "/arrangements", person.email());
        assertThat(arrangements).contains("Rhoda Regular").contains("/arrangements/" + arrangement + "/end");

        String confirm = page("/arrangements/" + arrangement + "/end", person.email());
        assertThat(confirm)
                .contains(html("arrangements.end.title", "Rhoda Regular"))
                .contains(html("arrangements.end.exclude.person", "Rhoda Regular"));
        assertThat(matching.activeArrangements(person.id())).hasSize(1);

        MockHttpServletResponse ended = mvc.perform(post("/arrangements/" + arrangement + "/end")
                        .with(as(person.email()))
                        .with(csrf())
                        .param("dontMatchAgain", "true"))
                .andReturn()
                .getResponse();
        assertThat(ended.getRedirectedUrl()).isEqualTo("/people/" + person.id() + "/arrangements");
        assertThat(matching.activeArrangements(person.id())).isEmpty();
        assertThat(matching.excludedWorkers(person.id())).containsExactly(regular.id());
        assertThat(page("/people/" + person.id() + "/arrangements", person.email()))
                .contains(html("arrangements.past"));
    }

    @Test
    void theWorkerOpeningAnIntroductionIsInThePersonsAccessLogInPlainWords() throws Exception {
        Account person = MatchingFixtures.account(people, "Lois Logged", PASSWORD, Role.SUPPORTED_PERSON);
        Account worker = MatchingFixtures.account(people, "Vic Viewer", PASSWORD, Role.WORKER);
        UUID id = introductions.invite(
                person.caller(), person.id(), MatchingFixtures.request(requests, clock, person.id()), worker.id());
        assertThat(page("/introductions/" + id, worker.email()))
                .contains(html("introductions.status.invited.worker", "Lois"));

        assertThat(page("/people/" + person.id() + "/access-log", person.email()))
                .contains(html("accesslog.what.view.introduction"))
                .doesNotContain("team.category.");
    }

    @Test
    void thePersonAddsAndRemovesAnExclusionOnlyForWorkersTheyKnow() throws Exception {
        Account person = MatchingFixtures.account(people, "Edna Excl", PASSWORD, Role.SUPPORTED_PERSON);
        Account known = MatchingFixtures.account(people, "Kit Known", PASSWORD, Role.WORKER);
        Account stranger = MatchingFixtures.account(people, "Stan Stranger", PASSWORD, Role.WORKER);
        introductions.invite(
                person.caller(), person.id(), MatchingFixtures.request(requests, clock, person.id()), known.id());
        String path = "/people/" + person.id() + "/exclusions";
        assertThat(page(path, person.email()))
                .contains(html("exclusions.none"))
                .contains("Kit Known")
                .doesNotContain("Stan Stranger");

        MockHttpServletResponse refused = mvc.perform(post(path)
                        .with(as(person.email()))
                        .with(csrf())
                        .param("workerId", stranger.id().toString()))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains(html("exclusions.workerId.unknown"));
        assertThat(matching.excludedWorkers(person.id())).isEmpty();

        mvc.perform(post(path)
                .with(as(person.email()))
                .with(csrf())
                .param("workerId", known.id().toString()));
        assertThat(matching.excludedWorkers(person.id())).containsExactly(known.id());
        assertThat(page(path, person.email()))
                .contains(html("exclusions.remove"))
                .doesNotContain(html("exclusions.none"));

        mvc.perform(post(path + "/" + known.id() + "/remove")
                .with(as(person.email()))
                .with(csrf()));
        assertThat(matching.excludedWorkers(person.id())).isEmpty();
    }

    @Test
    void aWorkerKeepsTheirOwnWishNotToBeMatchedWhenThePersonRemovesTheirs() throws Exception {
        Account person = MatchingFixtures.account(people, "Olive Own", PASSWORD, Role.SUPPORTED_PERSON);
        Account worker = MatchingFixtures.account(people, "Wyatt Wish", PASSWORD, Role.WORKER);
        UUID arrangement = matching.recordArrangement(VisitsApi.SYSTEM, person.id(), worker.id(), clock.instant());
        mvc.perform(post("/arrangements/" + arrangement + "/end")
                .with(as(worker.email()))
                .with(csrf())
                .param("dontMatchAgain", "true"));
        assertThat(matching.excludedWorkers(person.id())).containsExactly(worker.id());

        String path = "/people/" + person.id() + "/exclusions";
        assertThat(page(path, person.email())).contains(html("exclusions.none"));
        mvc.perform(post(path + "/" + worker.id() + "/remove")
                .with(as(person.email()))
                .with(csrf()));
        assertThat(matching.excludedWorkers(person.id())).containsExactly(worker.id());
    }

    @Test
    void thePersonInvitesABackupWhoAcceptsAndThenTakesThemOut() throws Exception {
        Account person = MatchingFixtures.account(people, "Bea Backup", PASSWORD, Role.SUPPORTED_PERSON);
        Account worker = MatchingFixtures.account(people, "Gus Guard", PASSWORD, Role.WORKER);
        matching.recordArrangement(VisitsApi.SYSTEM, person.id(), worker.id(), clock.instant());
        String path = "/people/" + person.id() + "/backup-pool";
        assertThat(page(path, person.email())).contains(html("backup.none")).contains("Gus Guard");

        mvc.perform(post(path)
                .with(as(person.email()))
                .with(csrf())
                .param("workerIds", worker.id().toString()));
        assertThat(page(path, person.email())).contains(html("backup.status.invited"));
        assertThat(TestMail.to(worker.email()))
                .anySatisfy(m -> assertThat(m.getSubject()).contains("Bea"));

        assertThat(page("/backup-invitations", worker.email())).contains(html("backup.worker.invited", "Bea"));
        MockHttpServletResponse answered = mvc.perform(post("/backup-invitations/" + person.id())
                        .with(as(worker.email()))
                        .with(csrf())
                        .param("answer", "accept"))
                .andReturn()
                .getResponse();
        assertThat(answered.getRedirectedUrl()).isEqualTo("/backup-invitations");
        assertThat(matching.backupPool(person.id())).containsExactly(worker.id());
        assertThat(page("/backup-invitations", worker.email())).contains(html("backup.worker.accepted", "Bea"));

        mvc.perform(post(path + "/" + worker.id() + "/withdraw")
                .with(as(person.email()))
                .with(csrf()));
        assertThat(matching.backupPool(person.id())).isEmpty();
        assertThat(page(path, person.email())).contains(html("backup.status.withdrawn"));
    }

    @Test
    void someoneElseCannotSeeOrChangeAPersonsExclusionsOrBackupPool() throws Exception {
        Account person = MatchingFixtures.account(people, "Pam Private", PASSWORD, Role.SUPPORTED_PERSON);
        Account other = MatchingFixtures.account(people, "Nosy Neighbour", PASSWORD, Role.WORKER);
        for (String path : new String[] {"/exclusions", "/backup-pool"}) {
            assertThat(mvc.perform(get("/people/" + person.id() + path).with(as(other.email())))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
            assertThat(mvc.perform(post("/people/" + person.id() + path)
                                    .with(as(other.email()))
                                    .with(csrf())
                                    .param("workerId", other.id().toString())
                                    .param("workerIds", other.id().toString()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(403);
        }
        assertThat(matching.excludedWorkers(person.id())).isEmpty();
    }

    private String page(String path, String email) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
