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
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker's day in a real browser with JavaScript switched off, as on a basic phone: from the
 * navigation to their rota, to the day of a visit, and on to the visit's own page.
 */
class WorkerRotaBrowserTests extends BrowserTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    VisitsApi visits;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void aWorkerOpensTheirDayAndFollowsOpenVisit() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = uniqueEmail("amy");
        UUID amy = people.createAccount(email, "Amy " + suffix, PASSWORD, Set.of(Role.WORKER));
        UUID nora =
                people.createAccount(uniqueEmail("nora"), "Nora " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(3);
        Instant start = date.atTime(10, 0).atZone(UK).toInstant();
        UUID visit = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), start, start.plusSeconds(3600));

        signInAs(email, PASSWORD);
        click("My rota");
        assertThat(path()).isEqualTo("/rota/day");

        open("/rota/day?date=" + date);
        assertThat(texts(".govuk-summary-card__title"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("10:00 to 11:00").contains("Nora " + suffix));

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
