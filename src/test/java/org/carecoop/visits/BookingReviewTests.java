package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.RateCard;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.support.HttpVisitor;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The booking form's review step (CO2, CO8): what each booker sees before confirming — every visit
 * counted, requests and last-minute bookings called out, each worker's price with its lines and the
 * total over a series with a bank holiday in it — and what confirming does. Errors are shown in the
 * error summary and next to their fields.
 */
class BookingReviewTests extends VisitTestSupport {

    /** Wednesdays 11 and 18 December 2030, then Christmas Day and New Year's Day, both bank holidays. */
    private static final LocalDate FIRST = LocalDate.of(2030, 12, 11);

    private static final LocalDate LAST = LocalDate.of(2031, 1, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamsApi teams;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCoordinatorReviewsTheDoubleUpWeeklyVisitsWithTheirPriceThenBooksThem() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Weekly");
        UUID amy = worker("Amy Priced");
        UUID bob = worker("Bob Unpriced");
        people.saveRateCard(amy, new RateCard(2000, 0, 0, 100, 0));

        String review = page(review(cora, weekly(nora, amy, bob)));

        assertThat(review)
                .contains(html("bookings.review.title"))
                .contains("Nora Weekly")
                .contains(html("bookings.review.repeat", "Wednesday", "Wednesday 1 January 2031"))
                .contains(html("bookings.review.many", 4, "Wednesday 1 January 2031"))
                .doesNotContain(html("bookings.review.request", "Amy Priced, Bob Unpriced"))
                .doesNotContain("id=\"last-minute\"");
        // One visit is an hour at £20.00; two of the four fall on bank holidays at +100%.
        assertThat(between(review, "id=\"price-1-lines\"", "</ul>")).contains("1 h at £20.00 an hour: £20.00");
        assertThat(between(review, "id=\"price-1\"", "</dl>"))
                .contains(html("bookings.price.oneVisit"))
                .contains("£20.00")
                .contains(html("bookings.price.allVisits", 4))
                .contains("£120.00");
        assertThat(between(review, "id=\"price-2\"", "</p>")).contains(html("bookings.price.noCard"));
        assertThat(review).doesNotContain("id=\"price-total\"");
        assertThat(visits.hasVisits(nora)).as("nothing booked yet").isFalse();

        HttpVisitor visitor = visitor().signedInAs(cora, PASSWORD);
        HttpVisitor.Page confirmed = visitor.submit("/visits/new", "/visits/new", weekly(nora, amy, bob));

        assertThat(confirmed.location()).isEqualTo("/visits/new");
        List<Visit> booked = visits.schedule(nora, at(FIRST, "00:00"), at(LAST, "23:00"));
        assertThat(booked).hasSize(4).allSatisfy(v -> {
            assertThat(v.status()).isEqualTo(VisitStatus.BOOKED);
            assertThat(v.workers()).extracting(Visit.Worker::id).containsExactly(amy, bob);
        });
        assertThat(booked).extracting(Visit::start).contains(at(LocalDate.of(2030, 12, 25), "10:00"));
        assertThat(visitor.get("/visits/new").body())
                .contains(html("bookings.booked.many", 4, "Nora Weekly"))
                .doesNotContain("/visits/" + booked.get(0).id() + "/cancel");
    }

    @Test
    void everyWorkersPriceAddsUpToTheBookingsTotal() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Total");
        UUID amy = worker("Amy Total");
        UUID bob = worker("Bob Total");
        people.saveRateCard(amy, new RateCard(2000, 0, 0, 100, 0));
        people.saveRateCard(bob, new RateCard(1500, 0, 0, 0, 0));

        String review = page(review(cora, weekly(nora, amy, bob)));

