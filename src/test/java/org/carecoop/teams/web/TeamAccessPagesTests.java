package org.carecoop.teams.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Who sees what, the access log, team settings and the team API, through the web and the API. */
class TeamAccessPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamsApi teams;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    record Setting(String person, UUID personId, String worker, String friend, UUID friendId) {}

    /** A person whose two workers form a team, and a friend they invite through the settings page. */
    Setting team() throws Exception {
        String person = newAccount("Hilda", Role.SUPPORTED_PERSON);
        UUID personId = id(person);
        String worker = newAccount("Ivo", Role.WORKER);
        String other = newAccount("Jude", Role.WORKER);
        for (String w : new String[] {worker, other}) {
            transactions.executeWithoutResult(s ->
                    events.publishEvent(new ArrangementStarted(UUID.randomUUID(), personId, id(w), clock.instant())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> teams.teamOf(personId).isPresent());
        String friend = newAccount("Kit", Role.FAMILY);
        mvc.perform(post("/people/" + personId + "/team/members")
                        .with(as(person))
                        .with(csrf())
                        .param("email", friend)
                        .param("role", "FAMILY_OR_FRIEND"))
                .andExpect(redirectedUrl("/people/" + personId + "/team/settings"));
        return new Setting(person, personId, worker, friend, id(friend));
    }

    @Test
    void thePersonChangesWhatAFriendCanSeeAndItWorksOnTheNextRequest() throws Exception {
        Setting s = team();
        mvc.perform(get("/people/" + s.personId() + "/profile").with(as(s.friend())))
                .andExpect(status().isForbidden());

        mvc.perform(get("/people/" + s.personId() + "/team").with(as(s.person())))
                .andExpect(content().string(containsString("href=\"/people/" + s.personId() + "/team/access\"")));
        mvc.perform(get("/people/" + s.personId() + "/team").with(as(s.friend())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/team/access"))));
        mvc.perform(get("/people/" + s.personId() + "/team/access").with(as(s.person())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kit")))
                .andExpect(content().string(containsString("Always – they need this to support you safely")));
        mvc.perform(post("/people/" + s.personId() + "/team/access/members/" + s.friendId())
                        .with(as(s.person()))
                        .with(csrf())
                        .param("allowed", "profile_and_contact:read", "schedule:read"))
                .andExpect(redirectedUrl("/people/" + s.personId() + "/team/access#member-" + s.friendId()));

        mvc.perform(get("/people/" + s.personId() + "/profile").with(as(s.friend())))
                .andExpect(status().isOk());

        mvc.perform(post("/people/" + s.personId() + "/team/access/members/" + s.friendId())
                        .with(as(s.person()))
                        .with(csrf())
                        .param("allowed", "schedule:read"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/people/" + s.personId() + "/profile").with(as(s.friend())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAccessLogShowsReadsAndRefusalsInPlainWordsAndCanShowOnlyRefusals() throws Exception {
        Setting s = team();
        String stranger = newAccount("Lenny", Role.WORKER);
        mvc.perform(get("/people/" + s.personId() + "/profile").with(as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + s.personId() + "/profile").with(as(s.worker())))
                .andExpect(status().isOk());

        mvc.perform(get("/people/" + s.personId() + "/access-log").with(as(s.person())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lenny")))
                .andExpect(content().string(containsString("Tried to look at your profile and contact details")))
                .andExpect(content().string(containsString("(not in your team)")))
                .andExpect(content().string(containsString("Looked at your profile and contact details")))
                .andExpect(content().string(containsString("Invited Kit into the team as: Family or friend")));
        mvc.perform(get("/people/" + s.personId() + "/access-log?show=refused").with(as(s.person())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lenny")))
                .andExpect(content().string(not(containsString("Ivo"))));
        mvc.perform(get("/people/" + s.personId() + "/access-log").with(as(s.worker())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiGivesTheTeamToItsMembersAndTheAccessLogToThePerson() throws Exception {
        Setting s = team();
        String stranger = newAccount("Mo", Role.WORKER);

        mvc.perform(get("/api/v1/people/" + s.personId() + "/team").header("Authorization", bearer(s.friend())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hilda's team"))
                .andExpect(jsonPath("$.members[*].role", hasItem("worker")))
                .andExpect(jsonPath("$.members[*].role", hasItem("family_or_friend")))
                .andExpect(jsonPath("$.members[*].id", hasItem(s.friendId().toString())));
        mvc.perform(get("/api/v1/people/" + s.personId() + "/team").header("Authorization", bearer(stranger)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/people/" + s.personId() + "/access-log").header("Authorization", bearer(s.friend())))
                .andExpect(status().isForbidden());

        String body = mvc.perform(get("/api/v1/people/" + s.personId() + "/access-log")
                        .header("Authorization", bearer(s.person())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.entries[?(@.actor == 'Mo')].outcome"))
                .containsExactly("denied");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.entries[?(@.actor == 'Kit')].outcome"))
                .containsOnly("allowed")
                .isNotEmpty();
        mvc.perform(get("/api/v1/people/" + UUID.randomUUID() + "/team").header("Authorization", bearer(s.person())))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePersonRenamesTheTeamAndGivesItALogoThatMembersSee() throws Exception {
        Setting s = team();
        mvc.perform(post("/people/" + s.personId() + "/team/name")
                        .with(as(s.person()))
                        .with(csrf())
                        .param("name", "The Hilda Crew"))
                .andExpect(redirectedUrl("/people/" + s.personId() + "/team/settings"));
        assertThat(teams.teamOf(s.personId()).map(Team::name)).contains("The Hilda Crew");

        mvc.perform(multipart("/people/" + s.personId() + "/team/logo/upload")
                        .file(new MockMultipartFile("logo", "logo.png", "image/png", png()))
                        .with(as(s.person()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/people/" + s.personId() + "/team/settings"));
        mvc.perform(get("/people/" + s.personId() + "/team/logo").with(as(s.friend())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"));
        mvc.perform(get("/people/" + s.personId() + "/team/logo").with(as(newAccount("Nat", Role.WORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/people/" + s.personId() + "/team/logo/upload")
                        .file(new MockMultipartFile("logo", "logo.txt", "image/png", "not a picture".getBytes()))
                        .with(as(s.person()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The selected file must be a JPEG or PNG")));

        mvc.perform(post("/people/" + s.personId() + "/team/name")
                        .with(as(s.friend()))
                        .with(csrf())
                        .param("name", "Not yours"))
                .andExpect(status().isForbidden());
        assertThat(teams.teamOf(s.personId()).map(Team::name)).contains("The Hilda Crew");
    }

    @Test
    void invitedMembersCanBeRemovedButWorkersCannot() throws Exception {
        Setting s = team();
        mvc.perform(post("/people/" + s.personId() + "/team/members/" + id(s.worker()) + "/remove")
                        .with(as(s.person()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/people/" + s.personId() + "/team/members/" + s.friendId() + "/remove")
                        .with(as(s.person()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(teams.teamOf(s.personId()).orElseThrow().members())
                .extracting(Team.Member::accountId)
                .doesNotContain(s.friendId())
                .contains(id(s.worker()));
    }

    @Test
    void aCoordinatorBreaksTheGlassWithAReasonAndThePersonSeesItOnWhoSeesWhat() throws Exception {
        Setting s = team();
        mvc.perform(get("/people/" + s.personId() + "/break-glass").with(as(s.worker())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + s.personId() + "/break-glass")
                        .with(as(demo("coordinator")))
                        .with(csrf())
                        .param("reason", "Hilda's alarm went off and nobody answers"))
                .andExpect(redirectedUrl("/people/" + s.personId() + "/profile"));

        mvc.perform(get("/people/" + s.personId() + "/team/access").with(as(s.person())))
                .andExpect(content().string(containsString("Rachel Moss opened your records on")))
                .andExpect(content().string(containsString("Hilda&#39;s alarm went off and nobody answers")));
        mvc.perform(get("/api/v1/people/" + s.personId() + "/team")
                        .header("Authorization", bearer(demo("coordinator"))))
                .andExpect(status().isOk());
    }

    private String bearer(String email) throws Exception {
        String password = email.endsWith("@demo.carecoop.test") ? DEMO_PASSWORD : PASSWORD;
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
