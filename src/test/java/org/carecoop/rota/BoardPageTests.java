package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.people.internal.TimeAway;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.Cover;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.visits.Booking;
import org.carecoop.visits.VisitDayTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The co-ordinators' board (CO3) with real bookings, absences and cover: an escalated cover request
 * with the absent worker and the counts, a missed visit, a request waiting for a worker and a visit
 * whose worker has gone off sick, each with links to the visit and the person's schedule; and nobody
 * but co-ordinators sees it.
 */
class BoardPageTests extends VisitDayTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    Cover cover;

    @Autowired
    TimeAway timeAway;

    @Autowired
    ApplicationContext context;

    @Test
    void theBoardListsCoverNobodyTookAMissedVisitARequestAndAVisitAtRisk() throws Exception {
        String coordinator = newAccount("CoraBoard", Role.COORDINATOR);
        Instant start = inDays(25, "09:00");
        LocalDate date = LocalDate.ofInstant(start, UK);

        UUID nora = personAt("Nora Boardcover", "OL14 5AB", "");
        Caller amy = newCaller("Amy Boardaway", Role.WORKER);
        UUID covered = visit(nora, plus(start, 24 * 60 + 120), amy.accountId());

        UUID olive = personAt("Olive Boardmissed", "OL14 5AB", "");
        UUID missed = visit(olive, start, worker("Ben Boardmissed"));

        Caller pat = newCaller("Pat Boardrequest", Role.SUPPORTED_PERSON);
        UUID request = visits.book(
                        pat,
                        Booking.once(
                                pat.accountId(),
                                List.of(worker("Rae Boardrequest")),
                                plus(start, 60 * 26),
                                plus(start, 60 * 27)))
                .visitIds()
                .get(0);
        assertThat(visits.requested(plus(start, -60), plus(start, 60 * 48)))
                .anySatisfy(v -> assertThat(v.id()).isEqualTo(request));

        UUID ruth = personAt("Ruth Boardrisk", "OL14 5AB", "");
        Caller sam = newCaller("Sam Boardsick", Role.WORKER);
        // A long visit, still under way when Sam goes off sick
        UUID risky = visits.book(VisitsApi.SYSTEM, ruth, List.of(sam.accountId()), plus(start, 60), plus(start, 300));

        try (Moved at = clock.freezeAt(plus(start, 75))) {
            // Amy takes leave for tomorrow's visit; nobody takes it and it goes to the co-ordinators
            timeAway.recordLeave(amy, amy.accountId(), plus(start, 24 * 60), plus(start, 3 * 24 * 60), "Holiday");
            cover.coverAbsence(amy.accountId(), plus(start, 24 * 60), plus(start, 3 * 24 * 60));
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            cover.board().stream().anyMatch(r -> r.visitId().equals(covered)));
        }
        try (Moved at = clock.freezeAt(plus(start, 150))) {
            cover.progress(clock.instant());
            assertThat(cover.board())
                    .filteredOn(r -> r.visitId().equals(covered))
                    .singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo("escalated"));
            // Nobody checked in to Olive's visit; Sam goes off sick during Ruth's, too late for cover
            raiseMissedVisits();
            timeAway.reportSick(sam, sam.accountId(), date, "Flu");

            String page = page(coordinator, "/board?date=" + date);

            assertThat(page)
                    .contains(html("rotaViews.board.heading", dayLabel(date)))
                    .contains(html("rotaViews.board.cover.escalated"))
                    .contains("Nora Boardcover")
                    .contains(html("rotaViews.board.cover.detail", "Amy Boardaway", countOffered(covered), 0))
                    .contains("Olive Boardmissed")
                    .contains(html("rotaViews.board.missed.detail"))
                    .contains("Pat Boardrequest")
                    .contains(html("rotaViews.board.request.detail", "Rae Boardrequest"))
                    .contains("Ruth Boardrisk")
                    .contains(html("rotaViews.board.risk.sick", "Sam Boardsick"))
                    .contains("/visits/" + covered + "/day", "/visits/" + missed + "/day")
                    .contains("/visits/" + request + "/day", "/visits/" + risky + "/day")
                    .contains("/people/" + nora + "/schedule", "/people/" + ruth + "/schedule")
                    .containsPattern("Needs cover: [1-9]")
                    .containsPattern("Missed: [1-9]")
                    .containsPattern("Requests waiting for a worker: [1-9]")
                    .containsPattern("At risk: [1-9]");
            assertThat(section(page, "needs-cover", "running-late")).contains("Nora Boardcover");
            assertThat(section(page, "missed", "requests")).contains("Olive Boardmissed");
            assertThat(section(page, "requests", "at-risk")).contains("Pat Boardrequest");
            assertThat(section(page, "at-risk", "govuk-pagination"))
                    .contains("Ruth Boardrisk")
                    .doesNotContain("Nora Boardcover");
        }
    }

    @Test
    void onlyCoordinatorsSeeTheBoardAndBadDatesAreRefused() throws Exception {
        for (Role role : List.of(Role.WORKER, Role.FAMILY, Role.SUPPORTED_PERSON, Role.VOLUNTEER)) {
            assertThat(response(newAccount("NotCoordinator", role), "/board").getStatus())
                    .as(role.name())
                    .isEqualTo(403);
        }
        String coordinator = newAccount("CoraBoardonly", Role.COORDINATOR);
        assertThat(page(coordinator, "/board")).contains(html("rotaViews.day.today"));
        for (String bad : List.of("yesterday", "2026-13-01", "123456-01-01")) {
            MockHttpServletResponse response = response(coordinator, "/board?date=" + bad);
            assertThat(response.getStatus()).as(bad).isEqualTo(400);
            assertThat(response.getContentAsString()).doesNotContainIgnoringCase("exception");
        }
    }

    /**
     * Runs the missed-visit check now rather than waiting for its scheduled run; the check is private
     * to the visits module, so it is reached through its bean.
     */
    private void raiseMissedVisits() throws Exception {
        Object check = context.getBean(Class.forName("org.carecoop.visits.internal.MissedVisitCheck"));
        Method raiseDue = check.getClass().getMethod("raiseDue");
        raiseDue.setAccessible(true);
        raiseDue.invoke(check);
    }

    private int countOffered(UUID visitId) {
        return cover.board().stream()
                .filter(r -> r.visitId().equals(visitId))
                .findFirst()
                .orElseThrow()
                .offered();
    }

    private static String dayLabel(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
    }

    /** The page between two element ids, to check what is listed under a heading. */
    private static String section(String page, String fromId, String toMarker) {
        int from = page.indexOf("id=\"" + fromId + "\"");
        int to = page.indexOf(toMarker, from + 1);
        return page.substring(from, to);
    }

    private String page(String email, String path) throws Exception {
        MockHttpServletResponse response = response(email, path);
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse response(String email, String path) throws Exception {
        return mvc.perform(get(path).with(as(email))).andReturn().getResponse();
    }
}
