package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestMail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class AssistedModeTests extends IntegrationTest {

    private static final String COORDINATOR = demo("coordinator");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SessionRepository<? extends Session> sessions;

    private static MockHttpServletRequestBuilder newAccountForm(String name, String email, String... roles) {
        return unagreedNewAccountForm(name, email, roles).param("agreed", "true");
    }

    private static MockHttpServletRequestBuilder unagreedNewAccountForm(String name, String email, String... roles) {
        return post("/assisted/new")
                .with(csrf())
                .param("displayName", name)
                .param("email", email)
                .param("phone", "01422 123456")
                .param("roles", roles)
                .param("_agreed", "on");
    }

    /** A co-ordinator creates an account for someone; returns its email address. */
    private String createdOnBehalf(String name) throws Exception {
        String email = freshEmail("offline");
        mvc.perform(newAccountForm(name, email, "SUPPORTED_PERSON").with(as(COORDINATOR)))
                .andExpect(redirectedUrl("/assisted"));
        return email;
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    private int auditEntries(String action, String outcome, UUID actor, UUID onBehalfOf) {
        return jdbc.sql("""
                        select count(*) from audit.access_log where action = ? and outcome = ? and actor_id = ?
                        and on_behalf_of is not distinct from ?""")
                .params(action, outcome, actor, onBehalfOf)
                .query(Integer.class)
                .single();
    }

    /** The sign-in that the session behind this visitor's cookie holds. */
    private Caller callerInSession(HttpVisitor visitor) {
        String id = new String(
                Base64.getDecoder()
                        .decode(visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow()),
                StandardCharsets.UTF_8);
        SecurityContext context = sessions.findById(id).getAttribute("SPRING_SECURITY_CONTEXT");
        return Caller.from(context.getAuthentication()).orElseThrow();
    }

    @Test
    void aCoordinatorSeesThePeopleTheyCanActForButNoStaff() throws Exception {
        mvc.perform(get("/assisted").param("q", "demo.carecoop.test").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Eric Walsh")))
                .andExpect(content().string(Matchers.containsString(html("assisted.actFor", "Eric Walsh"))))
                .andExpect(content().string(Matchers.containsString(html("assisted.status.self"))))
                .andExpect(content().string(Matchers.containsString(html("assisted.recorded"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Rachel Moss"))));
    }

    @Test
    void theSearchFindsPeopleByNameOrEmailAddress() throws Exception {
        mvc.perform(get("/assisted").param("q", "sutcliffe").with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString("Linda Sutcliffe")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Eric Walsh"))));
        mvc.perform(get("/assisted").param("q", "ERIC@demo").with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString("Eric Walsh")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Linda Sutcliffe"))));
        mvc.perform(get("/assisted").param("q", "%").with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString(html("assisted.results.none"))));
    }

    @Test
    void asACoordinatorTypesOnlyTheResultsAreSentBackForHtmxToSwapIn() throws Exception {
        String page = mvc.perform(get("/assisted").param("q", "Eric Walsh").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String results = mvc.perform(get("/assisted")
                        .param("q", "Eric Walsh")
                        .header("HX-Request", "true")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("<html", "hx-get=\"/assisted\"", "id=\"people-results\"");
        assertThat(results.strip())
                .startsWith("<div id=\"people-results\">")
                .contains(html("assisted.results.count", 1), html("assisted.actFor", "Eric Walsh"), "name=\"_csrf\"")
                .doesNotContain("<html", html("assisted.search.label"));
    }

    @Test
    void onlyCoordinatorsCanOpenAssistedModeOrActForSomeone() throws Exception {
        mvc.perform(get("/assisted").with(as(demo("amina")))).andExpect(status().isForbidden());
        mvc.perform(get("/assisted/new").with(as(demo("amina")))).andExpect(status().isForbidden());
        mvc.perform(post("/act-for").with(csrf()).param("email", demo("eric")).with(as(demo("amina"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/act-for").with(csrf()).param("email", demo("eric")).with(as(demo("drshah"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorCreatesAnAccountOnSomeonesBehalfAndTheyAreEmailedALink() throws Exception {
        String email = freshEmail("offline");

        mvc.perform(newAccountForm("Olive Offline", email, "SUPPORTED_PERSON")
                        .param("sendLink", "true")
                        .with(as(COORDINATOR)))
                .andExpect(redirectedUrl("/assisted"))
                .andExpect(flash().attribute("flash", "assisted.created.linkSent"));

        UUID coordinator = id(COORDINATOR);
        Map<String, Object> row = jdbc.sql(
                        "select created_by, password_hash, phone, display_name from people.account where email = ?")
                .param(email)
                .query()
                .singleRow();
        assertThat(row.get("created_by")).isEqualTo(coordinator);
        assertThat(row.get("password_hash")).isNull();
        assertThat(row.get("phone")).isEqualTo("01422 123456");
        assertThat(people.accountByEmail(email).orElseThrow().roles()).containsExactly(Role.SUPPORTED_PERSON);
        assertThat(TestMail.to(email)).hasSize(1);
        assertThat(TestMail.to(email).get(0).getContent().toString()).contains("/password-reset/");
        assertThat(jdbc.sql("select count(*) from audit.access_log where action = 'CREATE' and actor_id = ?"
                                + " and subject_person_id = ?")
                        .params(coordinator, id(email))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/assisted").param("q", email).with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString(html("assisted.status.assistedNoPassword"))));
    }

    @Test
    void noEmailIsSentUnlessTheCoordinatorAsks() throws Exception {
        String email = freshEmail("offline");

        mvc.perform(newAccountForm("Quiet Person", email, "FAMILY").with(as(COORDINATOR)))
                .andExpect(flash().attribute("flash", "assisted.created"));

        assertThat(people.accountByEmail(email)).isPresent();
        assertThat(TestMail.to(email)).isEmpty();
    }

    @Test
    void someoneWithoutAnEmailAddressGetsAnAccountACoordinatorCanActFor() throws Exception {
        String name = "Nora No-Email " + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(newAccountForm(name, "", "SUPPORTED_PERSON").with(as(COORDINATOR)))
                .andExpect(redirectedUrl("/assisted"))
                .andExpect(flash().attribute("flash", "assisted.created"));

        String signInName = jdbc.sql("select email from people.account where display_name = ?")
                .param(name)
                .query(String.class)
                .single();
        assertThat(signInName).endsWith("@offline.carecoop.invalid");
        mvc.perform(get("/assisted").param("q", name).with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString(html("assisted.person.noEmail"))))
                .andExpect(content().string(Matchers.containsString(signInName)));
        HttpVisitor visitor = visitor().signedInAs(COORDINATOR, DEMO_PASSWORD);
        assertThat(visitor.submit("/assisted", "/act-for", Map.of("email", signInName))
                        .location())
                .isEqualTo("/dashboard");
        assertThat(callerInSession(visitor).accountId()).isEqualTo(id(signInName));
    }

    @Test
    void aLinkCannotBeEmailedToSomeoneWithoutAnEmailAddress() throws Exception {
        String name = "Olive No-Email " + UUID.randomUUID().toString().substring(0, 8);

        mvc.perform(newAccountForm(name, "", "SUPPORTED_PERSON")
                        .param("sendLink", "true")
                        .with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("assisted.new.email.requiredForLink"))));

        assertThat(jdbc.sql("select count(*) from people.account where display_name = ?")
                        .param(name)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAccountIsNotCreatedWithoutThePersonsAgreement() throws Exception {
        String email = freshEmail("unasked");

        mvc.perform(unagreedNewAccountForm("Unasked", email, "SUPPORTED_PERSON").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("form.errorSummary.title"))))
                .andExpect(content().string(Matchers.containsString(html("assisted.new.agreed.required"))));

        assertThat(people.accountByEmail(email)).isEmpty();
    }

    @Test
    void anAssistedAccountCannotBeGivenAStaffRoleOrATakenAddress() throws Exception {
        String email = freshEmail("promoted");
        mvc.perform(newAccountForm("Promoted", email, "COORDINATOR").with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString(html("assisted.new.roles.required"))));
        assertThat(people.accountByEmail(email)).isEmpty();

        mvc.perform(newAccountForm("Second Eric", demo("eric").toUpperCase(java.util.Locale.ROOT), "FAMILY")
                        .with(as(COORDINATOR)))
                .andExpect(content().string(Matchers.containsString(html("assisted.new.email.taken"))));
        assertThat(people.accountByEmail(demo("eric")).orElseThrow().displayName())
                .isEqualTo("Eric Walsh");
    }

    @Test
    void theNewAccountFormAsksForAgreement() throws Exception {
        mvc.perform(get("/assisted/new").with(as(COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("assisted.new.agreed.option"))))
                .andExpect(content().string(Matchers.containsString(html("assisted.new.sendLink.option"))));
    }

    @Test
    void aCoordinatorActsForSomeoneWithTheirRolesOnlyAndEverythingIsRecordedOnTheirBehalf() throws Exception {
        String person = createdOnBehalf("Percy Offline");
        UUID personId = id(person);
        UUID coordinatorId = id(COORDINATOR);
        HttpVisitor visitor = visitor().signedInAs(COORDINATOR, DEMO_PASSWORD);

        HttpVisitor.Page started = visitor.submit("/assisted?q=" + person, "/act-for", Map.of("email", person));

        assertThat(started.location()).isEqualTo("/dashboard");
        String dashboard = visitor.get("/dashboard").body();
        assertThat(dashboard)
                .contains(html("assisted.banner.text", "Rachel Moss", "Percy Offline"))
                .contains(html("assisted.banner.stop"))
                .doesNotContain(html("nav.assisted"));
        assertThat(auditEntries("ACT_FOR_START", "allowed", coordinatorId, personId))
                .isEqualTo(1);

        Caller acting = callerInSession(visitor);
        assertThat(acting.accountId()).isEqualTo(personId);
        assertThat(acting.actorId()).isEqualTo(coordinatorId);
        assertThat(acting.roles()).containsExactly("SUPPORTED_PERSON");
        AuditEntry entry =
                AuditEntry.by(acting, Instant.now(), "VIEW", personId, "profile", AuditEntry.Outcome.ALLOWED);
        assertThat(entry.actorId()).isEqualTo(coordinatorId);
        assertThat(entry.onBehalfOf()).isEqualTo(personId);

        assertThat(visitor.get("/assisted").status()).isEqualTo(403);
        assertThat(visitor.get("/assisted/new").status()).isEqualTo(403);
        assertThat(visitor.submit("/dashboard", "/act-for", Map.of("email", demo("eric")))
                        .status())
                .isEqualTo(403);

        HttpVisitor.Page stopped = visitor.submit("/dashboard", "/act-for/stop", Map.of());

        assertThat(stopped.location()).isEqualTo("/assisted");
        assertThat(visitor.get("/dashboard").body()).doesNotContain(html("assisted.banner.stop"));
        assertThat(visitor.get("/assisted").status()).isEqualTo(200);
        assertThat(callerInSession(visitor).assisted()).isFalse();
        assertThat(auditEntries("ACT_FOR_END", "allowed", coordinatorId, personId))
                .isEqualTo(1);
    }

    @Test
    void aCoordinatorCannotActForAnotherCoordinatorOrAnAdministrator() {
        String otherCoordinator = newAccount("coordinator-two", Role.COORDINATOR);
        String admin = newAccount("admin", Role.ADMIN);
        UUID coordinatorId = id(COORDINATOR);
        HttpVisitor visitor = visitor().signedInAs(COORDINATOR, DEMO_PASSWORD);
        int refusedBefore = auditEntries("ACT_FOR_START", "denied", coordinatorId, null);

        for (String staff : new String[] {otherCoordinator, admin}) {
            HttpVisitor.Page answer = visitor.submit("/assisted", "/act-for", Map.of("email", staff));

            assertThat(answer.location()).isEqualTo("/assisted?failed");
            assertThat(visitor.get("/assisted?failed").body())
                    .contains(html("form.errorSummary.title"))
                    .contains(html("assisted.actFor.failed"));
            assertThat(callerInSession(visitor).assisted()).isFalse();
            assertThat(visitor.get("/dashboard").body()).doesNotContain(html("assisted.banner.stop"));
        }
        assertThat(auditEntries("ACT_FOR_START", "denied", coordinatorId, null)).isEqualTo(refusedBefore + 2);
        assertThat(auditEntries("ACT_FOR_START", "allowed", coordinatorId, id(admin)))
                .isZero();
    }

    @Test
    void anAccountCreatedOnSomeonesBehalfCannotBeSignedIntoUntilTheySetAPassword() throws Exception {
        String person = createdOnBehalf("Petra Passwordless");

        assertThat(visitor().signIn(person, "").location()).isEqualTo("/sign-in?error");
        assertThat(visitor().signIn(person, PASSWORD).location()).isEqualTo("/sign-in?error");
    }
}
