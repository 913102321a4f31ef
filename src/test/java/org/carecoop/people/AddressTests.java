package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.page.TeamFixtures;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.teams.page.TeamFixtures.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The address for visits (CO3): saved on its own page and through the API, checked like the
 * profile's postcode, and read only by those the person lets read their profile and contact details
 * (their team's workers by default) and by co-ordinators, with every read by someone else in the
 * person's access log.
 */
class AddressTests extends IntegrationTest {

    static final PersonAddress BIRCHCLIFFE =
            new PersonAddress(List.of("12 Birchcliffe Road", ""), "Hebden Bridge", Postcode.of("HX7 6AD"));

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    AuditLog audit;

    TeamFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TeamFixtures(context);
    }

    @Test
    void thePersonSavesTheirAddressOnItsOwnPageAndSeesItOnTheirProfile() throws Exception {
        String nora = newAccount("NoraAddress", Role.SUPPORTED_PERSON);
        UUID noraId = people.accountByEmail(nora).orElseThrow().id();

        String form = page(nora, "/profile/address");
        assertThat(form)
                .contains(html("address.line1"), html("address.town"), html("address.postcode"))
                .contains("autocomplete=\"address-line1\"", "autocomplete=\"postal-code\"");

        MockHttpServletResponse saved = mvc.perform(post("/profile/address")
                        .with(as(nora))
                        .with(csrf())
                        .param("line1", "  12   Birchcliffe Road ")
                        .param("line2", "")
                        .param("line3", "")
                        .param("town", "Hebden Bridge")
                        .param("postcode", "hx7 6ad"))
                .andReturn()
                .getResponse();

        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        PersonAddress address = people.personAddress(noraId).orElseThrow();
        assertThat(address.lines()).containsExactly("12 Birchcliffe Road");
        assertThat(address.town()).isEqualTo("Hebden Bridge");
        assertThat(address.postcode()).isEqualTo(Postcode.of("HX7 6AD"));
        assertThat(people.personProfile(noraId).orElseThrow().postcode())
                .as("the profile's postcode is the address's")
                .isEqualTo(Postcode.of("HX7 6AD"));
        assertThat(page(nora, "/profile"))
                .contains(html("summary.person.address"), "12 Birchcliffe Road", "href=\"/profile/address\"");
        assertThat(audit.aboutPerson(noraId, 10))
                .anySatisfy(e -> assertThat(e.action() + " " + e.recordType()).isEqualTo("UPDATE address"));
    }

    @Test
    void theFormShowsEachProblemInTheSummaryAndAtItsFieldAndSavesNothing() throws Exception {
        String nora = newAccount("NoraWrong", Role.SUPPORTED_PERSON);
        UUID noraId = people.accountByEmail(nora).orElseThrow().id();

        MockHttpServletResponse refused = mvc.perform(post("/profile/address")
                        .with(as(nora))
                        .with(csrf())
                        .param("line1", "")
                        .param("line2", "Birchcliffe Road")
                        .param("town", "Hebden Bridge")
                        .param("postcode", "HX7"))
                .andReturn()
                .getResponse();

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString())
                .contains("govuk-error-summary", "href=\"#line1\"", "href=\"#postcode\"")
                .contains("id=\"line1-error\"", "id=\"postcode-error\"")
                .contains(html("address.line1.required"), html("profile.postcode.format"))
                .contains("value=\"Birchcliffe Road\"");
        assertThat(people.personAddress(noraId)).isEmpty();
    }

    @Test
    void aTeamWorkerWithDefaultPermissionsReadsItAndTheReadIsInThePersonsAccessLog() throws Exception {
        Account vera = fixtures.account("Vera Address", Role.SUPPORTED_PERSON);
        Account tomasz = fixtures.account("Tomasz Address", Role.WORKER);
        Account outsider = fixtures.account("Olga Address", Role.WORKER);
        Account tessa = fixtures.account("Tessa Address", Role.FAMILY);
        fixtures.formTeam(vera, tomasz, fixtures.account("Ursula Address", Role.WORKER));
        fixtures.invite(vera, tessa, org.carecoop.teams.MemberRole.FAMILY_OR_FRIEND);
        people.savePersonAddress(vera.id(), BIRCHCLIFFE);

        MockHttpServletResponse read = api("GET", tomasz.email(), vera.id(), null);
        assertThat(read.getStatus()).isEqualTo(200);
        String body = read.getContentAsString();
        assertThat(JsonPath.<List<String>>read(body, "$.lines")).containsExactly("12 Birchcliffe Road");
        assertThat(JsonPath.<String>read(body, "$.town")).isEqualTo("Hebden Bridge");
        assertThat(JsonPath.<String>read(body, "$.postcode")).isEqualTo("HX7 6AD");

        for (Account refused : List.of(outsider, tessa)) {
            MockHttpServletResponse denied = api("GET", refused.email(), vera.id(), null);
            assertThat(denied.getStatus()).as(refused.name()).isEqualTo(403);
            assertThat(denied.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(denied.getContentAsString()).doesNotContain("Birchcliffe");
        }

        List<AuditEntry> log = audit.aboutPerson(vera.id(), 50);
        assertThat(log)
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(tomasz.id());
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
                    assertThat(e.recordType()).isEqualTo("profile_and_contact");
                })
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(outsider.id());
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                })
                .anySatisfy(e -> {
                    assertThat(e.actorId()).isEqualTo(tessa.id());
                    assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                });
    }

    @Test
    void coordinatorsReadItAndTheirReadIsRecordedToo() throws Exception {
        String cora = newAccount("CoraAddress", Role.COORDINATOR);
        UUID coraId = people.accountByEmail(cora).orElseThrow().id();
        Account vera = fixtures.account("Vera Coaddress", Role.SUPPORTED_PERSON);
        people.savePersonAddress(vera.id(), BIRCHCLIFFE);

        assertThat(api("GET", cora, vera.id(), null).getStatus()).isEqualTo(200);
        assertThat(audit.aboutPerson(vera.id(), 10)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(coraId);
            assertThat(e.action() + " " + e.recordType()).isEqualTo("VIEW address");
        });
    }

    @Test
    void theNomineeAndCoordinatorsChangeItAndOthersMayNot() throws Exception {
        Scenario team = fixtures.scenario();
        String cora = newAccount("CoraChange", Role.COORDINATOR);
        String json = "{\"lines\":[\"4 Lock Keepers Cottages\",\"Holme Street\"],\"town\":\"Hebden Bridge\","
                + "\"postcode\":\"HX7 8AE\"}";

        MockHttpServletResponse byNominee =
                api("PUT", team.valerie().email(), team.vera().id(), json);
        assertThat(byNominee.getStatus()).isEqualTo(200);
        assertThat(people.personAddress(team.vera().id()).orElseThrow().lines())
                .containsExactly("4 Lock Keepers Cottages", "Holme Street");
        assertThat(api("PUT", cora, team.vera().id(), json).getStatus()).isEqualTo(200);
        for (Account refused : List.of(team.tomasz(), team.tessa())) {
            assertThat(api("PUT", refused.email(), team.vera().id(), json).getStatus())
                    .as(refused.name())
                    .isEqualTo(403);
        }
        assertThat(mvc.perform(get("/people/" + team.vera().id() + "/address")
                                .with(as(team.valerie().email())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("value=\"4 Lock Keepers Cottages\"", "Vera Thwaite");
        assertThat(mvc.perform(get("/people/" + team.vera().id() + "/address")
                                .with(as(team.tomasz().email())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThatThrownBy(() -> people.changePersonAddress(
                        team.tessa().caller(), team.vera().id(), BIRCHCLIFFE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theApiRefusesABadAddressNamingTheFieldAndAnswers404WhenThereIsNone() throws Exception {
        String cora = newAccount("CoraBad", Role.COORDINATOR);
        Account vera = fixtures.account("Vera Noaddress", Role.SUPPORTED_PERSON);
        Account worker = fixtures.account("Walt Noaddress", Role.WORKER);

        MockHttpServletResponse none = api("GET", cora, vera.id(), null);
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(none.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(api("GET", cora, worker.id(), null).getStatus())
                .as("not a person who receives support")
                .isEqualTo(404);

        MockHttpServletResponse bad =
                api("PUT", cora, vera.id(), "{\"lines\":[],\"town\":\"Hebden Bridge\",\"postcode\":\"ZZ99 9ZZ\"}");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<List<String>>read(bad.getContentAsString(), "$.errors[*].field"))
                .contains("lines");
        assertThat(people.personAddress(vera.id())).isEmpty();
    }

    @Test
    void theRecordRefusesATownWithoutAStreetAndTooManyLines() {
        assertThatThrownBy(() -> new PersonAddress(List.of(" "), "Hebden Bridge", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonAddress(List.of("1", "2", "3", "4"), "", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PersonAddress(List.of("", "Mill Lane", ""), "", Postcode.of("HX7 8AE")).oneLine())
                .isEqualTo("Mill Lane, HX7 8AE");
    }

    private String page(String email, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse api(String method, String email, UUID personId, String json) throws Exception {
        String path = "/api/v1/people/" + personId + "/address";
        var request = "PUT".equals(method)
                ? put(path).contentType(MediaType.APPLICATION_JSON).content(json)
                : get(path);
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(email))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
