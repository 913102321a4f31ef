package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The person's calendar page: a week of visits, whole or as the fragment htmx swaps in. */
class SchedulePageTests extends VisitTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    VisitDayApi day;

    @Test
    void thePersonSeesAWeekOfVisitsDayByDayInUkTime() throws Exception {
        String noraEmail = newAccount("Nora Week", Role.SUPPORTED_PERSON);
        UUID nora = people.accountByEmail(noraEmail).orElseThrow().id();
        UUID amy = worker("Amy Week");
        UUID bob = worker("Bob Week");
        // Tuesday 4 June 2030, 08:00–09:00 UK time (BST)
        Instant tuesday = Instant.parse("2030-06-04T07:00:00Z");
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy, bob), tuesday, plus(tuesday, 60));
        UUID off = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), plus(tuesday, 1440), plus(tuesday, 1485));
        visits.cancel(VisitsApi.SYSTEM, off, "Away");

        String page = page(noraEmail, "/schedule?week=2030-06-06").getContentAsString();

        assertThat(page)
                .contains(html("schedule.title.own"))
                .contains(html("schedule.weekOf", "3 June 2030"))
                .contains("Tuesday 4 June")
                .contains(html("schedule.time", "08:00", "09:00"))
                .contains(html("schedule.with", "Amy Week, Bob Week"))
                .contains("Wednesday 5 June")
                .contains(html("schedule.time", "08:00", "08:45"))
                .contains(html("schedule.status.cancelled"))
                .contains("week=2030-05-27")
                .contains("week=2030-06-10")
                .contains("hx-get=\"/schedule?week=2030-06-10\"");
        assertThat(page(noraEmail, "/people/" + nora + "/schedule?week=2030-06-03")
                        .getContentAsString())
                .contains(html("schedule.with", "Amy Week, Bob Week"));
        assertThat(page(noraEmail, "/schedule?week=2030-06-10").getContentAsString())
                .contains(html("schedule.count.none"))
                .doesNotContain("Amy Week");
    }

    @Test
    void thePersonSeesWhenEachWorkerActuallyArrivedAndLeft() throws Exception {
        String noraEmail = newAccount("Nora Actual", Role.SUPPORTED_PERSON);
        UUID nora = people.accountByEmail(noraEmail).orElseThrow().id();
        Caller amy = newCaller("Amy Actual", Role.WORKER);
        Caller bob = newCaller("Bob Actual", Role.WORKER);
        Instant tuesday = Instant.parse("2030-06-04T07:00:00Z"); // 08:00 UK time
        UUID visit = visits.book(
                VisitsApi.SYSTEM, nora, List.of(amy.accountId(), bob.accountId()), tuesday, plus(tuesday, 60));
        UUID later =
                visits.book(VisitsApi.SYSTEM, nora, List.of(amy.accountId()), plus(tuesday, 600), plus(tuesday, 660));
        try (Moved at = clock.freezeAt(plus(tuesday, 50))) {
            day.checkIn(amy, visit, plus(tuesday, 2), null);
            day.checkIn(bob, visit, plus(tuesday, 5), null);
            day.checkOut(amy, visit, plus(tuesday, 48), null, "", "");
        }

        String page = page(noraEmail, "/schedule?week=2030-06-03").getContentAsString();

        assertThat(page)
                .contains(html("schedule.actual.stayed", "Amy Actual", "08:02", "08:48"))
                .contains(html("schedule.actual.there", "Bob Actual", "08:05"))
                .contains(html("schedule.time", "18:00", "19:00"));
        assertThat(page.split("arrived at"))
                .as("one line per worker who checked in")
                .hasSize(3);
        assertThat(day.actualTimes(List.of(later)))
                .as("nobody checked in to the later visit")
                .isEmpty();
    }

    @Test
    void theWeekPrintsAsALargePrintLetterForPeopleWhoGetTheirRotaByPost() throws Exception {
        String noraEmail = newAccount("Nora Print", Role.SUPPORTED_PERSON);
        UUID nora = people.accountByEmail(noraEmail).orElseThrow().id();
        Instant tuesday = Instant.parse("2030-06-04T07:00:00Z");
        visits.book(VisitsApi.SYSTEM, nora, List.of(worker("Amy Print")), tuesday, plus(tuesday, 60));
        visits.book(
                VisitsApi.SYSTEM,
                nora,
                List.of(worker("Olga Nextweek")),
                plus(tuesday, 7 * 1440),
                plus(tuesday, 7 * 1440 + 60));

        assertThat(page(noraEmail, "/schedule?week=2030-06-04").getContentAsString())
                .contains("/people/" + nora + "/schedule.pdf?week=2030-06-03");
        MockHttpServletResponse response = mvc.perform(
                        get("/people/" + nora + "/schedule.pdf?week=2030-06-04").with(as(noraEmail)))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Nora Print")
                    .contains("Your visits for the week of 3 June 2030")
                    .contains("Tuesday 4 June")
                    .contains("08:00 to 09:00")
                    .contains("Amy Print")
                    .contains("01422 000000")
                    .doesNotContain("Olga");
        }
        assertThat(mvc.perform(get("/people/" + nora + "/schedule.pdf").with(as(newAccount("Sid", Role.WORKER))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void htmxGetsTheWeekAloneAndABrowserTheWholePage() throws Exception {
        String noraEmail = newAccount("Nora Htmx", Role.SUPPORTED_PERSON);
        MockHttpServletResponse fragment = mvc.perform(
                        get("/schedule?week=2030-06-03").with(as(noraEmail)).header("HX-Request", "true"))
                .andReturn()
                .getResponse();
        assertThat(fragment.getContentAsString())
                .startsWith("<div id=\"schedule-week\">")
                .contains(html("schedule.weekOf", "3 June 2030"))
                .doesNotContain("<html", "<h1");
        MockHttpServletResponse restore = mvc.perform(get("/schedule?week=2030-06-03")
                        .with(as(noraEmail))
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andReturn()
                .getResponse();
        assertThat(restore.getContentAsString()).contains("<html").contains("<h1");
    }

    @Test
    void someoneOutsideThePersonsTeamGetsTheForbiddenPage() throws Exception {
        UUID nora = person("Nora Hidden");
        for (Role role : List.of(Role.WORKER, Role.FAMILY, Role.COORDINATOR, Role.SUPPORTED_PERSON)) {
            MockHttpServletResponse response = mvc.perform(
                            get("/people/" + nora + "/schedule").with(as(newAccount("Someone", role))))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(role.name()).isEqualTo(403);
        }
        assertThat(mvc.perform(get("/people/" + UUID.randomUUID() + "/schedule")
                                .with(as(newAccount("Cora", Role.COORDINATOR))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(page(newAccount("Nora", Role.SUPPORTED_PERSON), "/schedule?week=next-tuesday")
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void peopleWhoReceiveSupportHaveMyVisitsInTheirMenuAndCoordinatorsBookAVisit() throws Exception {
        String nora = page(newAccount("Nora Menu", Role.SUPPORTED_PERSON), "/dashboard")
                .getContentAsString();
        assertThat(nora).contains("href=\"/schedule\"").contains(html("nav.myVisits"));
        String cora =
                page(newAccount("Cora Menu", Role.COORDINATOR), "/dashboard").getContentAsString();
        assertThat(cora).contains("href=\"/visits/new\"").doesNotContain("href=\"/schedule\"");
        String wes = page(newAccount("Wes Menu", Role.WORKER), "/dashboard").getContentAsString();
        assertThat(wes).doesNotContain("href=\"/schedule\"").doesNotContain("href=\"/visits/new\"");
    }

    private MockHttpServletResponse page(String email, String path) throws Exception {
        return mvc.perform(get(path).with(as(email))).andReturn().getResponse();
    }
}
