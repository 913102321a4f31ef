package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The vetting and availability pages, through MockMvc on the whole application. */
class VettingPagesTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String page(String path, String email) throws Exception {
        return mvc.perform(get(path).with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void coordinatorsSeeGracesDbsRenewalWarningAmongTheWorkers() throws Exception {
        String html = page("/vetting/workers", demo("coordinator"));

        assertThat(html).contains("Grace Mitchell").contains("Enhanced DBS check expires in 20 days");
        assertThat(html.indexOf("Grace Mitchell")).isLessThan(html.indexOf("Amina Hussain"));
    }

    @Test
    void aWorkerSeesTheirOwnChecklistWithWhatIsMissing() throws Exception {
        String html = page("/vetting", demo("hari"));

        assertThat(html).contains("My vetting").contains("Not yet vetted").contains("Missing for tier 1");
        assertThat(html).doesNotContain("Add evidence");
    }

    @Test
    void aCoordinatorRecordsDbsEvidenceAfterCorrectingAMistake() throws Exception {
        String email = newAccount("dbsworker", Role.WORKER);
        UUID worker = people.accountByEmail(email).orElseThrow().id();
        LocalDate today = LocalDate.now(clock);
        String path = "/workers/" + worker + "/vetting/add/DBS";

        String refused = mvc.perform(post(path)
                        .with(as(demo("coordinator")))
                        .with(csrf())
                        .param("certificateNumber", "12345")
                        .param("issuedDay", "1")
                        .param("issuedMonth", "2")
                        .param("issuedYear", String.valueOf(today.getYear() - 1))
                        .param("updateService", "yes")
                        .param("validDay", "1")
                        .param("validMonth", "2")
                        .param("validYear", String.valueOf(today.getYear() + 2))
                        .param("checkedDay", String.valueOf(today.getDayOfMonth()))
                        .param("checkedMonth", String.valueOf(today.getMonthValue()))
                        .param("checkedYear", String.valueOf(today.getYear())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("The DBS certificate number must be 12 digits");
        assertThat(people.hasVettingEvidence(worker)).isFalse();

        mvc.perform(post(path)
                        .with(as(demo("coordinator")))
                        .with(csrf())
                        .param("certificateNumber", "001234567890")
                        .param("issuedDay", "1")
                        .param("issuedMonth", "2")
                        .param("issuedYear", String.valueOf(today.getYear() - 1))
                        .param("updateService", "yes")
                        .param("validDay", "1")
                        .param("validMonth", "2")
                        .param("validYear", String.valueOf(today.getYear() + 2))
                        .param("checkedDay", String.valueOf(today.getDayOfMonth()))
                        .param("checkedMonth", String.valueOf(today.getMonthValue()))
                        .param("checkedYear", String.valueOf(today.getYear())))
                .andExpect(status().is3xxRedirection());

        String checklist = page("/workers/" + worker + "/vetting", demo("coordinator"));
        assertThat(checklist).contains("001234567890").contains("Rachel Moss").contains("Withdraw");
        UUID evidence = jdbc.sql("select id from people.vetting_evidence where worker_id = ?")
                .param(worker)
                .query(UUID.class)
                .single();
        mvc.perform(post("/workers/" + worker + "/vetting/evidence/" + evidence + "/withdraw")
                        .with(as(demo("coordinator")))
                        .with(csrf())
                        .param("reason", "Wrong certificate"))
                .andExpect(status().is3xxRedirection());
        long looksByOthers = vettingViews(worker);
        assertThat(page("/vetting", email)).contains("Withdrawn on").contains("Wrong certificate");
        assertThat(looksByOthers).isPositive();
        assertThat(vettingViews(worker))
                .as("the worker's own look is not logged")
                .isEqualTo(looksByOthers);
    }

    private long vettingViews(UUID worker) {
        return jdbc.sql("select count(*) from audit.access_log where subject_person_id = ? and record_type = 'vetting'"
                        + " and action = 'VIEW'")
                .param(worker)
                .query(Long.class)
                .single();
    }

    @Test
    void aWorkerCannotOpenAnotherWorkersVetting() throws Exception {
        UUID grace = people.accountByEmail(demo("grace")).orElseThrow().id();

        mvc.perform(get("/workers/" + grace + "/vetting").with(as(demo("hari"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aWorkerSetsTheirAvailabilityAndIsToldWhenATimeEndsBeforeItStarts() throws Exception {
        String email = newAccount("weekender", Role.WORKER);
        UUID worker = people.accountByEmail(email).orElseThrow().id();

        String refused = mvc.perform(post("/availability")
                        .with(as(email))
                        .with(csrf())
                        .param("from[10]", "17")
                        .param("to[10]", "9"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("Saturday: the first time must end after it starts");
        assertThat(people.workerAvailability(worker).isEmpty()).isTrue();

        mvc.perform(post("/availability")
                        .with(as(email))
                        .with(csrf())
                        .param("from[10]", "9")
                        .param("to[10]", "17")
                        .param("from[11]", "18")
                        .param("to[11]", "24"))
                .andExpect(status().is3xxRedirection());

        assertThat(people.workerAvailability(worker))
                .isEqualTo(WeeklyPattern.of(List.of(
                        new WeeklyPattern.Window(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)),
                        new WeeklyPattern.Window(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT))));
        assertThat(page("/availability", email)).contains("Available 14 hours a week");
    }

    @Test
    void overlappingTimesOnADayAreRefused() throws Exception {
        String email = newAccount("overlapper", Role.VOLUNTEER);

        String refused = mvc.perform(post("/availability")
                        .with(as(email))
                        .with(csrf())
                        .param("from[0]", "9")
                        .param("to[0]", "13")
                        .param("from[1]", "12")
                        .param("to[1]", "15"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(refused).contains("Monday: the two times overlap");
    }
}
