package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/people/{id}/schedule}: the visits, for those allowed, and clear refusals. */
class ScheduleApiTests extends VisitTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    VisitDayApi day;

    @Test
    void thePersonReadsTheirVisitsOfAPeriodWithTheWorkersNames() throws Exception {
        String noraEmail = newAccount("Nora Api", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        UUID amy = worker("Amy Api");
        UUID bob = worker("Bob Api");
        Instant monday = Instant.parse("2030-06-03T07:00:00Z"); // 08:00 UK time
        UUID first = visits.book(VisitsApi.SYSTEM, nora, List.of(amy, bob), monday, plus(monday, 60));
        UUID cancelled = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), plus(monday, 600), plus(monday, 645));
        visits.cancel(VisitsApi.SYSTEM, cancelled, "Nora is out");
        visits.book(
                VisitsApi.SYSTEM,
                nora,
                List.of(amy),
                Instant.parse("2030-06-20T07:00:00Z"),
                Instant.parse("2030-06-20T08:00:00Z"));

        MockHttpServletResponse response = call(noraEmail, nora, "?from=2030-06-03&to=2030-06-09");

        assertThat(response.getStatus()).isEqualTo(200);
        String body = response.getContentAsString();
        assertThat((String) JsonPath.read(body, "$.personId")).isEqualTo(nora.toString());
        assertThat((String) JsonPath.read(body, "$.from")).isEqualTo("2030-06-02T23:00:00Z");
        assertThat((String) JsonPath.read(body, "$.to")).isEqualTo("2030-06-09T23:00:00Z");
        assertThat((List<String>) JsonPath.read(body, "$.visits[*].id"))
                .containsExactly(first.toString(), cancelled.toString());
        assertThat((String) JsonPath.read(body, "$.visits[0].start")).isEqualTo("2030-06-03T07:00:00Z");
        assertThat((String) JsonPath.read(body, "$.visits[0].end")).isEqualTo("2030-06-03T08:00:00Z");
        assertThat((List<String>) JsonPath.read(body, "$.visits[*].status")).containsExactly("booked", "cancelled");
        assertThat((List<String>) JsonPath.read(body, "$.visits[0].workers[*].name"))
                .containsExactly("Amy Api", "Bob Api");
        assertThat((List<String>) JsonPath.read(body, "$.visits[0].workers[*].id"))
                .containsExactly(amy.toString(), bob.toString());
        assertThat((List<Object>) JsonPath.read(body, "$.visits[0].workers[*].checkedIn"))
                .as("nobody has arrived yet")
                .containsOnlyNulls();
        assertThat(audit.aboutPerson(nora, 5))
                .anySatisfy(e -> assertThat(e.action() + " " + e.recordType() + " " + e.outcome())
                        .isEqualTo("VIEW schedule ALLOWED"));
    }

    @Test
    void eachWorkersActualArrivalAndDepartureComeWithTheVisit() throws Exception {
        String noraEmail = newAccount("Nora Times", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        Caller amy = newCaller("Amy Times", Role.WORKER);
        Caller bob = newCaller("Bob Times", Role.WORKER);
        Instant monday = Instant.parse("2030-06-03T07:00:00Z");
        UUID visit = visits.book(
                VisitsApi.SYSTEM, nora, List.of(amy.accountId(), bob.accountId()), monday, plus(monday, 60));
        try (Moved at = clock.freezeAt(plus(monday, 50))) {
            day.checkIn(amy, visit, plus(monday, 2), null);
            day.checkIn(bob, visit, plus(monday, 5), null);
            day.checkOut(amy, visit, plus(monday, 48), null, "", "");
        }

        String body = call(noraEmail, nora, "?from=2030-06-03&to=2030-06-04").getContentAsString();

        String amys = "$.visits[0].workers[?(@.id == '" + amy.accountId() + "')]";
        String bobs = "$.visits[0].workers[?(@.id == '" + bob.accountId() + "')]";
        assertThat((List<String>) JsonPath.read(body, amys + ".checkedIn")).containsExactly("2030-06-03T07:02:00Z");
        assertThat((List<String>) JsonPath.read(body, amys + ".checkedOut")).containsExactly("2030-06-03T07:48:00Z");
        assertThat((List<String>) JsonPath.read(body, bobs + ".checkedIn")).containsExactly("2030-06-03T07:05:00Z");
        assertThat((List<Object>) JsonPath.read(body, bobs + ".checkedOut")).containsOnlyNulls();
    }

    @Test
    void instantsAreTakenAsTheyAreAndTheDefaultPeriodIsAWeekFromTheStartOfToday() throws Exception {
        String noraEmail = newAccount("Nora Default", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        UUID soon = visits.book(
                VisitsApi.SYSTEM, nora, List.of(worker("Amy Soon")), inDays(2, "10:00"), inDays(2, "11:00"));
        visits.book(VisitsApi.SYSTEM, nora, List.of(worker("Amy Later")), inDays(9, "10:00"), inDays(9, "11:00"));

        String body = call(noraEmail, nora, "").getContentAsString();
        Instant today =
                LocalDate.ofInstant(clock.instant(), UK).atStartOfDay(UK).toInstant();
        assertThat((String) JsonPath.read(body, "$.from")).isEqualTo(today.toString());
        assertThat((List<String>) JsonPath.read(body, "$.visits[*].id")).containsExactly(soon.toString());

        String exact = call(noraEmail, nora, "?from=" + inDays(2, "10:30") + "&to=" + inDays(2, "10:45"))
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(exact, "$.visits[*].id")).containsExactly(soon.toString());
        String touching = call(noraEmail, nora, "?from=" + inDays(2, "11:00")).getContentAsString();
        assertThat((List<String>) JsonPath.read(touching, "$.visits[*].id")).doesNotContain(soon.toString());
    }

    @Test
    void aStrangerIsRefusedWith403AndTheRefusalIsInThePersonsAccessLog() throws Exception {
        UUID nora = person("Nora Private");
        String stranger = newAccount("Stan Stranger", Role.WORKER);
        String coordinator = newAccount("Cora Curious", Role.COORDINATOR);

        for (String who : List.of(stranger, coordinator)) {
            MockHttpServletResponse response = call(who, nora, "");
            assertThat(response.getStatus()).isEqualTo(403);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getContentAsString()).doesNotContain("visits\"");
        }
        List<AuditEntry> log = audit.aboutPerson(nora, 10);
        assertThat(log)
                .filteredOn(e -> e.outcome() == AuditEntry.Outcome.DENIED)
                .extracting(AuditEntry::actorLabel, AuditEntry::recordType, AuditEntry::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Stan Stranger", "schedule", "READ"),
                        org.assertj.core.groups.Tuple.tuple("Cora Curious", "schedule", "READ"));
        assertThat(log).noneMatch(e -> e.action().equals("VIEW"));
    }

    @Test
    void anUnknownPersonIs404() throws Exception {
        MockHttpServletResponse response =
                call(newAccount("Cora", Role.COORDINATOR), UUID.randomUUID(), "?from=2030-01-01");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat((String) JsonPath.read(response.getContentAsString(), "$.detail"))
                .contains("no person");
    }

    @Test
    void aPeriodThatIsNotRightIs400NamingTheParameter() throws Exception {
        String noraEmail = newAccount("Nora Bad", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        Map<String, String> cases = Map.of(
                "?from=yesterday",
                "from",
                "?from=2030-02-30",
                "from",
                "?to=2030-13-01",
                "to",
                "?from=2030-01-10&to=2030-01-09",
                "to",
                "?from=2030-01-10T10:00:00Z&to=2030-01-10T10:00:00Z",
                "to",
                "?from=2030-01-01&to=2030-04-03",
                "to",
                "?from=" + "9".repeat(5000),
                "from");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            MockHttpServletResponse response = call(noraEmail, nora, c.getKey());
            assertThat(response.getStatus()).as(c.getKey()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            String body = response.getContentAsString();
            assertThat((String) JsonPath.read(body, "$.detail")).as(c.getKey()).contains(c.getValue());
            assertThat((List<String>) JsonPath.read(body, "$.errors[*].field"))
                    .as(c.getKey())
                    .containsExactly(c.getValue());
        }
        assertThat(call(noraEmail, nora, "?from=2030-01-01&to=2030-04-02").getStatus())
                .as("92 days exactly")
                .isEqualTo(200);
    }

    private MockHttpServletResponse call(String email, UUID personId, String query) throws Exception {
        return mvc.perform(get("/api/v1/people/" + personId + "/schedule" + query)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token(email))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }
}