        // Amy £120.00 as above; Bob four hours at £15.00.
        assertThat(between(review, "id=\"price-2\"", "</dl>")).contains("£60.00");
        assertThat(review).contains(text("bookings.price.total", "£180.00"));
    }

    @Test
    void theChangeLinkGoesBackToTheFormWithEverythingAsTyped() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Change");
        UUID amy = worker("Amy Change");

        String review = page(review(cora, weekly(nora, amy, null)));
        Matcher change = Pattern.compile("href=\"(/visits/new\\?[^\"]+)\"").matcher(review);
        assertThat(change.find()).isTrue();
        String form = page(get(HtmlUtils.htmlUnescape(change.group(1))).with(as(cora)));

        assertThat(form)
                .containsPattern("<option value=\"" + nora + "\" selected=\"selected\"")
                .containsPattern("<option value=\"" + amy + "\" selected=\"selected\"")
                .contains("value=\"10:00\"")
                .contains("value=\"11:00\"")
                .containsPattern("value=\"WEDNESDAY\"[^>]*checked=\"checked\"")
                .contains("value=\"2031\"");
    }

    @Test
    void aPersonBookingOutsideTheWorkersAvailabilityIsToldItWillBeARequest() throws Exception {
        String noraEmail = newAccount("Nora Self", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        UUID amy = worker("Amy Away");
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(10);

        assertThat(page(get("/visits/new").with(as(noraEmail))))
                .contains(html("bookings.new.introFor", "Nora Self"))
                .doesNotContain("id=\"secondPersonId\"")
                .doesNotContain("(amina@demo.carecoop.test)")
                .contains(">Amina Hussain<");
        String review = page(review(noraEmail, once(nora, amy, date)));
        assertThat(review)
                .contains(html("bookings.review.request", "Amy Away"))
                .contains(html("bookings.review.sendRequest"))
                .contains(html("bookings.price.noCard"));

        MvcResult sent = mvc.perform(confirm(noraEmail, once(nora, amy, date))).andReturn();

        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/schedule?week=" + date);
        assertThat(sent.getFlashMap().get("flash")).isEqualTo("bookings.form.requested");
        assertThat(visits.schedule(nora, at(date, "00:00"), at(date, "23:00")))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.REQUESTED));
    }

    @Test
    void aPersonBookingInsideTheAvailabilityOfAWorkerIsBookedAtOnceAndCannotBookForOthers() throws Exception {
        String noraEmail = newAccount("Nora Inside", Role.SUPPORTED_PERSON);
        UUID nora = id(noraEmail);
        UUID amy = worker("Amy Always");
        people.saveWorkerAvailability(
                amy,
                WeeklyPattern.ofHours(IntStream.range(0, WeeklyPattern.HOURS).toArray()));
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(10);

        assertThat(page(review(noraEmail, once(nora, amy, date))))
                .doesNotContain(html("bookings.review.request", "Amy Always"))
                .contains(html("bookings.review.confirm"));
        MvcResult booked =
                mvc.perform(confirm(noraEmail, once(nora, amy, date))).andReturn();
        assertThat(booked.getFlashMap().get("flash")).isEqualTo("bookings.form.booked");
        assertThat(visits.schedule(nora, at(date, "00:00"), at(date, "23:00")))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.BOOKED));

        UUID olive = person("Olive Other");
        assertThat(status(get("/visits/new").param("person", olive.toString()).with(as(noraEmail))))
                .isEqualTo(403);
        assertThat(status(review(noraEmail, once(olive, amy, date)))).isEqualTo(403);
        assertThat(status(confirm(noraEmail, once(olive, amy, date)))).isEqualTo(403);
        assertThat(visits.hasVisits(olive)).isFalse();
    }

    @Test
    void aFamilyMemberBooksOnlyOnceThePersonLetsThemChangeTheirSchedule() throws Exception {
        Caller nora = newCaller("Nora Family", Role.SUPPORTED_PERSON);
        formTeam(nora);
        String fredEmail = newAccount("Fred Family", Role.FAMILY);
        UUID fred = id(fredEmail);
        teams.addMember(nora, nora.accountId(), fred, MemberRole.FAMILY_OR_FRIEND);
        UUID amy = worker("Amy Family");
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(12);
        String bookLink = "href=\"/visits/new?person=" + nora.accountId() + "\"";

        assertThat(page(get("/people/" + nora.accountId() + "/schedule").with(as(fredEmail))))
                .doesNotContain(bookLink);
        assertThat(status(get("/visits/new")
                        .param("person", nora.accountId().toString())
                        .with(as(fredEmail))))
                .isEqualTo(403);
        assertThat(status(get("/visits/new").with(as(fredEmail)))).isEqualTo(403);
        assertThat(status(review(fredEmail, once(nora.accountId(), amy, date)))).isEqualTo(403);
        assertThat(status(confirm(fredEmail, once(nora.accountId(), amy, date))))
                .isEqualTo(403);

        teams.grant(nora, nora.accountId(), fred, Category.SCHEDULE, Action.WRITE);

        assertThat(page(get("/people/" + nora.accountId() + "/schedule").with(as(fredEmail))))
                .contains(bookLink);
        assertThat(page(get("/visits/new")
                        .param("person", nora.accountId().toString())
                        .with(as(fredEmail))))
                .contains(html("bookings.new.introFor", "Nora Family"))
                .contains("value=\"" + nora.accountId() + "\"");
        assertThat(page(review(fredEmail, once(nora.accountId(), amy, date))))
                .contains(html("bookings.review.request", "Amy Family"));
        MockHttpServletResponse sent = mvc.perform(confirm(fredEmail, once(nora.accountId(), amy, date)))
                .andReturn()
                .getResponse();
        assertThat(sent.getRedirectedUrl()).isEqualTo("/people/" + nora.accountId() + "/schedule?week=" + date);
        assertThat(visits.schedule(nora.accountId(), at(date, "00:00"), at(date, "23:00")))
                .singleElement()
                .satisfies(v -> assertThat(v.status()).isEqualTo(VisitStatus.REQUESTED));
    }

    @Test
    void aLastMinuteBookingSaysSoAndIsPricedWithItsPremium() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Soon");
        UUID amy = worker("Amy Soon");
        people.saveRateCard(amy, new RateCard(2000, 0, 0, 0, 50));
        String review;
        try (var frozen = clock.freezeAt(at(FIRST, "07:00"))) {
            review = page(review(cora, once(nora, amy, FIRST)));
        }

        assertThat(review).contains(html("bookings.review.lastMinute")).contains("£30.00");
    }

    @Test
    void problemsAreListedInTheSummaryAndShownAtTheirFields() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Errors");
        UUID amy = worker("Amy Errors");

        Map<String, String> weekly = weekly(nora, amy, null);

        String noDate = page(review(cora, but(weekly, "day", "", "month", "", "year", "")));
        assertError(noDate, "day", html("visits.date.required"));

        String backwards = page(review(cora, but(weekly, "endTime", "09:00")));
        assertError(backwards, "endTime", html("visits.endTime.notAfterStart"));

        String noDays = page(review(cora, but(weekly, "repeatDays", "")));
        assertError(noDays, "repeatDays", html("visits.repeatDays.required"));

        String noUntil = page(review(cora, but(weekly, "untilDay", "", "untilMonth", "", "untilYear", "")));
        assertError(noUntil, "untilDay", html("visits.until.required"));

        String untilBefore = page(review(cora, but(weekly, "untilYear", "2029")));
        assertError(untilBefore, "untilDay", html("visits.until.range"));

        UUID busy = worker("Bob Busy");
        visits.book(coordinator(), person("Olive Busy"), List.of(busy), at(FIRST, "10:30"), at(FIRST, "11:30"));
        String busyMessage = html("visits.worker.clash", "Bob Busy", "10:30", "11:30", "Wednesday 11 December 2030");
        assertError(page(review(cora, but(weekly, "thirdWorkerId", busy.toString()))), "thirdWorkerId", busyMessage);
        assertError(page(confirm(cora, but(weekly, "thirdWorkerId", busy.toString()))), "thirdWorkerId", busyMessage);
        assertThat(visits.hasVisits(nora)).isFalse();
    }

    @Test
    void aSharedSessionVisitsEveryoneChosenAtTheSameTime() throws Exception {
        String cora = newAccount("Cora", Role.COORDINATOR);
        UUID nora = person("Nora Shared");
        UUID olive = person("Olive Shared");
        UUID amy = worker("Amy Shared");
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(9);

        String review = page(review(cora, but(once(nora, amy, date), "secondPersonId", olive.toString())));
        assertThat(review).contains("Nora Shared").contains("Olive Shared").contains(html("bookings.review.one"));
        String twice = page(review(cora, but(once(nora, amy, date), "thirdPersonId", nora.toString())));
        assertError(twice, "thirdPersonId", html("visits.thirdPersonId.same"));

        mvc.perform(confirm(cora, but(once(nora, amy, date), "secondPersonId", olive.toString())))
                .andReturn();
        assertThat(visits.workerSchedule(amy, at(date, "00:00"), at(date, "23:00")))
                .hasSize(2)
                .extracting(Visit::personId)
                .containsExactlyInAnyOrder(nora, olive);
    }

    private void assertError(String page, String field, String message) {
        assertThat(page).contains("govuk-error-summary").contains("href=\"#" + field + "\"");
        assertThat(page)
                .containsPattern(
                        "id=\"" + field + "-error\"[^>]*>[^<]*<span[^>]*>[^<]*</span>\\s*" + Pattern.quote(message));
    }

    private MockHttpServletRequestBuilder review(String email, Map<String, String> fields) {
        return with(post("/visits/new/review").with(as(email)).with(csrf()), fields);
    }

    private MockHttpServletRequestBuilder confirm(String email, Map<String, String> fields) {
        return with(post("/visits/new").with(as(email)).with(csrf()), fields);
    }

    private static MockHttpServletRequestBuilder with(
            MockHttpServletRequestBuilder request, Map<String, String> fields) {
        fields.forEach(request::param);
        return request;
    }

    /** Wednesdays 10:00 to 11:00 from {@link #FIRST} to {@link #LAST}. */
    private static Map<String, String> weekly(UUID person, UUID worker, @Nullable UUID second) {
        Map<String, String> fields = once(person, worker, FIRST);
        fields.put("secondWorkerId", second == null ? "" : second.toString());
        fields.put("repeatDays", "WEDNESDAY");
        fields.put("untilDay", String.valueOf(LAST.getDayOfMonth()));
        fields.put("untilMonth", String.valueOf(LAST.getMonthValue()));
        fields.put("untilYear", String.valueOf(LAST.getYear()));
        return fields;
    }

    /** 10:00 to 11:00 on the date. */
    private static Map<String, String> once(UUID person, UUID worker, LocalDate date) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("personId", person.toString());
        fields.put("workerId", worker.toString());
        fields.put("day", String.valueOf(date.getDayOfMonth()));
        fields.put("month", String.valueOf(date.getMonthValue()));
        fields.put("year", String.valueOf(date.getYear()));
        fields.put("startTime", "10:00");
        fields.put("endTime", "11:00");
        return fields;
    }

    /** The fields with some changed: name, value, name, value… */
    private static Map<String, String> but(Map<String, String> fields, String... changes) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put(changes[i], changes[i + 1]);
        }
        return changed;
    }

    /** The message as the page shows it where it is not escaped (the pound sign). */
    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static String between(String page, String from, String to) {
        int start = page.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return page.substring(start, page.indexOf(to, start));
    }

    private static Instant at(LocalDate date, String time) {
        return date.atTime(LocalTime.parse(time)).atZone(UK).toInstant();
    }

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    /** Forms the person's team the way matching does: two arrangements started. */
    private void formTeam(Caller person) {
        for (int i = 0; i < 2; i++) {
            UUID worker = worker("Team Worker");
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ArrangementStarted(UUID.randomUUID(), person.accountId(), worker, clock.instant())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> teams.teamOf(person.accountId()).isPresent());
    }
}
