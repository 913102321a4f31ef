package org.carecoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoop.people.Role.COORDINATOR;
import static org.carecoop.security.AccessRow.route;
import static org.carecoop.security.Outcome.ALLOW;
import static org.carecoop.security.Outcome.FORBIDDEN;
import static org.carecoop.security.Outcome.NOT_FOUND;
import static org.carecoop.security.Outcome.SERVER_ERROR;
import static org.carecoop.security.Outcome.SIGN_IN;
import static org.carecoop.security.Outcome.UNAUTHORIZED;
import static org.carecoop.security.Sample.demoPerson;
import static org.carecoop.security.Sample.randomUuid;
import static org.carecoop.security.Sample.text;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Who can reach which route. Every route of the application — each pattern × method of the Spring
 * MVC handler mappings, plus the routes only Spring Security's filters answer — must have exactly one
 * row in {@link #MATRIX}, and every row must name a route that exists. A new controller without a
 * row fails the build, listing the row to add.
 *
 * <h2>Adding a row</h2>
 *
 * <p>One line per route, {@code "METHOD /pattern"} with the pattern exactly as the mapping declares
 * it, then the outcome for each audience. Later calls override earlier ones, so write the general
 * rule first and the exceptions after it:
 *
 * <pre>{@code
 * route("GET /profile").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
 * route("GET /people/{id}/profile").with("id", demoPerson("eric")).anonymous(SIGN_IN)
 *         .everyoneSignedIn(FORBIDDEN).as(ALLOW, SUPPORTED_PERSON, FAMILY, COORDINATOR),
 * route("GET /assisted").anonymous(SIGN_IN).everyoneSignedIn(FORBIDDEN).as(COORDINATOR, ALLOW),
 * }</pre>
 *
 * <ul>
 *   <li>{@code anonymous(o)} — nobody signed in;
 *   <li>{@code everyoneSignedIn(o)} — an account of every {@link Role};
 *   <li>{@code everyone(o)} — both of the above;
 *   <li>{@code as(role, o)} or {@code as(o, role, role…)} — accounts holding just those roles;
 *   <li>{@code with("variable", sample)} — the value for a path variable: {@code demoPerson("eric")},
 *       {@code randomUuid()} or {@code text("…")}. Without it, {@link #DEFAULT_SAMPLES} decides.
 * </ul>
 *
 * <p>Outcomes ({@link Outcome}): {@code ALLOW} (2xx, a redirect anywhere but sign-in, or the input
 * refused with 400/409/413/415/422 — past the access rules either way), {@code SIGN_IN} (redirected
 * to the sign-in page), {@code UNAUTHORIZED} (401 problem+json, API), {@code FORBIDDEN} (403),
 * {@code NOT_FOUND} (404), {@code SERVER_ERROR} (5xx).
 *
 * <h2>How each route is called</h2>
 *
 * <p>Each audience is an account holding only that role ({@link SignedInAccounts}). Web routes are
 * called with a signed-in session, a browser's {@code Accept} header and, for anything but GET, a valid CSRF
 * token and an empty form. Routes under {@code /api/} are called with the account's bearer token,
 * {@code Accept: application/json} and, for anything but GET, the body {@code {}}; every API error
 * must be problem+json. On top of the matrix, every web route must treat a caller with only a bearer
 * token as anonymous, and every API route must treat a caller with only a web session cookie as
 * anonymous.
 */
class AccessMatrixTests extends IntegrationTest {

    // spotless:off
    static final List<AccessRow> MATRIX = List.of(
            // Public pages
            route("GET /").everyone(ALLOW),
            route("GET /accessibility").everyone(ALLOW),
            route("GET /demo-mailbox").everyone(ALLOW), // demo mode only; 404 in a real co-op
            route("GET /account/password").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /account/password").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /assisted")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /assisted/new")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /assisted/new")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /sign-in").everyone(ALLOW),
            route("POST /sign-in").everyone(SIGN_IN), // empty email and password: back to the form
            route("POST /sign-out").everyone(ALLOW),
            route("GET /sign-up").everyone(ALLOW),
            route("POST /sign-up").everyone(ALLOW),
            route("GET /password-reset").everyone(ALLOW),
            route("POST /password-reset").everyone(ALLOW),
            route("GET /password-reset/{token}").everyone(ALLOW), // an unknown link: "this link has expired"
            route("POST /password-reset/{token}").everyone(ALLOW),
            // Spring Boot's error page opened directly, with no error to describe, reports a 500
            route("GET /error").everyone(SERVER_ERROR),
            route("POST /error").everyone(SERVER_ERROR),

            // Signed in
            route("GET /dashboard").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),

            // Profiles (CH1): one's own for everyone; someone else's only for co-ordinators for now
            route("GET /profile").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /profile/edit").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /profile/edit").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // empty form: refused, 200
            route("GET /profile/photo").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /profile/photo").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // no file: refused, 200
            route("GET /profile/views").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            // Linda's: every audience is someone else, outside her team; co-ordinators only by break-glass
            route("GET /people/{id}/profile")
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{id}/photo") // a supported person's photo: hidden outside her team
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),

            // Teams (TE3, TE7, DA1): Linda's team is managed by Linda alone; no audience is in it
            route("GET /people/{personId}/team/access")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/access/members/{memberId}")
                    .with("personId", demoPerson("linda"))
                    .with("memberId", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/access/members/{memberId}/personal-care")
                    .with("personId", demoPerson("linda"))
                    .with("memberId", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/access/circles/{circle}")
                    .with("personId", demoPerson("linda"))
                    .with("circle", text("workers"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/access-log")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/settings")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/name")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/members")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/members/{memberId}/remove")
                    .with("personId", demoPerson("linda"))
                    .with("memberId", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/logo/upload")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/logo/upload")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/logo/remove")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/logo")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/break-glass")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(COORDINATOR, ALLOW),
            route("POST /people/{personId}/break-glass")
                    .with("personId", demoPerson("linda")) // no reason: 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(COORDINATOR, ALLOW),
            route("GET /api/v1/people/{personId}/team")
                    .with("personId", demoPerson("linda"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /api/v1/people/{personId}/access-log")
                    .with("personId", demoPerson("linda"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN),

            // Assisted mode (CH7): only co-ordinators act for someone; only someone acting can stop
            route("POST /act-for")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(COORDINATOR, ALLOW),
            route("POST /act-for/stop").anonymous(SIGN_IN).everyoneSignedIn(FORBIDDEN),

            // JSON API
            route("POST /api/v1/tokens").everyone(ALLOW),
            route("GET /api/v1/me").anonymous(UNAUTHORIZED).everyoneSignedIn(ALLOW),

            // Platform
            route("GET /v3/api-docs").everyone(ALLOW),
            route("GET /v3/api-docs.yaml").everyone(ALLOW),
            route("GET /actuator").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /actuator/health").everyone(ALLOW),
            route("GET /actuator/health/**").everyone(NOT_FOUND), // no health groups are configured

            // Peer pages (TE6): anyone signed in lists, opens, joins and leaves pages; only members read
            // and write what is on one. Nobody here belongs to the ZE2 area page, so all are refused.
            route("GET /peers").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /peers/areas").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // empty form: refused, 200
            route("GET /peers/{kind}/{code}") // a non-member sees the name and a Join button
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(ALLOW),
            route("POST /peers/{kind}/{code}/join")
                    .with("kind", text("areas"))
                    .with("code", text("ZE1"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(ALLOW),
            route("POST /peers/{kind}/{code}/leave")
                    .with("kind", text("areas"))
                    .with("code", text("ZE1"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(ALLOW),
            route("POST /peers/{kind}/{code}/posts")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /peers/{kind}/{code}/posts/{postId}")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/posts/{postId}/replies")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /peers/{kind}/{code}/meet-ups/new")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/meet-ups")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /peers/{kind}/{code}/meet-ups/{meetUpId}")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/meet-ups/{meetUpId}/answer")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/meet-ups/{meetUpId}/comments")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /peers/{kind}/{code}/mentoring/new")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/mentoring")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/mentoring/{requestId}/offer")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /peers/{kind}/{code}/mentoring/{requestId}/accept")
                    .with("kind", text("areas"))
                    .with("code", text("ZE2"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            // Team page (TE2, TE5): the person and their team's members only. Linda's, so every audience
            // is someone else; who gets in is tested with real teams in org.carecoop.teams.page.
            route("GET /people/{personId}/team")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/updates")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/threads")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/threads/{threadId}")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/threads/{threadId}/updates")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/threads/{threadId}/messages")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/comments")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/team/comments/{commentId}")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/comments/{commentId}/replies")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/celebrations")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/celebrations/{celebrationId}/well-done")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/team/expert-questions")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /my-team").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // to one's own team page
            route("GET /teams").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /expert-questions")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(Role.HEALTH_PROFESSIONAL, ALLOW),
            route("GET /expert-questions/{questionId}/answer") // no such question
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(Role.HEALTH_PROFESSIONAL, NOT_FOUND),
            route("POST /expert-questions/{questionId}/answer")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(Role.HEALTH_PROFESSIONAL, NOT_FOUND),
            // Visits and schedules (CO2, CO3): co-ordinators book and change visits; a schedule is
            // seen as its person allows (Linda's: every audience here is someone else, outside her team)
            // The booking form: a person books for themself (no ?person= needed); anyone else without
            // a person they may book for (BookingAccess, checked in BookingReviewTests) is refused
            route("GET /visits/new")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR, Role.SUPPORTED_PERSON),
            route("POST /visits/new/review") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR, Role.SUPPORTED_PERSON),
            route("POST /visits/new") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR, Role.SUPPORTED_PERSON),
            route("POST /visits/{id}/cancel") // empty reason: refused, 200
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /visits/{id}/complete") // no such visit
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            // The booking API decides who may book per person (BookingAccess), after reading the body
            route("POST /api/v1/visits") // {}: refused, 400
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(ALLOW),
            route("POST /api/v1/bookings") // {}: refused, 400
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(ALLOW),
            route("POST /api/v1/bookings/quote") // {}: refused, 400
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(ALLOW),
            route("POST /api/v1/bookings/{id}/cancel") // {}: no reason, 400
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(ALLOW),
            route("POST /api/v1/bookings/requests/{id}/accept") // no request waits for this caller
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/bookings/requests/{id}/decline")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            // Workers answer the requests people send them (random id: none waits for them)
            route("GET /visits/requests")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /visits/requests/{id}/accept")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /visits/requests/{id}/decline")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /visits/requests/{id}/decline")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /api/v1/workers").anonymous(UNAUTHORIZED).everyoneSignedIn(ALLOW),
            route("GET /api/v1/people").anonymous(UNAUTHORIZED).everyoneSignedIn(ALLOW),
            // On the day (CO6, VI1-VI3): a visit's workers and co-ordinators; no such visit here, so
            // 404 once past the role check (co-ordinator-only routes refuse everyone else first)
            route("GET /visits/{id}/day")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /visits/{id}/day/on-my-way")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /visits/{id}/day/check-in")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /visits/{id}/day/check-out")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /visits/{id}/day/tasks/{taskId}/done")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /visits/{id}/day/tasks")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /visits/{id}/day/tasks/{taskId}/remove")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /visits/{id}/day/correct")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /visits/{id}/day/correct")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /visits/alerts")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /api/v1/visits/{id}/on-my-way")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/visits/{id}/check-in")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/visits/{id}/check-out")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("GET /api/v1/visits/{id}/attendance")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/visits/{id}/tasks/{taskId}/done")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("GET /people/{id}/schedule.pdf")
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            // Calendar feeds (CO7): anyone signed in manages their own; the feed address is the secret
            route("GET /calendar-feeds").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /calendar-feeds") // nothing chosen: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(ALLOW),
            route("POST /calendar-feeds/{id}/revoke") // not theirs (no such feed)
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            // Cover (CO4): offered to people who give support; a random id is no offer to them
            route("GET /cover")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /cover/{id}/accept")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /cover/{id}/decline")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /api/v1/cover/offers")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /api/v1/cover/offers/{id}/accept")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /api/v1/cover/offers/{id}/decline")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /feeds/{token}.ics").with("token", text("no-such-feed")).everyone(NOT_FOUND),
            route("GET /schedule").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /people/{id}/schedule")
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /api/v1/people/{id}/schedule")
                    .with("id", demoPerson("linda"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN),
            // Address for visits (CO3): one's own for people who receive support (404 for anyone else's
            // own); Linda's for co-ordinators only, since no audience is in her team; an empty form or
            // body is refused (no postcode), past the access rules
            route("GET /profile/address")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND)
                    .as(ALLOW, Role.SUPPORTED_PERSON),
            route("POST /profile/address")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND)
                    .as(ALLOW, Role.SUPPORTED_PERSON),
            route("GET /people/{id}/address")
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /people/{id}/address")
                    .with("id", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /api/v1/people/{id}/address")
                    .with("id", demoPerson("linda"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("PUT /api/v1/people/{id}/address")
                    .with("id", demoPerson("linda"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            // Rota views (CO3): the worker's own day and week; the co-ordinators' board
            route("GET /rota/day")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /rota")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /board").anonymous(SIGN_IN).everyoneSignedIn(FORBIDDEN).as(ALLOW, COORDINATOR),
            // Planning (CO5): optimising an area's rota, for co-ordinators; a random id is no job
            route("GET /planning")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /planning")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /planning/optimisations/{id}")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /planning/optimisations/{id}/accept")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /planning/optimisations/{id}/discard")
                    .with("id", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /api/v1/planning/optimisations")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /api/v1/planning/optimisations")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /api/v1/planning/optimisations/{id}")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /api/v1/planning/optimisations/{id}/accept")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /api/v1/planning/optimisations/{id}/discard")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            // Vetting (CH2) and weekly availability: workers see their own; co-ordinators everyone's
            route("GET /vetting")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /availability")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability") // empty form: no times, saved
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /vetting/workers")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /workers/{workerId}/vetting") // Grace's: every audience is someone else
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /workers/{workerId}/vetting/add/{item}")
                    .with("workerId", demoPerson("grace"))
                    .with("item", text("DBS"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/vetting/add/{item}") // empty form: refused, 200
                    .with("workerId", demoPerson("grace"))
                    .with("item", text("DBS"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /workers/{workerId}/vetting/evidence/{evidenceId}/withdraw") // no such evidence
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /workers/{workerId}/vetting/evidence/{evidenceId}/withdraw")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /api/v1/workers/{workerId}/vetting")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /api/v1/workers/{workerId}/vetting/evidence") // {}: refused, 400
                    .with("workerId", demoPerson("grace"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            // Time on call and away (CO1) and rates (CO8): workers their own; co-ordinators anyone's (Grace's)
            route("GET /availability/on-call")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/on-call") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/on-call/{windowId}/remove") // no such window
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /availability/leave")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/leave") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/leave/{absenceId}/cancel") // no such leave
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /availability/sickness")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/sickness") // empty form: off sick from now
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /availability/sickness/back") // back, or told they were not off sick
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /rates")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /rates") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /workers/{workerId}/availability/on-call")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/availability/on-call") // empty form: refused, 200
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/availability/on-call/{windowId}/remove")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /workers/{workerId}/availability/leave")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/availability/leave") // empty form: refused, 200
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/availability/leave/{absenceId}/cancel")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("GET /workers/{workerId}/availability/sickness")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/availability/sickness") // nobody's: Grace stays well
                    .with("workerId", randomUuid())
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /workers/{workerId}/availability/sickness/back") // Grace is not off sick: told so
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /workers/{workerId}/rates")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /workers/{workerId}/rates") // empty form: refused, 200
                    .with("workerId", demoPerson("grace"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /api/v1/workers/{workerId}/rates")
                    .with("workerId", demoPerson("grace"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("PUT /api/v1/workers/{workerId}/rates") // {}: refused, 400
                    .with("workerId", demoPerson("grace"))
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            // Introductions, arrangements, exclusions and back-up pools (CH4, CH6): Linda's pages are hers
            // (no audience acts for her); an introduction or arrangement that does not exist is 404 to all
            route("POST /people/{personId}/requests/{requestId}/invitations")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/introductions")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /introductions").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /introductions/{introductionId}").anonymous(SIGN_IN).everyoneSignedIn(NOT_FOUND),
            route("POST /introductions/{introductionId}/response")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /introductions/{introductionId}/trial")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /introductions/{introductionId}/decision")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /introductions/{introductionId}/withdraw")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /introductions/{introductionId}/messages")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("GET /people/{personId}/arrangements")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /arrangements/{arrangementId}/end").anonymous(SIGN_IN).everyoneSignedIn(NOT_FOUND),
            route("POST /arrangements/{arrangementId}/end").anonymous(SIGN_IN).everyoneSignedIn(NOT_FOUND),
            route("GET /people/{personId}/exclusions")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/exclusions")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/exclusions/{workerId}/remove")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/backup-pool")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/backup-pool")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/backup-pool/{workerId}/withdraw")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /backup-invitations").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /backup-invitations/{personId}") // no invitation from that person is waiting
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/requests/{requestId}/invitations") // no such request
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("GET /api/v1/matching/introductions/{id}")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/introductions/{id}/response")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/introductions/{id}/trial")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/introductions/{id}/decision")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/introductions/{id}/messages")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/arrangements/{id}/end")
                    .with("id", randomUuid())
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            // Support requests, matching settings and activities (CH3, CH5): Linda's requests, and
            // every audience is someone else, outside her team; activities are kept by co-ordinators
            route("GET /find-support").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // to one's own requests
            route("GET /people/{personId}/requests")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/requests/new")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/requests/new")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/requests/{requestId}")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /people/{personId}/requests/{requestId}/edit")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/requests/{requestId}/edit")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/requests/{requestId}/close")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            // the API without personId means the caller's own: only people who receive support have any
            route("POST /api/v1/matching/requests") // {}: refused, 400
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.SUPPORTED_PERSON),
            route("GET /api/v1/matching/requests")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.SUPPORTED_PERSON),
            route("GET /api/v1/matching/requests/{requestId}") // no such request
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("POST /api/v1/matching/requests/{requestId}/close")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND),
            route("GET /people/{personId}/matching-settings")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("POST /people/{personId}/matching-settings")
                    .with("personId", demoPerson("linda"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN),
            route("GET /activities").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /activities/new")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("POST /activities/new") // empty form: refused, 200
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, COORDINATOR),
            route("GET /activities/{activityId}/edit") // no such activity
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),
            route("POST /activities/{activityId}/edit")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, COORDINATOR),

            // Explained matching (CH3): a request's shortlist and letter, seen as its person allows
            // (Eric's: himself and Amina, in his team, get past the rules to a request that does not
            // exist); requests near a worker (no such request here) and saying they are interested
            route("GET /people/{personId}/requests/{requestId}/shortlist")
                    .with("personId", demoPerson("eric"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.SUPPORTED_PERSON, Role.WORKER),
            route("GET /people/{personId}/requests/{requestId}/letter.pdf")
                    .with("personId", demoPerson("eric"))
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.SUPPORTED_PERSON, Role.WORKER),
            route("GET /matching/near-me")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(ALLOW, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /matching/requests/{requestId}")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("POST /matching/requests/{requestId}/interest")
                    .anonymous(SIGN_IN)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),
            route("GET /api/v1/matching/shortlist") // Eric's open demo request; nobody else here has one
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(NOT_FOUND)
                    .as(ALLOW, Role.SUPPORTED_PERSON),
            route("POST /api/v1/matching/requests/{requestId}/interest")
                    .anonymous(UNAUTHORIZED)
                    .everyoneSignedIn(FORBIDDEN)
                    .as(NOT_FOUND, Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER),

            // Notifications (CO6): everyone's own settings and messages; the SMS outbox is open to
            // everyone signed in while the demo is on (as here), otherwise to co-ordinators only
            route("GET /account/notifications").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("POST /account/notifications").anonymous(SIGN_IN).everyoneSignedIn(ALLOW), // empty form: refused, 200
            route("GET /account/messages").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /notify/sms-outbox").anonymous(SIGN_IN).everyoneSignedIn(ALLOW),
            route("GET /api/v1/me/notifications").anonymous(UNAUTHORIZED).everyoneSignedIn(ALLOW),
            route("PUT /api/v1/me/notifications").anonymous(UNAUTHORIZED).everyoneSignedIn(ALLOW)); // {}: refused, 400
    // spotless:on

    /** Path variable values used unless a row says otherwise; any other variable gets a random UUID. */
    static final Map<String, Sample> DEFAULT_SAMPLES =
            Map.of("id", demoPerson("eric"), "token", text("no-such-password-reset-link"));

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(?::[^}]*)?}|\\*\\*|\\*");

    private static SignedInAccounts accounts;
    private static Cookie webSession;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeopleApi people;

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void signInEveryRole() throws Exception {
        if (accounts == null) {
            accounts = SignedInAccounts.create(mvc, people, userDetails);
            webSession = accounts.sessionCookie(COORDINATOR);
        }
    }

    @Test
    void everyRouteHasExactlyOneCompleteRowAndEveryRowARoute() {
        SortedSet<Route> routes = RouteCatalogue.discover(context);
        Map<Route, Long> rows = MATRIX.stream()
                .collect(Collectors.groupingBy(AccessRow::route, java.util.TreeMap::new, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        routes.stream()
                .filter(r -> !rows.containsKey(r))
                .forEach(r -> problems.add("No row for " + r + ": add route(\"" + r + "\")…"));
        rows.keySet().stream()
                .filter(r -> !routes.contains(r))
                .forEach(r -> problems.add("Row for " + r + ", which no longer exists: remove it"));
        rows.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .forEach(e -> problems.add(e.getValue() + " rows for " + e.getKey() + ": keep one"));
        MATRIX.stream()
                .filter(row -> !row.missingAudiences().isEmpty())
                .forEach(row -> problems.add("Row for " + row + " says nothing about " + row.missingAudiences()));
        assertThat(problems)
                .as("access matrix against the application's routes")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAnswersEachAudienceAsTheMatrixSays() {
        Set<Route> routes = RouteCatalogue.discover(context);
        return MATRIX.stream()
                .filter(row -> routes.contains(row.route()))
                .map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
    }

    private void check(AccessRow row) throws Exception {
        String path = path(row);
        List<String> mismatches = new ArrayList<>();
        for (Audience audience : Audience.all()) {
            Outcome expected = row.expected(audience).orElseThrow();
            compare(row, audience.toString(), expected, call(row.route(), path, audience), mismatches);
        }
        Outcome anonymous = row.expected(Audience.ANONYMOUS).orElseThrow();
        if (row.route().api()) {
            compare(
                    row,
                    "web session cookie only",
                    anonymous,
                    request(row.route(), path).cookie(webSession),
                    mismatches);
        } else {
            compare(
                    row,
                    "bearer token only",
                    anonymous,
                    request(row.route(), path).header(HttpHeaders.AUTHORIZATION, accounts.bearer(COORDINATOR)),
                    mismatches);
        }
        assertThat(mismatches).as(row + " (called as " + path + ")").isEmpty();
    }

    private void compare(
            AccessRow row, String who, Outcome expected, MockHttpServletRequestBuilder request, List<String> mismatches)
            throws Exception {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            // An exception out of MockMvc is a 500 on a real server.
            mismatches.add(who + ": expected " + expected + " but the request failed with " + e);
            return;
        }
        Outcome actual = outcome(response);
        String seen = response.getStatus()
                + (response.getRedirectedUrl() == null ? "" : " to " + response.getRedirectedUrl())
                + (response.getContentType() == null ? "" : " " + response.getContentType());
        if (actual != expected) {
            mismatches.add(who + ": expected " + expected + " but was " + actual + " (" + seen + ")");
        } else if (row.route().api() && response.getStatus() >= 400 && !problemJson(response)) {
            mismatches.add(who + ": " + actual + " as expected, but not as application/problem+json (" + seen + ")");
        }
    }

    private MockHttpServletRequestBuilder call(Route route, String path, Audience audience) {
        MockHttpServletRequestBuilder request = request(route, path);
        audience.signedIn().ifPresent(role -> {
            if (route.api()) {
                request.header(HttpHeaders.AUTHORIZATION, accounts.bearer(role));
            } else {
                request.with(accounts.session(role));
            }
        });
        return request;
    }

    /** The request with no credentials: minimal body, CSRF token for web forms. */
    private static MockHttpServletRequestBuilder request(Route route, String path) {
        HttpMethod method = HttpMethod.valueOf(route.method());
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
        boolean body = !method.equals(HttpMethod.GET) && !method.equals(HttpMethod.HEAD);
        if (route.api()) {
            request.accept(MediaType.APPLICATION_JSON);
            if (body) {
                request.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        } else {
            request.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,*/*;q=0.8");
            if (body) {
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).with(csrf());
            }
        }
        return request;
    }

    private static String path(AccessRow row) {
        Matcher matcher = PATH_VARIABLE.matcher(row.route().pattern());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = matcher.group(1) == null
                    ? "sample"
                    : row.sample(matcher.group(1))
                            .or(() -> java.util.Optional.ofNullable(DEFAULT_SAMPLES.get(matcher.group(1))))
                            .orElseGet(Sample::randomUuid)
                            .value(accounts);
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    static Outcome outcome(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status >= 300 && status < 400) {
            return location != null && location.replaceFirst("[?#].*", "").endsWith("/sign-in") ? SIGN_IN : ALLOW;
        }
        if (status >= 200 && status < 300) {
            return ALLOW;
        }
        return switch (status) {
            case 400, 409, 413, 415, 422 -> ALLOW;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            default -> status >= 500 ? SERVER_ERROR : Outcome.OTHER;
        };
    }

    private static boolean problemJson(MockHttpServletResponse response) {
        String type = response.getContentType();
        return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
