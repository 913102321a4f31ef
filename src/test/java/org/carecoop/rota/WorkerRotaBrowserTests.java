package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.carecoop.teams.page.TeamFixtures;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A worker's day in a real browser with JavaScript switched off, as on a basic phone: the person
 * records where they are visited, and the worker in their team goes from the navigation to their
 * rota, to the day of a visit with that address and directions to it, and on to the visit's own page.
 */
class WorkerRotaBrowserTests extends BrowserTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    VisitsApi visits;

    @Autowired
    ApplicationContext context;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void aWorkerOpensTheirDayAndFollowsOpenVisit() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        TeamFixtures fixtures = new TeamFixtures(context);
        TeamFixtures.Account amyAccount = fixtures.account("Amy " + suffix, Role.WORKER);
        TeamFixtures.Account noraAccount = fixtures.account("Nora " + suffix, Role.SUPPORTED_PERSON);
        fixtures.formTeam(noraAccount, amyAccount, fixtures.account("Bea " + suffix, Role.WORKER));
        String email = amyAccount.email();
        UUID amy = amyAccount.id();
        UUID nora = noraAccount.id();
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(3);
        Instant start = date.atTime(10, 0).atZone(UK).toInstant();
        UUID visit = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), start, start.plusSeconds(3600));

        // Nora records where she is visited, from her profile, on a small phone
        signInAs(noraAccount.email(), PASSWORD);
        open("/profile");
        click("Change Address for visits");
        assertThat(path()).isEqualTo("/profile/address");
        checkReflow();
        fill("line1", "12 Birchcliffe Road");
        fill("town", "Hebden Bridge");
        fill("postcode", "HX7 6AD");
        click("Save address");
        assertThat(path()).isEqualTo("/profile");
        assertThat(successMessage()).isEqualTo("Address saved");
        signOut();

        signInAs(email, PASSWORD);
        click("My rota");
        assertThat(path()).isEqualTo("/rota/day");

        open("/rota/day?date=" + date);
        assertThat(texts(".govuk-summary-card__title"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("10:00 to 11:00").contains("Nora " + suffix));
        assertThat(texts("address"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("12 Birchcliffe Road", "Hebden Bridge", "HX7 6AD"));
        assertThat(browser()
                        .findElement(By.linkText("Directions to Nora " + suffix))
                        .getDomAttribute("href"))
                .endsWith("destination=12+Birchcliffe+Road%2C+Hebden+Bridge%2C+HX7+6AD");
        checkReflow();

        click("Open visit to Nora " + suffix + " at 10:00");
        assertThat(path()).isEqualTo("/visits/" + visit + "/day");
        assertThat(heading()).contains("Nora " + suffix);

        open("/rota?week=" + date);
        assertThat(texts("main li")).anySatisfy(t -> assertThat(t).contains("Nora " + suffix));
    }

    @Test
    void aCoordinatorOpensTheBoardFromTheNavigation() {
        String email = uniqueEmail("cora");
        people.createAccount(email, "Cora Board", PASSWORD, Set.of(Role.COORDINATOR));

        signInAs(email, PASSWORD);
        click("Board");
        assertThat(path()).isEqualTo("/board");
        assertThat(texts("h2"))
                .contains("Needs cover", "Running late", "Missed", "Requests waiting for a worker", "At risk");
    }
}
