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
        Account nora = fixtures.account("Nora Batty", Role.SUPPORTED_PERSON);

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

        for (Account viewer : List.of(team.eric(), team.amina(), team.sam(), team.pat(), team.shah())) {
            MockHttpServletResponse page = open(viewer, path);
            assertThat(page.getStatus()).as(viewer.name()).isEqualTo(200);
            assertThat(page.getContentAsString())
                    .as(viewer.name())
                    .contains("Eric&#39;s team", "Amina Hussain", "Ben Crowther", "Chloe Barker", "Pat Greenwood")
                    .contains(html("team.role.person"), html("team.role.WORKER"), html("team.role.FAMILY_OR_FRIEND"))
                    .contains(html("team.role.HEALTH_PROFESSIONAL"), html("team.role.NOMINEE", "Eric"));
        }
        assertThat(open(team.amina(), path).getContentAsString()).contains(html("team.you", "Amina Hussain"));
    }

    @Test
    void workersPhotosShowToTheTeamAndOtherwiseTheirInitials() throws Exception {
        Scenario team = fixtures.scenario();
        people.savePhoto(team.amina().id(), png());
        people.savePhoto(team.pat().id(), png());

        String page = open(team.ben(), "/people/" + team.personId() + "/team").getContentAsString();

        assertThat(page)
                .contains("/people/" + team.amina().id() + "/photo", html("team.members.photoAlt", "Amina Hussain"));
        // Pat is family: her photo is hers and co-ordinators' to see, so Ben sees her initials.
        assertThat(page).doesNotContain("/people/" + team.pat().id() + "/photo").contains(">PG<");
        assertThat(open(team.pat(), "/people/" + team.personId() + "/team").getContentAsString())
                .contains("/people/" + team.pat().id() + "/photo");
    }

    @Test
    void everyoneElseIsRefusedCoordinatorsIncludedAndEachRefusalIsLogged() throws Exception {
        Scenario team = fixtures.scenario();
        Account stranger = fixtures.account("Stan Dish", Role.WORKER);
        Account coordinator = fixtures.account("Cora Ordinator", Role.COORDINATOR);

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
        Account coordinator = fixtures.account("Cora Ordinator", Role.COORDINATOR);

        MockHttpServletResponse page = mvc.perform(
                        get("/people/" + team.personId() + "/team").with(actingFor(coordinator, team.eric())))
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
        Account amina = fixtures.account("Amina Hussain", Role.WORKER);
        assertThat(open(amina, "/people/" + UUID.randomUUID() + "/team").getStatus())
                .isEqualTo(404);
        assertThat(open(amina, "/people/not-an-id/team").getStatus()).isEqualTo(404);
    }

    @Test
    void openingThePageIsLoggedAndAPollIsLoggedOnlyWhenItBringsSomethingNew() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        long looksBefore = looks(team.personId(), team.ben());

        String page = open(team.ben(), path).getContentAsString();
        assertThat(looks(team.personId(), team.ben())).isEqualTo(looksBefore + 1);
        long seen = seen(page);

        MockHttpServletResponse quiet = open(team.ben(), path + "/updates?after=" + seen);
        assertThat(quiet.getStatus()).isEqualTo(204);
        assertThat(quiet.getContentAsString()).isEmpty();
        assertThat(looks(team.personId(), team.ben())).isEqualTo(looksBefore + 1);

        send(team.pat(), post(path + "/comments").param("comment", "Eric enjoyed the brass band."));

        MockHttpServletResponse news = open(team.ben(), path + "/updates?after=" + seen);
        assertThat(news.getStatus()).isEqualTo(200);
        assertThat(news.getContentAsString())
                .contains("Eric enjoyed the brass band.", "hx-swap-oob=\"true\"", "id=\"team-comments\"")
                .contains("after=" + (seen + 1));
        assertThat(looks(team.personId(), team.ben())).isEqualTo(looksBefore + 2);
        assertThat(open(team.ben(), path + "/updates?after=" + (seen + 1)).getStatus())
                .isEqualTo(204);
    }

    @Test
    void aLimitedConversationIsReadOnlyByItsMembersAndThePersonIsToldItExists() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        long chloeSaw = seen(open(team.chloe(), path).getContentAsString());

        MockHttpServletResponse started = send(
                team.amina(),
                post(path + "/threads")
                        .param("title", "Surprise party for Eric")
                        .param("message", "Shall we plan something for his birthday?")
                        .param("members", team.ben().id().toString()));
        String threadPath = started.getRedirectedUrl();
        assertThat(threadPath).startsWith(path + "/threads/");
        send(team.ben(), post(threadPath + "/messages").param("reply", "Yes! Cake from the bakery."));

        // Ben, who is in it, reads it.
        assertThat(open(team.ben(), threadPath).getContentAsString())
                .contains("Shall we plan something", "Cake from the bakery");
        // Chloe, who is not, is not even told it exists, and her page has nothing new.
        assertThat(open(team.chloe(), path).getContentAsString()).doesNotContain("Surprise party");
        assertThat(open(team.chloe(), path + "/updates?after=" + chloeSaw).getStatus())
                .isEqualTo(204);
        assertThat(open(team.chloe(), threadPath).getStatus()).isEqualTo(404);
        long messages = count("teams.thread_message");
        assertThat(send(team.chloe(), post(threadPath + "/messages").param("reply", "Me too?"))
                        .getStatus())
                .isEqualTo(404);
        assertThat(count("teams.thread_message")).isEqualTo(messages);
        // Eric is told it exists, who is in it and when it was last active, but cannot read it.
        String ericsPage = open(team.eric(), path).getContentAsString();
        assertThat(ericsPage)
                .contains("Surprise party for Eric", html("team.threads.notIn"))
                .contains(html("team.threads.limited", "Amina Hussain, Ben Crowther"))
                .doesNotContain("Shall we plan something", "Cake from the bakery", threadPath + "\"");
        assertThat(open(team.eric(), threadPath).getStatus()).isEqualTo(403);
        assertThat(audit.aboutPerson(team.personId(), 5)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(team.eric().id());
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
        });
    }

    @Test
    void anOpenConversationIsReadByEveryoneOnThePageAndAnyoneReplies() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        String threadPath = send(
                        team.eric(),
                        post(path + "/threads").param("title", "Garden").param("message", "The roses need pruning."))
                .getRedirectedUrl();

        send(team.pat(), post(threadPath + "/messages").param("reply", "I can do Saturday."));

        for (Account reader : List.of(team.eric(), team.amina(), team.chloe(), team.shah())) {
            assertThat(open(reader, threadPath).getContentAsString())
                    .as(reader.name())
                    .contains("The roses need pruning.", "I can do Saturday.", html("team.thread.readers.open"));
        }
        MockHttpServletResponse poll = open(team.amina(), threadPath + "/updates?after=1");
        assertThat(poll.getStatus()).isEqualTo(200);
        assertThat(poll.getContentAsString()).contains("I can do Saturday.", "after=2");
        assertThat(open(team.amina(), threadPath + "/updates?after=2").getStatus())
                .isEqualTo(204);
    }

    @Test
    void someoneOutsideTheTeamCanAddNothingAndNothingIsSaved() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        String threadPath = send(
                        team.amina(),
                        post(path + "/threads").param("title", "Rota").param("message", "Hi"))
                .getRedirectedUrl();
        send(team.amina(), post(path + "/comments").param("comment", "A comment"));
        send(team.amina(), post(path + "/celebrations").param("celebration", "Eric walked to the shop"));
        UUID comment = jdbc.sql("select id from teams.comment where author_id = ?")
                .param(team.amina().id())
                .query(UUID.class)
                .single();
        UUID celebration = jdbc.sql("select id from teams.celebration where author_id = ?")
                .param(team.amina().id())
                .query(UUID.class)
                .single();
        Account stranger = fixtures.account("Stan Dish", Role.WORKER);
        Account coordinator = fixtures.account("Cora Ordinator", Role.COORDINATOR);
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
                team.pat(),
                post(path + "/comments")
                        .param("comment", "Does Eric still take his tablets at 8?")
                        .param("question", "true"));
        UUID question = UUID.fromString(asked.getRedirectedUrl().replaceFirst(".*#comment-", ""));

        String questionPage = open(team.amina(), path + "/comments/" + question).getContentAsString();
        assertThat(questionPage).contains(html("team.comment.title.question", "Pat Greenwood"));
        send(
                team.amina(),
                post(path + "/comments/" + question + "/replies").param("commentReply", "Yes, with breakfast."));

        assertThat(open(team.eric(), path).getContentAsString())
                .contains(
                        "Does Eric still take his tablets at 8?",
                        "Yes, with breakfast.",
                        html("team.comment.tag.question"));
    }

    @Test
    void celebrationsGatherWellDonesFromOthersOnceEach() throws Exception {
        Scenario team = fixtures.scenario();
        String path = "/people/" + team.personId() + "/team";
        send(team.eric(), post(path + "/celebrations").param("celebration", "I walked to the post office!"));
        UUID celebration = jdbc.sql("select id from teams.celebration where author_id = ?")
                .param(team.eric().id())
                .query(UUID.class)
                .single();
        String wellDone = path + "/celebrations/" + celebration + "/well-done";

        send(team.amina(), post(wellDone));
        send(team.amina(), post(wellDone));
        send(team.pat(), post(wellDone));
        send(team.eric(), post(wellDone));

        assertThat(wellDones(celebration)).isEqualTo(2);
        assertThat(open(team.eric(), path).getContentAsString()).contains(html("team.wellDones", 2));
        assertThat(open(team.amina(), path).getContentAsString()).contains(html("team.wellDones.withYours", 2));
    }

    @Test
    void myTeamsListsTheTeamsTheCallerIsInAndMyTeamLeadsAPersonToTheirOwn() throws Exception {
        Scenario team = fixtures.scenario();

        assertThat(open(team.chloe(), "/teams").getContentAsString())
                .contains("Eric&#39;s team", "/people/" + team.personId() + "/team", html("team.role.WORKER"));
        assertThat(open(team.sam(), "/teams").getContentAsString()).contains(html("team.role.NOMINEE", "Eric"));
        assertThat(open(fixtures.account("Stan Dish", Role.WORKER), "/teams").getContentAsString())
                .contains(html("myTeams.none"));
        assertThat(open(team.eric(), "/my-team").getRedirectedUrl()).isEqualTo("/people/" + team.personId() + "/team");
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
