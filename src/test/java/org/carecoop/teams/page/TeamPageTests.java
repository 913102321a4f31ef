package org.carecoop.teams.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who sees a team page and what they see on it; what is logged; what polling sends back. */
class TeamPageTests extends IntegrationTest {

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
    void aPersonWithoutATeamIsToldHowOneFormsAndSeesNothingElse() throws Exception {
        Account nora = fixtures.account("Una Batty", Role.SUPPORTED_PERSON);

        MockHttpServletResponse page = open(nora, "/people/" + nora.id() + "/team");

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(html("team.noTeam.body"))
                .doesNotContain(html("team.threads.heading"), html("team.members.heading"), "hx-get");
    }

    @Test
    void thePersonAndEveryOpenMemberSeeTheTeamWithEachRoleInPlainWords() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";

        for (Account viewer : List.of(team.vera(), team.tomasz(), team.valerie(), team.tessa(), team.yusuf())) {
            MockHttpServletResponse page = open(viewer, path);
            assertThat(page.getStatus()).as(viewer.name()).isEqualTo(200);
            assertThat(page.getContentAsString())
                    .as(viewer.name())
                    .contains("Vera&#39;s team", "Tomasz Wright", "Ursula Yeadon", "Wes Yates", "Tessa Young")
                    .contains(html("team.role.person"), html("team.role.WORKER"), html("team.role.FAMILY_OR_FRIEND"))
                    .contains(html("team.role.HEALTH_PROFESSIONAL"), html("team.role.NOMINEE", "Vera"));
        }
        assertThat(open(team.tomasz(), path).getContentAsString()).contains(html("team.you", "Tomasz Wright"));
    }

    @Test
    void workersPhotosShowToTheTeamAndOtherwiseTheirInitials() throws Exception {
        Scenario team = fixtures.scenario();
        people.savePhoto(team.tomasz().id(), png());
        people.savePhoto(team.tessa().id(), png());

        String page =
                open(team.ursula(), "/people/" + team.personId() + "/team").getContentAsString();

        assertThat(page)
                .contains("/people/" + team.tomasz().id() + "/photo", html("team.members.photoAlt", "Tomasz Wright"));
        // Pat is family: her photo is hers and co-ordinators' to see, so Ben sees her initials.
        assertThat(page)
                .doesNotContain("/people/" + team.tessa().id() + "/photo")
                .contains(">TY<");
        assertThat(open(team.tessa(), "/people/" + team.personId() + "/team").getContentAsString())
                .contains("/people/" + team.tessa().id() + "/photo");
    }

    @Test
    void everyoneElseIsRefusedCoordinatorsIncludedAndEachRefusalIsLogged() throws Exception {
        Scenario team = fixtures.scenario();
        Account stranger = fixtures.account("Walter Dish", Role.WORKER);
        Account coordinator = fixtures.account("Wanda Ordinator", Role.COORDINATOR);

        for (Account outsider : List.of(stranger, coordinator)) {
            for (String path : List.of("/team", "/team/updates")) {
                assertThat(open(outsider, "/people/" + team.personId() + path).getStatus())
                        .as(outsider.name() + " " + path)
                        .isEqualTo(403);
            }
        }

        List<AuditEntry> refusals = audit.aboutPerson(team.personId(), 50).stream()
                .filter(e -> e.outcome() == AuditEntry.Outcome.DENIED)
                .filter(e -> e.recordType().equals(TeamPageAccess.RECORD_TYPE))
                .toList();
        assertThat(refusals)
                .extracting(AuditEntry::actorId)
                .containsExactlyInAnyOrder(stranger.id(), stranger.id(), coordinator.id(), coordinator.id());
    }

    @Test
    void aCoordinatorActingForThePersonSeesTheirPageAndTheLogSaysOnWhoseBehalf() throws Exception {
        Scenario team = fixtures.scenario();
        Account coordinator = fixtures.account("Wanda Ordinator", Role.COORDINATOR);

        MockHttpServletResponse page = mvc.perform(
                        get("/people/" + team.personId() + "/team").with(actingFor(coordinator, team.vera())))
                .andReturn()
                .getResponse();

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains(html("team.intro.own"));
        AuditEntry look = audit.aboutPerson(team.personId(), 1).get(0);
        assertThat(look.action()).isEqualTo("VIEW");
        assertThat(look.recordType()).isEqualTo("team_page");
        assertThat(look.actorId()).isEqualTo(coordinator.id());
        assertThat(look.onBehalfOf()).isEqualTo(team.personId());
        assertThat(look.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
    }

    @Test
    void anUnknownPersonOrAddressIsNotFound() throws Exception {
        Account tomasz = fixtures.account("Tomasz Wright", Role.WORKER);
        assertThat(open(tomasz, "/people/" + UUID.randomUUID() + "/team").getStatus())
                .isEqualTo(404);
        assertThat(open(tomasz, "/people/not-an-id/team").getStatus()).isEqualTo(404);
    }

    @Test
    void openingThePageIsLoggedAndAPollIsLoggedOnlyWhenItBringsSomethingNew() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        long looksBefore = looks(team.personId(), team.ursula());

        String page = open(team.ursula(), path).getContentAsString();
        assertThat(looks(team.personId(), team.ursula())).isEqualTo(looksBefore + 1);
        long seen = seen(page);

        MockHttpServletResponse quiet = open(team.ursula(), path + "/updates?after=" + seen);
        assertThat(quiet.getStatus()).isEqualTo(204);
        assertThat(quiet.getContentAsString()).isEmpty();
        assertThat(looks(team.personId(), team.ursula())).isEqualTo(looksBefore + 1);

        send(team.tessa(), post(path + "/comments").param("comment", "Vera enjoyed the brass band."));

        MockHttpServletResponse news = open(team.ursula(), path + "/updates?after=" + seen);
        assertThat(news.getStatus()).isEqualTo(200);
        assertThat(news.getContentAsString())
                .contains("Vera enjoyed the brass band.", "hx-swap-oob=\"true\"", "id=\"team-comments\"")
                .contains("after=" + (seen + 1));
        assertThat(looks(team.personId(), team.ursula())).isEqualTo(looksBefore + 2);
        assertThat(open(team.ursula(), path + "/updates?after=" + (seen + 1)).getStatus())
                .isEqualTo(204);
    }

    @Test
    void aLimitedConversationIsReadOnlyByItsMembersAndThePersonIsToldItExists() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        long wesSaw = seen(open(team.wes(), path).getContentAsString());

        MockHttpServletResponse started = send(
                team.tomasz(),
                post(path + "/threads")
                        .param("title", "Surprise party for Vera")
                        .param("message", "Shall we plan something for her birthday?")
                        .param("members", team.ursula().id().toString()));
        String threadPath = started.getRedirectedUrl();
        assertThat(threadPath).startsWith(path + "/threads/");
        send(team.ursula(), post(threadPath + "/messages").param("reply", "Yes! Cake from the bakery."));

        // Ben, who is in it, reads it.
        assertThat(open(team.ursula(), threadPath).getContentAsString())
                .contains("Shall we plan something", "Cake from the bakery");
        // Chloe, who is not, is not even told it exists, and her page has nothing new.
        assertThat(open(team.wes(), path).getContentAsString()).doesNotContain("Surprise party");
        assertThat(open(team.wes(), path + "/updates?after=" + wesSaw).getStatus())
                .isEqualTo(204);
        assertThat(open(team.wes(), threadPath).getStatus()).isEqualTo(404);
        long messages = count("teams.thread_message");
        assertThat(send(team.wes(), post(threadPath + "/messages").param("reply", "Me too?"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(count("teams.thread_message")).isEqualTo(messages);
        // Vera is told it exists, who is in it and when it was last active, but cannot read it.
        String verasPage = open(team.vera(), path).getContentAsString();
        assertThat(verasPage)
                .contains("Surprise party for Vera", html("team.threads.notIn"))
                .contains(html("team.threads.limited", "Tomasz Wright, Ursula Yeadon"))
                .doesNotContain("Shall we plan something", "Cake from the bakery", threadPath + "\"");
        assertThat(open(team.vera(), threadPath).getStatus()).isEqualTo(403);
        assertThat(audit.aboutPerson(team.personId(), 5)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(team.vera().id());
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
        });
    }

    @Test
    void anOpenConversationIsReadByEveryoneOnThePageAndAnyoneReplies() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        String threadPath = send(
                        team.vera(),
                        post(path + "/threads").param("title", "Garden").param("message", "The roses need pruning."))
                .getRedirectedUrl();

        send(team.tessa(), post(threadPath + "/messages").param("reply", "I can do Saturday."));

        for (Account reader : List.of(team.vera(), team.tomasz(), team.wes(), team.yusuf())) {
            assertThat(open(reader, threadPath).getContentAsString())
                    .as(reader.name())
                    .contains("The roses need pruning.", "I can do Saturday.", html("team.thread.readers.open"));
        }
        MockHttpServletResponse poll = open(team.tomasz(), threadPath + "/updates?after=1");
        assertThat(poll.getStatus()).isEqualTo(200);
        assertThat(poll.getContentAsString()).contains("I can do Saturday.", "after=2");
        assertThat(open(team.tomasz(), threadPath + "/updates?after=2").getStatus())
                .isEqualTo(204);
    }

    @Test
    void someoneOutsideTheTeamCanAddNothingAndNothingIsSaved() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        String threadPath = send(
                        team.tomasz(),
                        post(path + "/threads").param("title", "Rota").param("message", "Hi"))
                .getRedirectedUrl();
        send(team.tomasz(), post(path + "/comments").param("comment", "A comment"));
        send(team.tomasz(), post(path + "/celebrations").param("celebration", "Vera walked to the shop"));
        UUID comment = jdbc.sql("select id from teams.comment where author_id = ?")
                .param(team.tomasz().id())
                .query(UUID.class)
                .single();
        UUID celebration = jdbc.sql("select id from teams.celebration where author_id = ?")
                .param(team.tomasz().id())
                .query(UUID.class)
                .single();
        Account stranger = fixtures.account("Walter Dish", Role.WORKER);
        Account coordinator = fixtures.account("Wanda Ordinator", Role.COORDINATOR);
        List<MockHttpServletRequestBuilder> attempts = List.of(
                post(path + "/threads").param("title", "Hello").param("message", "Hello"),
                post(threadPath + "/messages").param("reply", "Hello"),
                post(path + "/comments").param("comment", "Hello"),
                post(path + "/comments/" + comment + "/replies").param("commentReply", "Hello"),
                post(path + "/celebrations").param("celebration", "Hello"),
                post(path + "/celebrations/" + celebration + "/well-done"),
                post(path + "/expert-questions").param("expertQuestion", "Hello"));
        String before = everything();

        for (Account outsider : List.of(stranger, coordinator)) {
            for (MockHttpServletRequestBuilder attempt : attempts) {
                assertThat(send(outsider, attempt).getStatus()).isEqualTo(403);
            }
        }

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void commentsAndQuestionsAreAnsweredByAnyoneOnThePage() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        MockHttpServletResponse asked = send(
                team.tessa(),
                post(path + "/comments")
                        .param("comment", "Does Vera still take her tablets at 8?")
                        .param("question", "true"));
        UUID question = UUID.fromString(asked.getRedirectedUrl().replaceFirst(".*#comment-", ""));

        String questionPage =
                open(team.tomasz(), path + "/comments/" + question).getContentAsString();
        assertThat(questionPage).contains(html("team.comment.title.question", "Tessa Young"));
        send(
                team.tomasz(),
                post(path + "/comments/" + question + "/replies").param("commentReply", "Yes, with breakfast."));

        assertThat(open(team.vera(), path).getContentAsString())
                .contains(
                        "Does Vera still take her tablets at 8?",
                        "Yes, with breakfast.",
                        html("team.comment.tag.question"));
    }

    @Test
    void celebrationsGatherWellDonesFromOthersOnceEach() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        send(team.vera(), post(path + "/celebrations").param("celebration", "I walked to the post office!"));
        UUID celebration = jdbc.sql("select id from teams.celebration where author_id = ?")
                .param(team.vera().id())
                .query(UUID.class)
                .single();
        String wellDone = path + "/celebrations/" + celebration + "/well-done";

        send(team.tomasz(), post(wellDone));
        send(team.tomasz(), post(wellDone));
        send(team.tessa(), post(wellDone));
        send(team.vera(), post(wellDone));

        assertThat(wellDones(celebration)).isEqualTo(2);
        assertThat(open(team.vera(), path).getContentAsString()).contains(html("team.wellDones", 2));
        assertThat(open(team.tomasz(), path).getContentAsString()).contains(html("team.wellDones.withYours", 2));
    }

    @Test
    void myTeamsListsTheTeamsTheCallerIsInAndMyTeamLeadsAPersonToTheirOwn() throws Exception {
        Scenario team = fixtures.scenario();

        assertThat(open(team.wes(), "/teams").getContentAsString())
                .contains("Vera&#39;s team", "/people/" + team.personId() + "/team", html("team.role.WORKER"));
        assertThat(open(team.valerie(), "/teams").getContentAsString()).contains(html("team.role.NOMINEE", "Vera"));
        assertThat(open(fixtures.account("Walter Dish", Role.WORKER), "/teams").getContentAsString())
                .contains(html("myTeams.none"));
        assertThat(open(team.vera(), "/my-team").getRedirectedUrl()).isEqualTo("/people/" + team.personId() + "/team");
    }

    // --- Helpers ---------------------------------------------------------------------------------

    private MockHttpServletResponse open(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(as(account.email()))).andReturn().getResponse();
    }

    private MockHttpServletResponse send(Account account, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(account.email())))
                .andReturn()
                .getResponse();
    }

    /** A co-ordinator acting for the person, as the act-for switch leaves the sign-in. */
    private RequestPostProcessor actingFor(Account coordinator, Account person) {
        UserDetails actor = userDetails.loadUserByUsername(coordinator.email());
        Authentication source = UsernamePasswordAuthenticationToken.authenticated(actor, null, actor.getAuthorities());
        UserDetails target = userDetails.loadUserByUsername(person.email());
        List<GrantedAuthority> authorities = new ArrayList<>(target.getAuthorities());
        authorities.add(new SwitchUserGrantedAuthority(SwitchUserFilter.ROLE_PREVIOUS_ADMINISTRATOR, source));
        return authentication(UsernamePasswordAuthenticationToken.authenticated(target, null, authorities));
    }

    /** A small picture, as a photo upload would bring. */
    private static byte[] png() throws java.io.IOException {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(120, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillOval(10, 10, 100, 100);
        g.dispose();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** How many items the page says it has seen, from its poller's address. */
    static long seen(String page) {
        java.util.regex.Matcher after =
                java.util.regex.Pattern.compile("updates\\?after=(\\d+)").matcher(page);
        assertThat(after.find()).as("a poller on the page").isTrue();
        return Long.parseLong(after.group(1));
    }

    private long looks(UUID personId, Account actor) {
        return jdbc.sql("""
                        select count(*) from audit.access_log where subject_person_id = ? and actor_id = ?
                        and action = 'VIEW' and record_type = 'team_page' and outcome = 'allowed'""").params(personId, actor.id()).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private long wellDones(UUID celebration) {
        return jdbc.sql("select count(*) from teams.well_done where celebration_id = ?")
                .param(celebration)
                .query(Long.class)
                .single();
    }

    /** Every table the team page writes to, counted. */
    private String everything() {
        return List.of(
                        "teams.thread",
                        "teams.thread_member",
                        "teams.thread_message",
                        "teams.comment",
                        "teams.comment_reply",
                        "teams.celebration",
                        "teams.well_done",
                        "teams.expert_question")
                .stream()
                .map(table -> table + "=" + count(table))
                .toList()
                .toString();
    }
}
