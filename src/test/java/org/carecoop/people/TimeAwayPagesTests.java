package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Journeys through the on-call, leave, sickness and rates pages and the rates API, without JavaScript. */
class TimeAwayPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse send(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(email)).with(csrf())).andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder period(String path, LocalDate from, LocalDate to) {
        return period(path, from, "", to, "");
    }

    private static MockHttpServletRequestBuilder period(
            String path, LocalDate from, String fromHour, LocalDate to, String toHour) {
        return post(path)
                .param("startDay", String.valueOf(from.getDayOfMonth()))
                .param("startMonth", String.valueOf(from.getMonthValue()))
                .param("startYear", String.valueOf(from.getYear()))
                .param("startHour", fromHour)
                .param("endDay", String.valueOf(to.getDayOfMonth()))
                .param("endMonth", String.valueOf(to.getMonthValue()))
                .param("endYear", String.valueOf(to.getYear()))
                .param("endHour", toHour)
                .param("reason", "Holiday");
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    @Test
    void aWorkerBooksLeaveAndIsToldClearlyWhenItOverlaps() throws Exception {
        String worker = newAccount("Lia", Role.WORKER);
        LocalDate from = LocalDate.now(clock).plusDays(10);

        MockHttpServletResponse added = send(worker, period("/availability/leave", from, from.plusDays(4)));

        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo("/availability/leave");
        String page = send(worker, get("/availability/leave")).getContentAsString();
        assertThat(page).contains("Holiday").contains(html("timeAway.leave.cancel"));

        MockHttpServletResponse clash = send(worker, period("/availability/leave", from.plusDays(2), from.plusDays(6)));

        assertThat(clash.getStatus()).isEqualTo(200);
        String body = clash.getContentAsString();
        assertThat(body).contains("govuk-error-summary").contains("href=\"#startDay\"");
        assertThat(body).contains("startDay-error").contains("This overlaps leave from");
        assertThat(people.absences(id(worker), Instant.EPOCH, Instant.now().plus(Duration.ofDays(60))))
                .hasSize(1);
    }

    @Test
    void anEmptyOrBackwardsPeriodIsRefusedAtItsFields() throws Exception {
        String worker = newAccount("Ola", Role.WORKER);

        String empty = send(worker, post("/availability/on-call")).getContentAsString();

        assertThat(empty).contains(html("timeAway.error.start.required")).contains(html("timeAway.error.end.required"));
        assertThat(empty).contains("href=\"#startDay\"").contains("href=\"#endDay\"");

        LocalDate day = LocalDate.now(clock).plusDays(3);
        String backwards = send(worker, period("/availability/on-call", day, "9", day.minusDays(1), ""))
                .getContentAsString();
        assertThat(backwards).contains(html("timeAway.error.order")).contains("endDay-error");
    }

    @Test
    void aWorkerOffSickSaysWhenTheyAreBack() throws Exception {
        String worker = newAccount("Sid", Role.WORKER);

        assertThat(send(worker, post("/availability/sickness").param("reason", "Flu"))
                        .getStatus())
                .isEqualTo(302);
        assertThat(send(worker, get("/availability/sickness")).getContentAsString())
                .contains(html("timeAway.sick.backButton"))
                .contains("Flu");
        Instant later = clock.instant().plus(Duration.ofDays(2));
        assertThat(people.availabilityAt(id(worker), later, later.plus(Duration.ofHours(1))))
                .isEqualTo(AvailabilityAt.OFF_SICK);

        assertThat(send(worker, post("/availability/sickness/back")).getStatus())
                .isEqualTo(302);
        assertThat(people.availabilityAt(id(worker), later, later.plus(Duration.ofHours(1))))
                .isEqualTo(AvailabilityAt.OUTSIDE_AVAILABILITY);
        assertThat(send(worker, get("/availability/sickness")).getContentAsString())
                .doesNotContain(html("timeAway.sick.backButton"));
    }

    @Test
    void aCoordinatorAddsOnCallForAWorkerAndOtherWorkersCannot() throws Exception {
        String worker = newAccount("Cai", Role.WORKER);
        String other = newAccount("Dot", Role.WORKER);
        String path = "/workers/" + id(worker) + "/availability/on-call";
        LocalDate day = LocalDate.now(clock).plusDays(5);

        assertThat(send(other, get(path)).getStatus()).isEqualTo(403);
        MockHttpServletResponse added = send(demo("coordinator"), period(path, day, "", day.plusDays(1), "8"));

        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo(path);
        assertThat(send(demo("coordinator"), get(path)).getContentAsString())
                .contains("Cai")
                .contains(html("timeAway.remove"));
        assertThat(people.onCallWindows(
                        id(worker), clock.instant(), clock.instant().plus(Duration.ofDays(30))))
                .singleElement()
                .satisfies(w -> assertThat(Duration.between(w.from(), w.to())).isEqualTo(Duration.ofHours(32)));
    }

    @Test
    void aWorkerSetsTheirRatesAndSeesAnExamplePrice() throws Exception {
        String worker = newAccount("Ria", Role.WORKER);

        String refused = send(worker, post("/rates").param("base", "lots").param("evening", "300"))
                .getContentAsString();
        assertThat(refused)
                .contains(html("rates.error.base.real"))
                .contains(html("rates.error.percent"))
                .contains("href=\"#base\"");
        assertThat(people.rateCard(id(worker))).isEmpty();

        MockHttpServletResponse saved = send(
                worker,
                post("/rates")
                        .param("base", "14.00")
                        .param("evening", "15")
                        .param("weekend", "25%")
                        .param("bankHoliday", "50")
                        .param("lastMinute", "10"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(people.rateCard(id(worker))).contains(new RateCard(1400, 15, 25, 50, 10));
        assertThat(send(worker, get("/rates")).getContentAsString()).contains("2 h at £14.00 an hour: £28.00");
    }

    @Test
    void theRatesApiReadsAndSetsACardForTheWorkerAndCoordinators() throws Exception {
        String worker = newAccount("Api", Role.WORKER);
        String other = newAccount("Nosy", Role.WORKER);
        String path = "/api/v1/workers/" + id(worker) + "/rates";

        assertThat(api(worker, get(path)).getStatus()).isEqualTo(404);
        MockHttpServletResponse saved = api(
                demo("coordinator"),
                put(path).contentType(MediaType.APPLICATION_JSON).content("""
                                {"basePence": 1450, "eveningPercent": 15, "weekendPercent": 20,
                                 "bankHolidayPercent": 50, "lastMinutePercent": 10}"""));
        assertThat(saved.getStatus()).isEqualTo(200);

        String read = api(worker, get(path)).getContentAsString();
        assertThat((Integer) JsonPath.read(read, "$.basePence")).isEqualTo(1450);
        assertThat(api(other, get(path)).getStatus()).isEqualTo(403);

        MockHttpServletResponse refused =
                api(worker, put(path).contentType(MediaType.APPLICATION_JSON).content("""
                        {"basePence": 0, "eveningPercent": 15, "weekendPercent": 20,
                         "bankHolidayPercent": 500, "lastMinutePercent": 10}"""));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(refused.getContentAsString()).contains("basePence").contains("bankHolidayPercent");
        assertThat(people.rateCard(id(worker))).contains(new RateCard(1450, 15, 20, 50, 10));
    }

    private MockHttpServletResponse api(String email, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token(email))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }

    private String token(String email) throws Exception {
        String password = email.contains("@demo.") ? DEMO_PASSWORD : PASSWORD;
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
