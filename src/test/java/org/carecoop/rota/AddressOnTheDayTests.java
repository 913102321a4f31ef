package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.teams.page.TeamFixtures;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.visits.VisitDayTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The street address on the worker's day and on the visit's page (CO3): shown as an address with
 * directions to the whole of it to a worker in the person's team and to co-ordinators, recorded in
 * the person's access log; held back from a worker booked from outside the team until their cover
 * access opens.
 */
class AddressOnTheDayTests extends VisitDayTestSupport {

    static final PersonAddress CANAL = new PersonAddress(
            List.of("4 Lock Keepers Cottages", "Holme Street"), "Hebden Bridge", Postcode.of("HX7 8AE"));

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
    void aTeamWorkerSeesTheAddressAndDirectionsToTheDoorOnTheirDayAndTheVisitsPage() throws Exception {
        Account nora = fixtures.account("Nora Canalside", Role.SUPPORTED_PERSON);
        people.savePersonAddress(nora.id(), CANAL);
        Account amy = fixtures.account("Amy Canalside", Role.WORKER);
        fixtures.formTeam(nora, amy, fixtures.account("Bea Canalside", Role.WORKER));
        Instant start = inDays(25, "10:00");
        UUID visit = visit(nora.id(), start, amy.id());
        String directions = "destination="
                + URLEncoder.encode(
                        "4 Lock Keepers Cottages, Holme Street, Hebden Bridge, HX7 8AE", StandardCharsets.UTF_8);

        String day = page(amy.email(), "/rota/day?date=" + LocalDate.ofInstant(start, UK));
        assertThat(day)
                .contains("<address")
                .contains("4 Lock Keepers Cottages", "Holme Street", "Hebden Bridge", "HX7 8AE")
                .contains(directions);

        String visitPage = page(amy.email(), "/visits/" + visit + "/day");
        assertThat(visitPage)
                .contains("<address")
                .contains("4 Lock Keepers Cottages", "Hebden Bridge", "HX7 8AE")
                .contains(directions);

        assertThat(audit.aboutPerson(nora.id(), 50)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(amy.id());
            assertThat(e.recordType()).isEqualTo("profile_and_contact");
            assertThat(e.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
        });
    }

    @Test
    void aCoordinatorSeesItOnTheVisitsPageAndTheReadIsRecorded() throws Exception {
        Account nora = fixtures.account("Nora Coordinated", Role.SUPPORTED_PERSON);
        people.savePersonAddress(nora.id(), CANAL);
        Account cora = fixtures.account("Cora Coordinated", Role.COORDINATOR);
        Account amy = fixtures.account("Amy Coordinated", Role.WORKER);
        UUID visit = visit(nora.id(), inDays(26, "10:00"), amy.id());

        assertThat(page(cora.email(), "/visits/" + visit + "/day"))
                .contains("4 Lock Keepers Cottages", "HX7 8AE")
                .contains("destination=" + URLEncoder.encode("4 Lock Keepers Cottages", StandardCharsets.UTF_8));
        assertThat(audit.aboutPerson(nora.id(), 50)).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(cora.id());
            assertThat(e.action() + " " + e.recordType()).isEqualTo("VIEW address");
        });
    }

    @Test
    void aWorkerBookedFromOutsideTheTeamIsToldItComesNearerTheTime() throws Exception {
        Account nora = fixtures.account("Nora Faraway", Role.SUPPORTED_PERSON);
        people.savePersonAddress(nora.id(), CANAL);
        Account amy = fixtures.account("Amy Faraway", Role.WORKER);
        Instant start = inDays(27, "10:00");
        UUID visit = visit(nora.id(), start, amy.id());

        for (String path : List.of("/rota/day?date=" + LocalDate.ofInstant(start, UK), "/visits/" + visit + "/day")) {
            assertThat(page(amy.email(), path))
                    .as(path)
                    .contains(html("rotaViews.where.later"))
                    .doesNotContain("Lock Keepers")
                    .doesNotContain("HX7 8AE")
                    .doesNotContain("google.com/maps");
        }
    }

    @Test
    void withoutAStreetTheDirectionsFallBackToThePostcode() throws Exception {
        Account nora = fixtures.account("Nora Postcodeonly", Role.SUPPORTED_PERSON);
        people.savePersonProfile(nora.id(), profileAt("OL14 5AB", "", false));
        Account amy = fixtures.account("Amy Postcodeonly", Role.WORKER);
        fixtures.formTeam(nora, amy, fixtures.account("Bea Postcodeonly", Role.WORKER));
        Instant start = inDays(28, "10:00");
        visit(nora.id(), start, amy.id());

        assertThat(page(amy.email(), "/rota/day?date=" + LocalDate.ofInstant(start, UK)))
                .contains("OL14 5AB")
                .contains("destination=" + URLEncoder.encode("OL14 5AB", StandardCharsets.UTF_8));
    }

    private String page(String email, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path).with(as(email))).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }
}
