package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.HttpVisitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The co-ordinator's booking form, with what it says when a worker is busy or a time is not right. */
class BookingFormTests extends VisitTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void aCoordinatorBooksAVisitAndSeesItConfirmedWithWaysToCancelOrCompleteIt() {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Form");
        UUID amy = worker("Amy Form");
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(20);
        HttpVisitor cora = visitor().signedInAs(coordinator, PASSWORD);

        HttpVisitor.Page answer = cora.submit(
                "/visits/new",
                "/visits/new",
                Map.of(
                        "personId", nora.toString(),
                        "workerId", amy.toString(),
                        "secondWorkerId", "",
                        "day", String.valueOf(date.getDayOfMonth()),
                        "month", String.valueOf(date.getMonthValue()),
                        "year", String.valueOf(date.getYear()),
                        "startTime", "9:30",
                        "endTime", "10:15"));

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.location()).isEqualTo("/visits/new");
        Instant start = date.atTime(9, 30).atZone(UK).toInstant();
        List<Visit> booked = visits.schedule(nora, start, plus(start, 45));
        assertThat(booked).singleElement().satisfies(v -> {
            assertThat(v.start()).isEqualTo(start);
            assertThat(v.end()).isEqualTo(plus(start, 45));
            assertThat(v.workers()).extracting(Visit.Worker::id).containsExactly(amy);
        });
        String page = cora.get("/visits/new").body();
        assertThat(page)
                .contains(html("visits.booked.heading", "Nora Form"))
                .contains("09:30 to 10:15, with Amy Form")
                .contains("/visits/" + booked.get(0).id() + "/cancel")
                .contains("/visits/" + booked.get(0).id() + "/complete");
        assertThat(cora.get("/visits/new").body())
                .as("shown once")
                .doesNotContain(html("visits.booked.heading", "Nora Form"));
    }

    @Test
    void aWorkerAlreadyBookedIsNamedNextToTheFieldThatChoseThem() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID amy = worker("Amy Free");
        UUID bob = worker("Bob Busy");
        LocalDate date = LocalDate.of(2030, 1, 15);
        Instant eight = date.atTime(8, 0).atZone(UK).toInstant();
        visits.book(coordinator(), person("Olive"), List.of(bob), eight, plus(eight, 60));
        UUID nora = person("Nora Clash");

        String page = mvc.perform(booking(coordinator, nora, amy, bob, date, "08:30", "09:30"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        String message = html("visits.worker.clash", "Bob Busy", "08:00", "09:00", "Tuesday 15 January 2030");
        assertThat(page).contains("govuk-error-summary").contains(message).contains("href=\"#secondWorkerId\"");
        assertThat(page)
                .containsPattern("id=\"secondWorkerId-error\"[^>]*>[^<]*<span[^>]*>[^<]*</span>\\s*"
                        + java.util.regex.Pattern.quote(message));
        assertThat(visits.hasVisits(nora)).isFalse();
    }

    @Test
    void aTimeSkippedWhenTheClocksGoForwardIsRefusedAtItsField() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Spring");
        String page = mvc.perform(booking(
                        coordinator, nora, worker("Amy Spring"), null, LocalDate.of(2030, 3, 31), "01:30", "02:30"))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains(html("visits.time.skipped", "01:30", "Sunday 31 March 2030"));
        assertThat(visits.hasVisits(nora)).isFalse();
    }

    @Test
    void aBookingAcrossTheAutumnClockChangeLastsTheRealTime() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Autumn");
        mvc.perform(booking(
                        coordinator, nora, worker("Amy Autumn"), null, LocalDate.of(2030, 10, 27), "00:30", "02:30"))
                .andReturn();

        assertThat(visits.schedule(nora, Instant.parse("2030-10-26T00:00:00Z"), Instant.parse("2030-10-28T00:00:00Z")))
                .singleElement()
                .satisfies(v -> {
                    assertThat(v.start()).isEqualTo(Instant.parse("2030-10-26T23:30:00Z"));
                    assertThat(v.end()).isEqualTo(Instant.parse("2030-10-27T02:30:00Z"));
                });
    }

    @Test
    void coordinatorsSeeEveryoneToBookForAndOthersWithoutAPersonAreRefused() throws Exception {
        for (Role role : List.of(Role.WORKER, Role.FAMILY, Role.ADMIN)) {
            assertThat(mvc.perform(get("/visits/new").with(as(newAccount("Someone", role))))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(role.name())
                    .isEqualTo(403);
        }
        String page = mvc.perform(get("/visits/new").with(as(newAccount("Cora", Role.COORDINATOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Amina Hussain (amina@demo.carecoop.test)").contains("Eric Walsh");
    }

    @Test
    void aVisitIsCancelledWithAReasonAndThenCannotBeCancelledAgain() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Cancel");
        Instant start = inDays(15, "10:00");
        UUID id = visits.book(coordinator(), nora, List.of(worker("Amy Cancel")), start, plus(start, 60));

        String blank = mvc.perform(post("/visits/" + id + "/cancel")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("reason", " "))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(blank).contains(html("visits.reason.required")).contains("href=\"#reason\"");

        MockHttpServletResponse done = mvc.perform(post("/visits/" + id + "/cancel")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("reason", "Nora is staying with her daughter"))
                .andReturn()
                .getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/visits/new");
        assertThat(visits.schedule(nora, start, plus(start, 60)))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.CANCELLED);

        MockHttpServletResponse again = mvc.perform(post("/visits/" + id + "/cancel")
                        .with(as(coordinator))
                        .with(csrf())
                        .param("reason", "Twice"))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains(html("visits.refused.already_cancelled"));
    }

    @Test
    void aVisitIsMarkedCompletedOnceItHasStartedButNotBefore() throws Exception {
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Complete");
        Instant past = inDays(-1, "10:00");
        Instant future = inDays(1, "10:00");
        UUID done = visits.book(coordinator(), nora, List.of(worker("Amy Complete")), past, plus(past, 60));
        UUID later = visits.book(coordinator(), nora, List.of(worker("Bob Complete")), future, plus(future, 60));

        MockHttpServletResponse early = mvc.perform(post("/visits/" + later + "/complete")
                        .with(as(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(early.getStatus()).isEqualTo(409);
        assertThat(early.getContentAsString()).contains(html("visits.refused.not_started"));

        MockHttpServletResponse completed = mvc.perform(post("/visits/" + done + "/complete")
                        .with(as(coordinator))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(completed.getRedirectedUrl()).isEqualTo("/visits/new");
        assertThat(visits.schedule(nora, past, plus(future, 60)))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.COMPLETED, VisitStatus.BOOKED);
        assertThat(mvc.perform(post("/visits/" + UUID.randomUUID() + "/complete")
                                .with(as(coordinator))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MockHttpServletRequestBuilder booking(
            String coordinator, UUID person, UUID worker, UUID second, LocalDate date, String start, String end) {
        return post("/visits/new")
                .with(as(coordinator))
                .with(csrf())
                .param("personId", person.toString())
                .param("workerId", worker.toString())
                .param("secondWorkerId", second == null ? "" : second.toString())
                .param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()))
                .param("startTime", start)
                .param("endTime", end);
    }
}
