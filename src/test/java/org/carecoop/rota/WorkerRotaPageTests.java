package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.rota.internal.Cover;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.teams.page.TeamFixtures;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.visits.VisitDayTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The worker's day and week (CO3) with real bookings: only their own visits, in order; the postcode
 * and directions only when the person's access settings allow; tasks, team, status and travel; the
 * week's hours; and refusals for anyone who does not give support and for dates that are not dates.
 */
class WorkerRotaPageTests extends VisitDayTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    MatchingApi matching;

    @Autowired
    Cover cover;

    TeamFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new TeamFixtures(context);
    }

    @Test
    void aWorkerInThePersonsTeamSeesTheirDayInOrderWithWhereToGoTasksAndTheTeam() throws Exception {
        Account nora = fixtures.account("Nora Dayrota", Role.SUPPORTED_PERSON);
        people.savePersonProfile(nora.id(), profileAt("OL14 5AB", "", false));
        Account amy = fixtures.account("Amy Dayrota", Role.WORKER);
        Account bea = fixtures.account("Bea Dayrota", Role.WORKER);
        fixtures.formTeam(nora, amy, bea);
        UUID olive = person("Olive Dayrota");
        Instant morning = inDays(21, "09:00");
        UUID late = visit(nora.id(), plus(morning, 240), amy.id());
        UUID early = visit(nora.id(), morning, amy.id());
        visit(olive, plus(morning, 120), bea.id());
        day.setTasks(VisitsApi.SYSTEM, early, List.of("Help with breakfast", "Water the plants"));
        String date = LocalDate.ofInstant(morning, UK).toString();

        String page = page(amy.email(), "/rota/day?date=" + date);

        assertThat(page)
                .contains(html("rotaViews.time", "09:00", "10:00"))
                .contains(html("rotaViews.time", "13:00", "14:00"))
                .contains("Nora Dayrota")
                .contains("OL14 5AB")
                .contains("https://www.google.com/maps/dir/?api=1&amp;destination="
                        + URLEncoder.encode("OL14 5AB", StandardCharsets.UTF_8))
                .contains("Help with breakfast", "Water the plants")
                .contains(html("rotaViews.team"))
                .contains("Bea Dayrota")
                .contains(html("rotaViews.status.booked"))
                .contains("/visits/" + early + "/day", "/visits/" + late + "/day")
                .contains(
                        "date=" + LocalDate.parse(date).minusDays(1),
                        "date=" + LocalDate.parse(date).plusDays(1))
                .doesNotContain("Olive Dayrota")
                .doesNotContain(html("rotaViews.where.later"));
        assertThat(page.indexOf("/visits/" + early + "/day")).isLessThan(page.indexOf("/visits/" + late + "/day"));
    }

    @Test
    void aWorkerOutsideThePersonsTeamIsToldTheAddressComesNearerTheTime() throws Exception {
        UUID nora = personAt("Nora Hiddenrota", "OL14 5AB", "Key safe 1234");
        String amyEmail = newAccount("AmyHidden", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        Instant start = inDays(22, "10:00");
        UUID visit = visit(nora, start, amy);

        String page = page(amyEmail, "/rota/day?date=" + LocalDate.ofInstant(start, UK));

        assertThat(page)
                .contains("Nora Hiddenrota")
                .contains(html("rotaViews.where.later"))
                .contains("/visits/" + visit + "/day")
                .doesNotContain("OL14 5AB")
                .doesNotContain("google.com/maps")
                .doesNotContain(html("rotaViews.team"));
    }

    @Test
    void theStatusFollowsTheWorkersCheckInAndTheJourneyIsShown() throws Exception {
        UUID nora = personAt("Nora Checkrota", "OL14 5AB", "");
        String amyEmail = newAccount("AmyCheck", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        Instant start = inDays(23, "11:00");
        UUID visit = visit(nora, start, amy);
        String path = "/rota/day?date=" + LocalDate.ofInstant(start, UK);

        try (Moved at = clock.freezeAt(plus(start, 5))) {
            day.checkIn(asWorker(amy), visit, clock.instant(), null);
            assertThat(page(amyEmail, path))
                    .contains(html("rotaViews.status.checkedIn"))
                    .containsAnyOf(html("rotaViews.travel.fromHome.unknown"), "Travel from home:");
        }
        try (Moved at = clock.freezeAt(plus(start, 60))) {
            day.checkOut(asWorker(amy), visit, clock.instant(), null, "All well", "");
            assertThat(page(amyEmail, path)).contains(html("rotaViews.status.done"));
        }
    }

    @Test
    void theWeekShowsEachDaysVisitsAndTheHoursBooked() throws Exception {
        UUID nora = person("Nora Weekrota");
        String amyEmail = newAccount("AmyWeek", Role.WORKER);
        UUID amy = people.accountByEmail(amyEmail).orElseThrow().id();
        // Tuesday 4 June 2030, 08:00 UK time (BST), and Thursday 6 June 10:00
        Instant tuesday = Instant.parse("2030-06-04T07:00:00Z");
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy), tuesday, plus(tuesday, 90));
        Instant thursday = plus(tuesday, 2 * 1440 + 120);
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy), thursday, plus(thursday, 60));
        UUID off = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), plus(tuesday, 1440), plus(tuesday, 1500));
        visits.cancel(VisitsApi.SYSTEM, off, "Away");

        String page = page(amyEmail, "/rota?week=2030-06-05");

        assertThat(page)
                .contains(html("rotaViews.week.title", "Monday 3 June 2030"))
                .contains(html("rotaViews.week.hours", 2, 30))
                .contains("Tuesday 4 June", "Thursday 6 June")
                .contains(html("rotaViews.time", "08:00", "09:30"))
                .contains(html("rotaViews.time", "10:00", "11:00"))
                .contains(html("rotaViews.status.cancelled"))
                .contains("Nora Weekrota")
                .contains("/rota/day?date=2030-06-04", "/rota/day?date=2030-06-09")
                .contains("week=2030-05-27", "week=2030-06-10");
        assertThat(page(amyEmail, "/rota?week=2030-06-10")).contains(html("rotaViews.week.hours", 0, 0));
    }

    @Test
    void aWorkerOfferedCoverIsPointedToTheOffers() throws Exception {
        Caller nora = newCaller("Nora Coverrota", Role.SUPPORTED_PERSON);
        UUID amy = worker("Amy Coverrota");
        String graceEmail = newAccount("GraceCoverrota", Role.WORKER);
        UUID grace = people.accountByEmail(graceEmail).orElseThrow().id();
        // within the fortnight ahead that cover looks at
        Instant start = inDays(10, "14:00");
        people.saveWorkerAvailability(grace, WeeklyPattern.touchedBy(start, plus(start, 60), UK));
        matching.inviteToBackupPool(nora, nora.accountId(), grace);
        matching.answerBackupInvitation(asWorker(grace), nora.accountId(), true);
        visit(nora.accountId(), start, amy);

        // The menu always links to the cover page; the banner on the day appears only with an offer.
        assertThat(page(graceEmail, "/rota/day")).doesNotContain(html("rotaViews.offers.link", 1));
        assertThat(matching.backupPool(nora.accountId())).containsExactly(grace);
        assertThat(people.availabilityAt(grace, start, plus(start, 60))).isEqualTo(AvailabilityAt.AVAILABLE);
        assertThat(cover.coverAbsence(amy, plus(start, -60), plus(start, 120))).isEqualTo(1);

        assertThat(page(graceEmail, "/rota/day"))
                .contains(html("rotaViews.offers.link", 1))
                .contains("href=\"/cover\"");
    }

    @Test
    void onlyPeopleWhoGiveSupportHaveARotaAndBadDatesAreRefused() throws Exception {
        for (Role role : List.of(Role.FAMILY, Role.COORDINATOR, Role.SUPPORTED_PERSON)) {
            String email = newAccount("NotAWorker", role);
            assertThat(status(email, "/rota/day")).as(role.name()).isEqualTo(403);
            assertThat(status(email, "/rota")).as(role.name()).isEqualTo(403);
        }
        String volunteer = newAccount("Vic", Role.VOLUNTEER);
        assertThat(status(volunteer, "/rota/day")).isEqualTo(200);
        assertThat(page(volunteer, "/rota/day")).contains(html("rotaViews.day.none"));
        for (String bad : List.of("tomorrow", "2026-02-30", "99999-01-01", "+999999999-12-31", "1066-10-14")) {
            MockHttpServletResponse day = response(volunteer, "/rota/day?date=" + bad);
            assertThat(day.getStatus()).as(bad).isEqualTo(400);
            assertThat(day.getContentAsString()).doesNotContainIgnoringCase("exception");
            assertThat(status(volunteer, "/rota?week=" + bad)).as(bad).isEqualTo(400);
        }
    }

    private Caller asWorker(UUID id) {
        String name = people.account(id).orElseThrow().displayName();
        return new Caller(id, name, id, name, Set.of(Role.WORKER.name()));
    }

    private String page(String email, String path) throws Exception {
        MockHttpServletResponse response = response(email, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(String email, String path) throws Exception {
        return response(email, path).getStatus();
    }

    private MockHttpServletResponse response(String email, String path) throws Exception {
        return mvc.perform(get(path).with(as(email))).andReturn().getResponse();
    }
}
