package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.HttpVisitor;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.VisitTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar feeds (CO7): made by their owner, fetched without signing in at a secret address, valid RFC 5545
 * (parsed back with ical4j and validated), showing only what the owner may see, and stopped by revoking or by
 * the person withdrawing permission.
 */
class CalendarFeedTests extends VisitTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamsApi teams;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aPersonFollowsTheirVisitsInACalendarAppIncludingCancellations() throws Exception {
        String noraEmail = newAccount("Nora Feed", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        UUID amy = worker("Amy Feed");
        UUID booked = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), inDays(1, "09:00"), inDays(1, "10:00"));
        UUID cancelled = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), inDays(2, "09:00"), inDays(2, "10:00"));
        visits.cancel(VisitsApi.SYSTEM, cancelled, "Nora is away");
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy), inDays(200, "09:00"), inDays(200, "10:00"));

        String address = make(noraEmail, nora.toString());
        Calendar calendar = fetch(address);

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events)
                .extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder(booked + "@carecoop", cancelled + "@carecoop");
        VEvent first = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith(booked.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(first.getSummary().getValue()).isEqualTo("Visit from Amy Feed");
        assertThat(Instant.from(first.getDateTimeStart().getDate())).isEqualTo(inDays(1, "09:00"));
        assertThat(Instant.from(first.getDateTimeEnd().getDate())).isEqualTo(inDays(1, "10:00"));
        assertThat(first.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(events.stream()
                        .filter(e -> e.getUid().orElseThrow().getValue().startsWith(cancelled.toString()))
                        .findFirst()
                        .orElseThrow()
                        .getStatus()
                        .getValue())
                .isEqualTo("CANCELLED");
        assertThat(audit.aboutPerson(nora, 3))
                .anySatisfy(e -> assertThat(e.action() + " " + e.recordType()).isEqualTo("VIEW calendar feed"));
    }

    @Test
    void aWorkersFeedShowsTheirOwnVisitsAndWhoTheyWorkWith() throws Exception {
        String amyEmail = newAccount("Amy Own", Role.WORKER);
        UUID amy = id(amyEmail);
        UUID nora = person("Nora Own");
        UUID other = worker("Bob Own");
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy, other), inDays(1, "09:00"), inDays(1, "10:00"));
        visits.book(VisitsApi.SYSTEM, person("Olga Elsewhere"), List.of(other), inDays(1, "11:00"), inDays(1, "12:00"));

        Calendar calendar = fetch(make(amyEmail, "mine"));

        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getSummary().getValue()).isEqualTo("Visit to Nora Own");
            assertThat(e.getDescription().getValue()).isEqualTo("With Amy Own, Bob Own");
        });
    }

    @Test
    void aFamilyMembersFeedStopsWhenThePersonWithdrawsPermission() throws Exception {
        Caller nora = newCaller("Nora Family", Role.SUPPORTED_PERSON);
        formTeam(nora);
        String fredEmail = newAccount("Fred Family", Role.FAMILY);
        UUID fred = id(fredEmail);
        teams.addMember(nora, nora.accountId(), fred, MemberRole.FAMILY_OR_FRIEND);
        teams.grant(nora, nora.accountId(), fred, Category.SCHEDULE, Action.READ);
        visits.book(
                VisitsApi.SYSTEM,
                nora.accountId(),
                List.of(worker("Amy Family")),
                inDays(1, "09:00"),
                inDays(1, "10:00"));

        String address = make(fredEmail, nora.accountId().toString());
        assertThat(fetch(address).getComponents(VEvent.VEVENT)).hasSize(1);

        teams.revoke(nora, nora.accountId(), fred, Category.SCHEDULE, Action.READ);

        assertThat(mvc.perform(get(path(address))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void someoneNotAllowedToSeeTheScheduleCannotMakeAFeedOfIt() throws Exception {
        Caller nora = newCaller("Nora Private", Role.SUPPORTED_PERSON);
        formTeam(nora);
        String patEmail = newAccount("Pat Neighbour", Role.FAMILY);
        teams.addMember(nora, nora.accountId(), id(patEmail), MemberRole.FAMILY_OR_FRIEND);
        teams.setMemberPermissions(nora, nora.accountId(), id(patEmail), Set.of());

        MockHttpServletResponse response = mvc.perform(post("/calendar-feeds")
                        .with(as(patEmail))
                        .with(csrf())
                        .param("calendar", nora.accountId().toString()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains(html("feeds.calendar.notAllowed"));
        assertThat(feedCount(id(patEmail))).isZero();

        MockHttpServletResponse stranger = mvc.perform(post("/calendar-feeds")
                        .with(as(newAccount("Sid Stranger", Role.WORKER)))
                        .with(csrf())
                        .param("calendar", nora.accountId().toString()))
                .andReturn()
                .getResponse();
        assertThat(stranger.getContentAsString()).contains(html("feeds.calendar.required"));
    }

    @Test
    void revokingStopsTheAddressAndMakingANewOneReplacesTheOld() throws Exception {
        String noraEmail = newAccount("Nora Revoke", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        String first = make(noraEmail, nora.toString());
        String second = make(noraEmail, nora.toString());

        assertThat(mvc.perform(get(path(first))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get(path(second))).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        UUID live = jdbc.sql("select id from rota.calendar_feed where owner_id = ? and revoked_at is null")
                .param(nora)
                .query(UUID.class)
                .single();
        MockHttpServletResponse page = mvc.perform(post("/calendar-feeds/" + live + "/revoke")
                        .with(as(noraEmail))
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(page.getRedirectedUrl()).isEqualTo("/calendar-feeds");
        assertThat(mvc.perform(get(path(second))).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        // Someone else cannot stop it (nor learn that it exists).
        String otherEmail = newAccount("Olga Other", Role.SUPPORTED_PERSON);
        make(noraEmail, nora.toString());
        UUID again = jdbc.sql("select id from rota.calendar_feed where owner_id = ? and revoked_at is null")
                .param(nora)
                .query(UUID.class)
                .single();
        assertThat(mvc.perform(post("/calendar-feeds/" + again + "/revoke")
                                .with(as(otherEmail))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anUnknownOrOverlongTokenIsAPlain404() throws Exception {
        assertThat(mvc.perform(get("/feeds/not-a-real-token.ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/feeds/" + "x".repeat(300) + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    /**
     * Makes a feed through the page over real HTTP, as a browser would (the address is shown once, after the
     * redirect), and returns the address.
     */
    private String make(String email, String calendar) {
        HttpVisitor browser = visitor().signedInAs(email, PASSWORD);
        HttpVisitor.Page made = browser.submit("/calendar-feeds", "/calendar-feeds", Map.of("calendar", calendar));
        assertThat(made.status()).isEqualTo(302);
        assertThat(made.location()).endsWith("/calendar-feeds");
        String page = browser.get("/calendar-feeds").body();
        Matcher address = Pattern.compile(
                        "id=\"feed-address\" type=\"text\" readonly spellcheck=\"false\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(address.find()).as("the new address on the page").isTrue();
        assertThat(address.group(1)).matches("http://[^/]+:" + port + "/feeds/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(browser.get("/calendar-feeds").body()).as("shown once").doesNotContain(address.group(1));
        return address.group(1);
    }

    /** Fetches a feed as a calendar app would (not signed in), parses it back and validates it. */
    private Calendar fetch(String address) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(path(address))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String body = response.getContentAsString();
        assertThat(body).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        net.fortuna.ical4j.validate.ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors())
                .as("%s in%n%s", validation.getEntries(), body)
                .isFalse();
        return calendar;
    }

    /** Two workers start regular support, so the person's team forms and others can be added to it. */
    private void formTeam(Caller person) {
        for (int i = 0; i < 2; i++) {
            UUID worker = worker("Team Worker");
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ArrangementStarted(UUID.randomUUID(), person.accountId(), worker, clock.instant())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> teams.teamOf(person.accountId()).isPresent());
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    private static String path(String address) {
        return java.net.URI.create(address).getPath();
    }

    private int feedCount(UUID owner) {
        return jdbc.sql("select count(*) from rota.calendar_feed where owner_id = ?")
                .param(owner)
                .query(Integer.class)
                .single();
    }
}
