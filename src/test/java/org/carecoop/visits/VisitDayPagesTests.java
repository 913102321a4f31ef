package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.TestClock.Moved;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The day-of-visit pages for co-ordinators and for workers who are not on the visit. */
class VisitDayPagesTests extends VisitDayTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void onlyTheVisitsWorkersAndCoordinatorsSeeItsPage() throws Exception {
        UUID nora = personAt("Nora", "OL14 5AB", "Key safe by the back door");
        String amy = newAccount("Amy", Role.WORKER);
        String bob = newAccount("Bob", Role.WORKER);
        String family = newAccount("Fay", Role.FAMILY);
        UUID visit = visit(
                nora,
                inDays(15, "09:00"),
                people.accountByEmail(amy).orElseThrow().id());

        MockHttpServletResponse page = mvc.perform(
                        get("/visits/" + visit + "/day").with(as(amy)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Key safe by the back door")
                // Amy covers from outside Nora's team: the address comes with her access, nearer the time
                .contains(html("rotaViews.where.later"))
                .doesNotContain("OL14 5AB")
                .contains("On my way")
                .doesNotContain("Correct check-in or check-out times");
        assertThat(mvc.perform(get("/visits/" + visit + "/day").with(as(bob)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/visits/" + visit + "/day").with(as(family)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post("/visits/" + visit + "/day/check-in")
                                .with(as(bob))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        MockHttpServletResponse tooEarly = mvc.perform(
                        post("/visits/" + visit + "/day/check-in").with(as(amy)).with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(tooEarly.getStatus()).isEqualTo(409);
        assertThat(tooEarly.getContentAsString()).contains(html("visitDay.refused.too_early"));
    }

    @Test
    void aCoordinatorSetsTasksCorrectsTimesAndSeesAMissedVisit() throws Exception {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        String coordinator = newAccount("Cora", Role.COORDINATOR);
        UUID amy = people.accountByEmail(newAccount("Amy", Role.WORKER))
                .orElseThrow()
                .id();
        Instant start = inDays(16, "09:00");
        UUID visit = visit(nora, start, amy);
        String path = "/visits/" + visit + "/day";

        assertThat(mvc.perform(post(path + "/tasks")
                                .with(as(coordinator))
                                .with(csrf())
                                .param("description", "Help with lunch"))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo(path + "#tasks");
        day.setTasks(VisitsApi.SYSTEM, visit, List.of("Help with lunch", "Water the plants"));
        UUID lunch = day.tasks(visit).get(0).id();
        mvc.perform(
                post(path + "/tasks/" + lunch + "/remove").with(as(coordinator)).with(csrf()));
        assertThat(day.tasks(visit)).extracting(VisitDayApi.Task::description).containsExactly("Water the plants");

        try (Moved at = clock.freezeAt(plus(start, 20))) {
            day.onMyWay(newCallerFor(amy), visit, place("OL14 5AB"));
            String alerts = mvc.perform(get("/visits/alerts").with(as(coordinator)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(alerts)
                    .contains("Nora")
                    .contains("Running 20 minutes late")
                    .contains(path);

            assertThat(mvc.perform(get(path + "/correct").with(as(coordinator)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(200);
            MockHttpServletResponse refused = mvc.perform(post(path + "/correct")
                            .with(as(coordinator))
                            .with(csrf())
                            .param("workerId", amy.toString())
                            .param("checkIn", "09:25")
                            .param("checkOut", "")
                            .param("reason", "Arrived late"))
                    .andReturn()
                    .getResponse();
            assertThat(refused.getContentAsString()).contains(html("visitDay.correct.future"));
            assertThat(mvc.perform(post(path + "/correct")
                                    .with(as(coordinator))
                                    .with(csrf())
                                    .param("workerId", amy.toString())
                                    .param("checkIn", "09:15")
                                    .param("checkOut", "")
                                    .param("reason", "Arrived late, no signal"))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo(path);
        }
        String page = mvc.perform(get(path).with(as(coordinator)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Arrived late, no signal").contains("Correct check-in or check-out times");
        assertThat(day.attendance(visit).workers().get(0).checkedIn()).contains(plus(start, 15));
    }

    private org.carecoop.platform.security.Caller newCallerFor(UUID worker) {
        String name = people.account(worker).orElseThrow().displayName();
        return new org.carecoop.platform.security.Caller(
                worker, name, worker, name, java.util.Set.of(Role.WORKER.name()));
    }
}
