package org.carecoop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoop.security.InputRow.Mutation.asContentType;
import static org.carecoop.security.InputRow.Mutation.blank;
import static org.carecoop.security.InputRow.Mutation.body;
import static org.carecoop.security.InputRow.Mutation.missing;
import static org.carecoop.security.InputRow.Mutation.oversized;
import static org.carecoop.security.InputRow.Mutation.scripts;
import static org.carecoop.security.InputRow.Mutation.set;
import static org.carecoop.security.InputRow.form;
import static org.carecoop.security.InputRow.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.matching.internal.WorkerCards;
import org.carecoop.matching.web.MatchingFixture;
import org.carecoop.notify.internal.Preferences;
import org.carecoop.peers.MeetUpPlan;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.security.InputRow.Case;
import org.carecoop.security.InputRow.Expectation;
import org.carecoop.security.InputRow.Kind;
import org.carecoop.security.InputRow.Mutation;
import org.carecoop.security.InputRow.Payload;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestMail;
import org.carecoop.teams.TeamsApi;
import org.carecoop.teams.page.TeamFixtures;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every form and API endpoint that takes input, sent missing, oversized, wrong-typed, malformed and
 * script-bearing values. Each must be refused clearly — a web form re-rendered (200) with the
 * message in the GOV.UK error summary and at the field; an API request answered 4xx with
 * {@code application/problem+json} and a {@code detail} — never with a 500, a stack trace or an
 * exception class name, never echoing a script unescaped, and without changing the database. Then the
 * valid baseline must be accepted and change it, which shows the "unchanged" checks can fail.
 *
 * <h2>Adding a form or endpoint</h2>
 *
 * <p>Add a row to {@link #rows()}: the route, the fields of a valid baseline, what must not change,
 * one {@code refuses(mutation, …)} line per bad variation, and the baseline's success status:
 *
 * <pre>{@code
 * form("POST /profile/edit").signedInAs(demo("eric"))
 *         .valid("displayName", "Eric Walsh").valid("phone", "01422 000000")
 *         .unchanged("profile", () -> profileOf(eric))
 *         .refuses(missing("displayName"), "displayName", "Enter your name")
 *         .refuses(oversized("displayName"), "displayName", "100 characters or fewer")
 *         .refuses(scripts("displayName"), "displayName", "Use plain text only")
 *         .acceptsBaselineWith(302),
 * json("POST /api/v1/things")
 *         .valid("hours", 3)
 *         .unchanged("things", () -> count("things.thing"))
 *         .refuses(set("hours", "three"), 400, null, "could not be read")
 *         .acceptsBaselineWith(201),
 * }</pre>
 *
 * <p>Mutations: {@code missing}, {@code blank}, {@code oversized} (10,000 characters),
 * {@code set(field, value)} (any string, number, list or map — wrong types), {@code scripts(field)}
 * (both script payloads), {@code body(name, raw, contentType)} (malformed or huge bodies),
 * {@code asContentType(type)}, and {@code a.and(b)} to combine. {@code signedInAs(email)} sends the
 * row's requests signed in (a session for forms, a bearer token for the API; demo accounts, whose
 * password is {@link #DEMO_PASSWORD}).
 */
class BadInputTests extends IntegrationTest {

    /** Text that only a leaked exception would put in a response. */
    private static final Pattern LEAK = Pattern.compile(
            "(?i)exception|stack ?trace|\\tat |\\bjava\\.(lang|util|io|sql)|\\bjakarta\\.|"
                    + "\\borg\\.(springframework|carecoop|postgresql|thymeleaf|apache|hibernate)\\.|\\btools\\.jackson");

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";
    private static final String PASSWORD = "bad input password 2026";
    private static final String ONE_MEGABYTE = "y".repeat(1024 * 1024);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleApi people;

    @Autowired
    JsonMapper json;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    TeamsApi teams;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    List<InputRow> rows() throws Exception {
        String resetAccount = freshAccount();
        String token = resetToken(resetAccount);
        String tokenAccount = freshAccount();
        String passwordAccount = freshAccount();
        String profileAccount = freshEmail();
        people.createAccount(profileAccount, "Tess Example", PASSWORD, Set.of(Role.SUPPORTED_PERSON, Role.WORKER));
        String addressAccount = freshAccount();
        String addressApiPerson = freshAccount();
        String teamPerson = freshAccount();
        UUID teamPersonId = personWithTeam(teamPerson);
        String invitee = freshAccount();
        TeamFixtures fixtures = new TeamFixtures(context);
        TeamFixtures.Scenario team = fixtures.scenario();
        String teamPage = "/people/" + team.vera().id() + "/team";
        UUID thread = fixtures.startThread(team.tomasz(), team.vera(), "Bad input");
        UUID comment = fixtures.comment(team.tessa(), team.vera(), "Bad input", true);
        UUID question = fixtures.askExpert(team.vera(), team.vera(), "Bad input");
        VisitsFixture visits = visitsFixture();
        DayVisit checkOut = dayVisit(true, List.of("Post a letter"));
        DayVisit addTask = dayVisit(false, List.of());
        DayVisit tick = dayVisit(true, List.of("Make tea"));
        DayVisit correct = dayVisit(false, List.of());
        DayVisit apiCheckIn = dayVisit(false, List.of());
        DayVisit apiCheckOut = dayVisit(true, List.of());
        DayVisit apiOnMyWay = dayVisit(false, List.of());
        DayVisit apiTick = dayVisit(true, List.of("Make tea"));
        VettingFixture vetting = vettingFixture();
        AwayFixture away = awayFixture();
        IntroductionFixture intro = introductionFixture();
        MoreIntroductions more = moreIntroductions();
        Requester requester = requester();
        MatchingFixture matching = new MatchingFixture(
                people,
                context.getBean(WorkerCards.class),
                context.getBean(Requests.class),
                Instant.now(clock),
                LocalDate.now(clock));
        String notifiedAccount = freshAccount();
        UUID notifiedId = people.accountByEmail(notifiedAccount).orElseThrow().id();
        Preferences notificationPreferences = context.getBean(Preferences.class);
        // spotless:off
        return List.of(
                // Teams (TE3, TE7): a person with a team manages it
                form("POST /people/" + teamPersonId + "/team/name")
                        .signedInAs(teamPerson)
                        .valid("name", "Our team")
                        .unchanged("team changes", () -> auditCount(teamPersonId, "RENAME"))
                        .refuses(missing("name"), "name", "Enter a name for the team")
                        .refuses(blank("name"), "name", "Enter a name for the team")
                        .refuses(oversized("name"), "name", "The team's name must be 120 characters or fewer")
                        .refuses(scripts("name"), "name", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /people/" + teamPersonId + "/team/members")
                        .signedInAs(teamPerson)
                        .valid("email", invitee)
                        .valid("role", "FAMILY_OR_FRIEND")
                        .unchanged("memberships", () -> count("teams.membership"))
                        .refuses(missing("email"), "email", "Enter the email address of the person you want to invite")
                        .refuses(oversized("email"), "email", "The email address must be 254 characters or fewer")
                        .refuses(set("email", "not an email"), "email", "Enter an email address in the correct format")
                        .refuses(
                                set("email", "nobody-" + UUID.randomUUID() + "@example.com"),
                                "email",
                                "There is no CareCoop account with this email address")
                        .refuses(set("email", teamPerson), "email", "That is the email address of the person")
                        .refuses(scripts("email"), "email", "Enter an email address in the correct format")
                        .refuses(missing("role"), "role", "Select what they will be in the team")
                        .refuses(set("role", "WORKER"), "role", "Select what they will be in the team")
                        .refuses(scripts("role"), "role", "Select what they will be in the team")
                        .acceptsBaselineWith(302),
                form("POST /people/" + teamPersonId + "/break-glass")
                        .signedInAs(demo("coordinator"))
                        .valid("reason", "No answer at the door")
                        .unchanged("openings", () -> count("teams.break_glass"))
                        .refuses(missing("reason"), "reason", "Enter why you need to open the records")
                        .refuses(blank("reason"), "reason", "Enter why you need to open the records")
                        .refuses(oversized("reason"), "reason", "The reason must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /sign-up")
                        .valid("displayName", "Alex Example")
                        .valid("email", (Supplier<String>) BadInputTests::freshEmail)
                        .valid("password", PASSWORD)
                        .valid("roles", List.of("WORKER", "VOLUNTEER"))
                        .unchanged("accounts", () -> count("people.account"))
                        .refuses(missing("displayName"), "displayName", "Enter your name")
                        .refuses(blank("displayName"), "displayName", "Enter your name")
                        .refuses(oversized("displayName"), "displayName", "Name must be 100 characters or fewer")
                        .refuses(scripts("displayName"), "displayName", "Use plain text only")
                        .refuses(missing("email"), "email", "Enter your email address")
                        .refuses(oversized("email"), "email", "Email address must be 254 characters or fewer")
                        .refuses(set("email", "not an email"), "email", "Enter an email address in the correct format")
                        .refuses(scripts("email"), "email", "Enter an email address in the correct format")
                        .refuses(
                                set("email", demo("eric")),
                                "email",
                                "An account with this email address already exists")
                        .refuses(missing("password"), "password", "Enter a password")
                        .refuses(oversized("password"), "password", "Password must be between 8 and 128 characters")
                        .refuses(set("password", "short"), "password", "Password must be between 8 and 128 characters")
                        // a password may hold any characters, so make another field wrong to see it is not echoed
                        .refuses(
                                scripts("password").stream()
                                        .map(m -> m.and(missing("displayName")))
                                        .toList(),
                                "displayName",
                                "Enter your name")
                        .refuses(missing("roles"), "roles", "Select what you will use CareCoop for")
                        .refuses(set("roles", "ADMIN"), "roles", "Select what you will use CareCoop for")
                        .refuses(
                                set("roles", List.of("WORKER", "COORDINATOR")),
                                "roles",
                                "Select what you will use CareCoop for")
                        .refuses(set("roles", "42"), "roles", "Select what you will use CareCoop for")
                        .refuses(oversized("roles"), "roles", "Select what you will use CareCoop for")
                        .refuses(
                                set("roles", java.util.Collections.nCopies(10, "WORKER")),
                                "roles",
                                "Select what you will use CareCoop for")
                        .refuses(scripts("roles"), "roles", "Select what you will use CareCoop for")
                        .refuses(asContentType(MediaType.APPLICATION_JSON_VALUE), "displayName", "Enter your name")
                        .acceptsBaselineWith(302),
                form("POST /assisted/new")
                        .signedInAs(demo("coordinator"))
                        .valid("displayName", "Alex Example")
                        .valid("email", (Supplier<String>) BadInputTests::freshEmail)
                        .valid("phone", "01422 123456")
                        .valid("roles", List.of("SUPPORTED_PERSON"))
                        .valid("agreed", "true")
                        .unchanged("accounts", () -> count("people.account"))
                        .refuses(missing("displayName"), "displayName", "Enter their name")
                        .refuses(oversized("displayName"), "displayName", "Name must be 100 characters or fewer")
                        .refuses(scripts("displayName"), "displayName", "Use plain text only")
                        .refuses(
                                missing("email").and(set("sendLink", "true")),
                                "email",
                                "Enter their email address to email them a link")
                        .refuses(set("email", "not an email"), "email", "Enter an email address in the correct format")
                        .refuses(
                                set("email", demo("eric")),
                                "email",
                                "An account with this email address already exists")
                        .refuses(oversized("phone"), "phone", "Enter a phone number using only numbers")
                        .refuses(scripts("phone"), "phone", "Enter a phone number using only numbers")
                        .refuses(missing("roles"), "roles", "Select what they will use CareCoop for")
                        .refuses(set("roles", "COORDINATOR"), "roles", "Select what they will use CareCoop for")
                        .refuses(scripts("roles"), "roles", "Select what they will use CareCoop for")
                        .refuses(missing("agreed"), "agreed", "Confirm that the person has agreed")
                        .refuses(set("agreed", "perhaps"), "agreed", "Tick the box or leave it empty")
                        .acceptsBaselineWith(302),
                form("POST /account/password")
                        .signedInAs(passwordAccount)
                        .valid("current", PASSWORD)
                        .valid("password", PASSWORD + " changed")
                        .valid("confirm", PASSWORD + " changed")
                        .unchanged("password", () -> passwordHash(passwordAccount))
                        .refuses(missing("current"), "current", "Enter your current password")
                        .refuses(set("current", "not the password"), "current", "Your current password is not right")
                        .refuses(oversized("current"), "current", "Your current password is not right")
                        .refuses(missing("password"), "password", "Enter a password")
                        .refuses(set("confirm", "something else entirely"), "confirm", "The passwords do not match")
                        .refuses(
                                set("password", "password1").and(set("confirm", "password1")),
                                "password",
                                "This password is too common")
                        .refuses(
                                oversized("password").and(oversized("confirm")),
                                "password",
                                "Password must be between 8 and 128 characters")
                        .refuses(scripts("current"), "current", "Your current password is not right")
                        .acceptsBaselineWith(302),
                form("POST /profile/edit")
                        .signedInAs(profileAccount)
                        .valid("displayName", "Tess Example")
                        .valid("phone", "01422 123456")
                        .valid("person.about", "I like an early start.")
                        .valid("person.needs", List.of("PERSONAL_CARE", "SHOPPING"))
                        .valid("person.interests", "walking, brass bands")
                        .valid("person.preferredWorkerGender", "NO_PREFERENCE")
                        .valid("person.languages", "English")
                        .valid("person.postcode", "HX7 6AD")
                        .valid("person.timesWanted", List.of("MORNINGS"))
                        .valid("worker.bio", "Peer supporter.")
                        .valid("worker.gender", "WOMAN")
                        .valid("worker.skills", List.of("PEER_SUPPORT"))
                        .valid("worker.experienceYears", "3")
                        .valid("worker.employmentBasis", "SELF_EMPLOYED")
                        .valid("worker.postcode", "HX7 5AB")
                        .valid("worker.travelRadiusKm", "10")
                        .valid("worker.hourlyRate", "15.50")
                        .unchanged("profile", () -> profileSnapshot(profileAccount))
                        .refuses(missing("displayName"), "displayName", "Enter your name")
                        .refuses(oversized("displayName"), "displayName", "Your name must be 100 characters or fewer")
                        .refuses(scripts("displayName"), "displayName", "Use plain text only")
                        .refuses(oversized("phone"), "phone", "Phone number must be 30 characters or fewer")
                        .refuses(scripts("phone"), "phone", "Enter a phone number using only numbers")
                        .refuses(
                                oversized("person.about"),
                                "person.about",
                                "About you must be 2,000 characters or fewer")
                        .refuses(scripts("person.about"), "person.about", "Use plain text only")
                        .refuses(set("person.needs", "FLYING"), "person.needs", "Select only from the options shown")
                        .refuses(oversized("person.needs"), "person.needs", "Select only from the options shown")
                        .refuses(scripts("person.needs"), "person.needs", "Select only from the options shown")
                        .refuses(
                                set("person.needs", java.util.Collections.nCopies(30, "MEALS")),
                                "person.needs",
                                "Select only from the options shown")
                        .refuses(scripts("person.interests"), "person.interests", "Use plain text only")
                        .refuses(
                                set("person.preferredWorkerGender", "ROBOT"),
                                "person.preferredWorkerGender",
                                "Select only from the options shown")
                        .refuses(
                                set("person.postcode", "not a postcode"), "person.postcode", "Enter a full UK postcode")
                        .refuses(oversized("person.postcode"), "person.postcode", "Enter a full UK postcode")
                        .refuses(set("person.postcode", "SW1A 1AA"), "person.postcode", "We cannot find that postcode")
                        .refuses(
                                set("person.phoneBeforeVisit", "perhaps"),
                                "person.phoneBeforeVisit",
                                "Tick the box or leave it empty")
                        .refuses(scripts("worker.bio"), "worker.bio", "Use plain text only")
                        .refuses(
                                set("worker.experienceYears", "three"),
                                "worker.experienceYears",
                                "Enter your years of experience as a whole number")
                        .refuses(
                                set("worker.travelRadiusKm", "0"),
                                "worker.travelRadiusKm",
                                "must be between 1 and 100 kilometres")
                        .refuses(
                                set("worker.hourlyRate", "15.505"),
                                "worker.hourlyRate",
                                "Enter your hourly rate to the nearest penny")
                        .refuses(
                                set("worker.hourlyRate", "-5"),
                                "worker.hourlyRate",
                                "Your hourly rate cannot be less than")
                        .refuses(set("worker.hourlyRate", "1000.01"), "worker.hourlyRate", "1,000 or less")
                        .refuses(
                                oversized("worker.hourlyRate"),
                                "worker.hourlyRate",
                                "Enter your hourly rate in pounds and pence")
                        .refuses(
                                missing("displayName").and(set("worker.postcode", "EH1 1YZ")),
                                "worker.postcode",
                                "We cannot find that postcode")
                        .acceptsBaselineWith(302),
                form("POST /password-reset")
                        .valid("email", (Supplier<String>) this::freshAccount)
                        .unchanged("reset links", () -> count("people.password_reset"))
                        .refuses(missing("email"), "email", "Enter your email address")
                        .refuses(blank("email"), "email", "Enter your email address")
                        .refuses(oversized("email"), "email", "Email address must be 254 characters or fewer")
                        .refuses(set("email", "not an email"), "email", "Enter an email address in the correct format")
                        .refuses(scripts("email"), "email", "Enter an email address in the correct format")
                        .refuses(asContentType(MediaType.APPLICATION_JSON_VALUE), "email", "Enter your email address")
                        .acceptsBaselineWith(200),
                form("POST /password-reset/" + token)
                        .valid("password", PASSWORD + " new")
                        .valid("confirm", PASSWORD + " new")
                        .unchanged("password", () -> passwordHash(resetAccount))
                        .unchanged("reset links used", () -> usedResetLinks(resetAccount))
                        .refuses(missing("password"), "password", "Enter a password")
                        .refuses(missing("confirm"), "confirm", "Type the new password again")
                        .refuses(set("confirm", "something else entirely"), "confirm", "The passwords do not match")
                        .refuses(
                                oversized("password").and(oversized("confirm")),
                                "password",
                                "Password must be between 8 and 128 characters")
                        .refuses(
                                set("password", "short").and(set("confirm", "short")),
                                "password",
                                "Password must be between 8 and 128 characters")
                        .refuses(
                                set("password", "password").and(set("confirm", "password")),
                                "password",
                                "This password is too common")
                        .refuses(scripts("password"), "confirm", "The passwords do not match")
                        .refuses(scripts("confirm"), "confirm", "The passwords do not match")
                        .refuses(asContentType(MediaType.APPLICATION_JSON_VALUE), "password", "Enter a password")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/tokens")
                        .valid("email", tokenAccount)
                        .valid("password", PASSWORD)
                        .unchanged("tokens", () -> count("people.api_token"))
                        .refuses(missing("email"), 400, "email", "Enter your email address")
                        .refuses(blank("email"), 400, "email", "Enter your email address")
                        .refuses(oversized("email"), 400, "email", "Email address must be 254 characters or fewer")
                        .refuses(missing("password"), 400, "password", "Enter a password")
                        .refuses(
                                oversized("password"), 400, "password", "Password must be between 8 and 128 characters")
                        .refuses(set("email", List.of(tokenAccount)), 400, null, "could not be read")
                        .refuses(set("password", Map.of("value", PASSWORD)), 400, null, "could not be read")
                        .refuses(scripts("email"), 401, null, "The email address or password is not right")
                        .refuses(
                                body(
                                        "malformed JSON",
                                        "{\"email\": \"" + tokenAccount + "\", \"password\":",
                                        MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(
                                body("a JSON array", "[1, 2, 3]", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(
                                body("an empty body", "", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .refuses(asContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE), 415, null, "not supported")
                        .refuses(set("password", ONE_MEGABYTE), 413, null, "larger than the API accepts")
                        .acceptsBaselineWith(200),

                // Peer pages (TE6): a member of the ZE3 area page, with a post and a meet-up there
                form("POST /peers/areas")
                        .signedInAs(peers().outsider())
                        .valid("place", "ze4 1aa")
                        .unchanged("page choices", () -> peerRows("peers.choice", "account_id", peers().outsiderId()))
                        .refuses(missing("place"), "place", "Enter a postcode or postcode district")
                        .refuses(blank("place"), "place", "Enter a postcode or postcode district")
                        .refuses(oversized("place"), "place", PEER_PLACE)
                        .refuses(set("place", "Hebden Bridge"), "place", PEER_PLACE)
                        .refuses(scripts("place"), "place", PEER_PLACE)
                        .acceptsBaselineWith(302),
                form("POST " + peers().page() + "/posts")
                        .signedInAs(peers().member())
                        .valid("message", "Anyone for a walk on Saturday?")
                        .unchanged("posts", () -> peerRows("peers.post", "author_id", peers().memberId()))
                        .refuses(missing("message"), "message", "Enter your post")
                        .refuses(blank("message"), "message", "Enter your post")
                        .refuses(oversized("message"), "message", "Your post must be 2,000 characters or fewer")
                        .refuses(scripts("message"), "message", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + peers().post() + "/replies")
                        .signedInAs(peers().member())
                        .valid("reply", "Count me in")
                        .unchanged("replies", () -> peerRows("peers.reply", "author_id", peers().memberId()))
                        .refuses(missing("reply"), "reply", "Enter your reply")
                        .refuses(blank("reply"), "reply", "Enter your reply")
                        .refuses(oversized("reply"), "reply", "Your reply must be 2,000 characters or fewer")
                        .refuses(scripts("reply"), "reply", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + peers().page() + "/mentoring")
                        .signedInAs(peers().member())
                        .valid("need", "My first night shifts")
                        .unchanged(
                                "requests",
                                () -> peerRows("peers.mentoring_request", "requester_id", peers().memberId()))
                        .refuses(missing("need"), "need", "Enter what you would like a mentor for")
                        .refuses(blank("need"), "need", "Enter what you would like a mentor for")
                        .refuses(oversized("need"), "need", "must be 500 characters or fewer")
                        .refuses(scripts("need"), "need", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + peers().page() + "/meet-ups")
                        .signedInAs(peers().member())
                        .valid("title", "Walk and talk")
                        .valid("date", peerDate(3))
                        .valid("time", "10:30am")
                        .valid("place", "The park gates")
                        .valid("description", "Bring a flask.")
                        .unchanged("meet-ups", () -> peerRows("peers.meet_up", "organiser_id", peers().memberId()))
                        .refuses(missing("title"), "title", "Enter a title for the meet-up")
                        .refuses(blank("title"), "title", "Enter a title for the meet-up")
                        .refuses(oversized("title"), "title", "The title must be 100 characters or fewer")
                        .refuses(scripts("title"), "title", "Use plain text only")
                        .refuses(missing("date"), "date", "Enter the date of the meet-up")
                        .refuses(set("date", "31 2 2030"), "date", PEER_DATE)
                        .refuses(set("date", "next Tuesday"), "date", PEER_DATE)
                        .refuses(oversized("date"), "date", PEER_DATE)
                        .refuses(scripts("date"), "date", PEER_DATE)
                        .refuses(set("date", peerDate(-1)), "date", "The meet-up must be in the future")
                        .refuses(missing("time"), "time", "Enter the time the meet-up starts")
                        .refuses(set("time", "25:00"), "time", "Enter a real time, for example 10:30am or 14:30")
                        .refuses(scripts("time"), "time", "Enter a real time, for example 10:30am or 14:30")
                        .refuses(missing("place"), "place", "Enter where you will meet")
                        .refuses(oversized("place"), "place", "Where you will meet must be 200 characters or fewer")
                        .refuses(scripts("place"), "place", "Use plain text only")
                        .refuses(oversized("description"), "description", "More about it must be 2,000 characters")
                        .refuses(scripts("description"), "description", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + peers().meetUp() + "/answer")
                        .signedInAs(peers().member())
                        .valid("answer", "GOING")
                        .unchanged("answers", () -> peerRows("peers.meet_up_answer", "account_id", peers().memberId()))
                        .refuses(missing("answer"), "answer", "Select going, maybe or not going")
                        .refuses(set("answer", "PERHAPS"), "answer", "Select going, maybe or not going")
                        .refuses(oversized("answer"), "answer", "Select going, maybe or not going")
                        .refuses(scripts("answer"), "answer", "Select going, maybe or not going")
                        .acceptsBaselineWith(302),
                form("POST " + peers().meetUp() + "/comments")
                        .signedInAs(peers().member())
                        .valid("comment", "See you there")
                        .unchanged("comments", () -> peerRows("peers.meet_up_comment", "author_id", peers().memberId()))
                        .refuses(missing("comment"), "comment", "Enter your comment")
                        .refuses(blank("comment"), "comment", "Enter your comment")
                        .refuses(oversized("comment"), "comment", "Your comment must be 2,000 characters or fewer")
                        .refuses(scripts("comment"), "comment", "Use plain text only")
                        .acceptsBaselineWith(302),
                // Team page (TE2, TE5)
                form("POST " + teamPage + "/threads")
                        .signedInAs(team.tomasz().email())
                        .valid("title", "Cover for Tuesday")
                        .valid("message", "Who can swap with me?")
                        .valid(
                                "members",
                                List.of(
                                        team.ursula().id().toString(),
                                        team.wes().id().toString()))
                        .unchanged(
                                "conversations",
                                () -> count("teams.thread") + "/" + count("teams.thread_member") + "/"
                                        + count("teams.thread_message"))
                        .refuses(missing("title"), "title", "Enter a title for the conversation")
                        .refuses(blank("title"), "title", "Enter a title for the conversation")
                        .refuses(oversized("title"), "title", "The title must be 120 characters or fewer")
                        .refuses(scripts("title"), "title", "Use plain text only")
                        .refuses(missing("message"), "message", "Enter the first message of the conversation")
                        .refuses(oversized("message"), "message", "The message must be 2,000 characters or fewer")
                        .refuses(scripts("message"), "message", "Use plain text only")
                        .refuses(set("members", "someone"), "members", "Select only people in the team")
                        .refuses(
                                set("members", UUID.randomUUID().toString()),
                                "members",
                                "Select only people in the team")
                        .refuses(
                                set("members", team.tomasz().id().toString()),
                                "members",
                                "Select only people in the team")
                        .refuses(oversized("members"), "members", "Select only people in the team")
                        .refuses(scripts("members"), "members", "Select only people in the team")
                        .refuses(
                                set(
                                        "members",
                                        java.util.Collections.nCopies(
                                                101, team.ursula().id().toString())),
                                "members",
                                "Select only people in the team")
                        .refuses(
                                asContentType(MediaType.APPLICATION_JSON_VALUE),
                                "title",
                                "Enter a title for the conversation")
                        .acceptsBaselineWith(302),
                form("POST " + teamPage + "/threads/" + thread + "/messages")
                        .signedInAs(team.ursula().email())
                        .valid("reply", "I can, if Amina takes Thursday.")
                        .unchanged("messages", () -> count("teams.thread_message"))
                        .refuses(missing("reply"), "reply", "Enter your reply")
                        .refuses(blank("reply"), "reply", "Enter your reply")
                        .refuses(oversized("reply"), "reply", "Your reply must be 2,000 characters or fewer")
                        .refuses(scripts("reply"), "reply", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + teamPage + "/comments")
                        .signedInAs(team.tessa().email())
                        .valid("comment", "Who is taking Vera to the dentist?")
                        .valid("question", "true")
                        .unchanged("comments", () -> count("teams.comment"))
                        .refuses(missing("comment"), "comment", "Enter your comment or question")
                        .refuses(blank("comment"), "comment", "Enter your comment or question")
                        .refuses(
                                oversized("comment"),
                                "comment",
                                "Your comment or question must be 2,000 characters or fewer")
                        .refuses(scripts("comment"), "comment", "Use plain text only")
                        .refuses(set("question", "perhaps"), "question", "Tick the box or leave it empty")
                        .acceptsBaselineWith(302),
                form("POST " + teamPage + "/comments/" + comment + "/replies")
                        .signedInAs(team.yusuf().email())
                        .valid("commentReply", "I will look at it on Friday.")
                        .unchanged("replies", () -> count("teams.comment_reply"))
                        .refuses(missing("commentReply"), "commentReply", "Enter your reply")
                        .refuses(blank("commentReply"), "commentReply", "Enter your reply")
                        .refuses(
                                oversized("commentReply"),
                                "commentReply",
                                "Your reply must be 2,000 characters or fewer")
                        .refuses(scripts("commentReply"), "commentReply", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + teamPage + "/celebrations")
                        .signedInAs(team.vera().email())
                        .valid("celebration", "I walked to the post office on my own")
                        .unchanged("celebrations", () -> count("teams.celebration"))
                        .refuses(missing("celebration"), "celebration", "Enter what you would like to celebrate")
                        .refuses(blank("celebration"), "celebration", "Enter what you would like to celebrate")
                        .refuses(
                                oversized("celebration"),
                                "celebration",
                                "Your celebration must be 2,000 characters or fewer")
                        .refuses(scripts("celebration"), "celebration", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST " + teamPage + "/expert-questions")
                        .signedInAs(team.valerie().email())
                        .valid("expertQuestion", "What helps with swollen ankles?")
                        .unchanged("questions", () -> count("teams.expert_question"))
                        .refuses(
                                missing("expertQuestion"),
                                "expertQuestion",
                                "Enter your question for the practitioners")
                        .refuses(
                                oversized("expertQuestion"),
                                "expertQuestion",
                                "Your question must be 2,000 characters or fewer")
                        .refuses(scripts("expertQuestion"), "expertQuestion", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /expert-questions/" + question + "/answer")
                        .signedInAs(team.yusuf().email())
                        .valid("answer", "Raise them when sitting, and walk a little each day.")
                        .unchanged(
                                "answer",
                                () -> jdbc.sql("select coalesce(answer, '') from teams.expert_question where id = ?")
                                        .param(question)
                                        .query(String.class)
                                        .single())
                        .refuses(missing("answer"), "answer", "Enter your answer")
                        .refuses(blank("answer"), "answer", "Enter your answer")
                        .refuses(oversized("answer"), "answer", "Your answer must be 2,000 characters or fewer")
                        .refuses(scripts("answer"), "answer", "Use plain text only")
                        .acceptsBaselineWith(302),
                // Calendar feeds: the choice must be one the page offered
                form("POST /calendar-feeds")
                        .signedInAs(demo("eric"))
                        .valid("calendar", demoId("eric").toString())
                        .unchanged("feeds", () -> count("rota.calendar_feed"))
                        .refuses(missing("calendar"), "calendar", "Select which visits the feed should show")
                        .refuses(
                                set("calendar", UUID.randomUUID().toString()),
                                "calendar",
                                "Select which visits the feed should show")
                        .refuses(oversized("calendar"), "calendar", "Select which visits the feed should show")
                        .refuses(scripts("calendar"), "calendar", "Select which visits the feed should show")
                        .acceptsBaselineWith(302),
                // Visits: booking (form and API) and cancelling, by a co-ordinator
                // The booking form's review step shows the price and books nothing; confirming books
                bookingForm("POST /visits/new/review", visits).acceptsBaselineReadOnlyWith(200),
                bookingForm("POST /visits/new", visits).acceptsBaselineWith(302),
                form("POST /visits/" + visits.toCancel() + "/cancel")
                        .signedInAs(demo("coordinator"))
                        .valid("reason", "Nora is in hospital")
                        .unchanged("visit", () -> visitStatus(visits.toCancel()))
                        .refuses(missing("reason"), "reason", "Enter why the visit is cancelled")
                        .refuses(blank("reason"), "reason", "Enter why the visit is cancelled")
                        .refuses(oversized("reason"), "reason", "The reason must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .refuses(
                                asContentType(MediaType.APPLICATION_JSON_VALUE),
                                "reason",
                                "Enter why the visit is cancelled")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/visits")
                        .signedInAs(demo("coordinator"))
                        .valid("personId", visits.person().toString())
                        .valid("workerIds", List.of(visits.apiWorker().toString()))
                        .valid("start", "2032-03-11T08:00:00Z")
                        .valid("end", "2032-03-11T09:00:00Z")
                        .unchanged("visits", () -> count("visits.visit"))
                        .refuses(missing("personId"), 400, "personId", "Give personId")
                        .refuses(set("personId", "not an id"), 400, null, "could not be read")
                        .refuses(
                                set("personId", visits.worker().toString()),
                                400,
                                "personId",
                                "must be the account of a person who receives support")
                        .refuses(missing("workerIds"), 400, "workerIds", "Give workerIds")
                        .refuses(set("workerIds", List.of()), 400, "workerIds", "Give workerIds")
                        .refuses(
                                set(
                                        "workerIds",
                                        List.of(
                                                visits.worker().toString(),
                                                visits.worker().toString())),
                                400,
                                "workerIds",
                                "Name each worker once")
                        .refuses(
                                set(
                                        "workerIds",
                                        java.util.Collections.nCopies(
                                                11, visits.worker().toString())),
                                400,
                                "workerIds",
                                "at most 10 workers")
                        .refuses(
                                set("workerIds", List.of(visits.person().toString())),
                                400,
                                "workerIds",
                                "The person visited cannot be one of the workers")
                        .refuses(
                                set("workerIds", List.of(UUID.randomUUID().toString())),
                                400,
                                "workerIds",
                                "must be the account of a care worker")
                        .refuses(scripts("workerIds"), 400, null, "could not be read")
                        .refuses(
                                set("workerIds", List.of(visits.busyWorker().toString()))
                                        .and(set("start", "2032-03-10T08:30:00Z"))
                                        .and(set("end", "2032-03-10T09:30:00Z")),
                                409,
                                null,
                                "is already booked for a visit from 08:00 to 09:00")
                        .refuses(missing("start"), 400, "start", "Give start")
                        .refuses(set("start", "tomorrow"), 400, null, "could not be read")
                        .refuses(set("end", "2032-03-11T08:00:00Z"), 400, "end", "The end must be after the start")
                        .refuses(set("end", "2032-03-12T09:00:00Z"), 400, "end", "at most 24 hours")
                        .refuses(
                                body("malformed JSON", "{\"personId\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(201),
                json("POST /api/v1/bookings")
                        .signedInAs(demo("coordinator"))
                        .valid("personId", visits.person().toString())
                        .valid("workerIds", List.of(visits.bookingsWorker().toString()))
                        .valid("start", "2032-04-05T08:00:00Z")
                        .valid("end", "2032-04-05T09:00:00Z")
                        .valid("repeat", Map.of("days", List.of("MONDAY", "THURSDAY"), "until", "2032-05-31"))
                        .unchanged("visits", () -> count("visits.visit"))
                        .refuses(missing("personId"), 400, "personId", "Give either personId, or personIds")
                        .refuses(
                                set("personIds", List.of(visits.person().toString())),
                                400,
                                "personId",
                                "Give either personId")
                        .refuses(
                                set("personId", visits.worker().toString()),
                                400,
                                "personId",
                                "must be the account of a person")
                        .refuses(missing("workerIds"), 400, "workerIds", "Give workerIds")
                        .refuses(
                                set("workerIds", List.of(visits.person().toString())),
                                400,
                                "workerIds",
                                "cannot be one of the workers")
                        .refuses(set("end", "2032-04-05T07:00:00Z"), 400, "end", "The end must be after the start")
                        .refuses(
                                set("repeat", Map.of("days", List.of(), "until", "2032-05-31")),
                                400,
                                "repeat.days",
                                "Give repeat.days")
                        .refuses(
                                set("repeat", Map.of("days", List.of("SOMEDAY"), "until", "2032-05-31")),
                                400,
                                null,
                                "could not be read")
                        .refuses(
                                set("repeat", Map.of("days", List.of("MONDAY"))),
                                400,
                                "repeat.until",
                                "Give repeat.until")
                        .refuses(
                                set("repeat", Map.of("days", List.of("MONDAY"), "until", "2034-01-01")),
                                400,
                                "repeat.until",
                                "at most a year later")
                        .refuses(
                                set("repeat", Map.of("days", List.of("MONDAY"), "until", "2032-04-01")),
                                400,
                                "repeat.until",
                                "on or after the first visit")
                        .refuses(
                                set("workerIds", List.of(visits.busyWorker().toString()))
                                        .and(set("start", "2032-03-10T08:30:00Z"))
                                        .and(set("end", "2032-03-10T09:30:00Z"))
                                        .and(set(
                                                "repeat", Map.of("days", List.of("WEDNESDAY"), "until", "2032-03-31"))),
                                409,
                                null,
                                "is already booked for a visit from 08:00 to 09:00")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(201),
                json("POST /api/v1/bookings/quote")
                        .signedInAs(demo("coordinator"))
                        .valid("personId", visits.person().toString())
                        .valid("workerIds", List.of(visits.bookingsWorker().toString()))
                        .valid("start", "2032-04-05T08:00:00Z")
                        .valid("end", "2032-04-05T09:00:00Z")
                        .unchanged("visits", () -> count("visits.visit"))
                        .refuses(missing("personId"), 400, "personId", "Give either personId, or personIds")
                        .refuses(
                                set("personId", visits.worker().toString()),
                                400,
                                "personId",
                                "must be the account of a person")
                        .refuses(missing("workerIds"), 400, "workerIds", "Give workerIds")
                        .refuses(set("end", "2032-04-05T07:00:00Z"), 400, "end", "The end must be after the start")
                        .refuses(set("start", "tomorrow"), 400, null, "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineReadOnlyWith(200),
                json("POST /api/v1/bookings/" + visits.apiToCancel() + "/cancel")
                        .signedInAs(demo("coordinator"))
                        .valid("reason", "Plans changed")
                        .unchanged("visit", () -> visitStatus(visits.apiToCancel()))
                        .refuses(missing("reason"), 400, "reason", "Give reason")
                        .refuses(set("reason", " "), 400, "reason", "Give a reason of 1 to 500 characters")
                        .refuses(oversized("reason"), 400, "reason", "Give a reason of 1 to 500 characters")
                        .refuses(scripts("reason"), 400, "reason", "Give a reason of 1 to 500 characters")
                        .acceptsBaselineWith(200),
                // On the day (CO6, VI1-VI3): the visit's worker checks out and ticks tasks off; a
                // co-ordinator adds tasks and corrects times
                form("POST /visits/" + checkOut.visit() + "/day/check-out")
                        .signedInAs(checkOut.workerEmail())
                        .valid("note", "All well")
                        .valid("notDoneReason", "The post office was closed")
                        .valid("lat", "")
                        .valid("lng", "")
                        .unchanged("check-out", () -> checkedOut(checkOut.visit()))
                        .refuses(oversized("note"), "note", "The note must be 500 characters or fewer")
                        .refuses(scripts("note"), "note", "Use plain text only")
                        .refuses(missing("notDoneReason"), "notDoneReason", "Enter why some tasks were not done")
                        .refuses(blank("notDoneReason"), "notDoneReason", "Enter why some tasks were not done")
                        .refuses(
                                oversized("notDoneReason"),
                                "notDoneReason",
                                "The reason must be 500 characters or fewer")
                        .refuses(scripts("notDoneReason"), "notDoneReason", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /visits/" + addTask.visit() + "/day/tasks")
                        .signedInAs(demo("coordinator"))
                        .valid("description", "Help with lunch")
                        .unchanged(
                                "tasks", () -> visitDay.tasks(addTask.visit()).size())
                        .refuses(missing("description"), "description", "Enter the task")
                        .refuses(blank("description"), "description", "Enter the task")
                        .refuses(oversized("description"), "description", "The task must be 200 characters or fewer")
                        .refuses(scripts("description"), "description", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /visits/" + tick.visit() + "/day/tasks/" + tick.task() + "/done")
                        .signedInAs(tick.workerEmail())
                        .valid("taskNote", "Two sugars")
                        .unchanged(
                                "task",
                                () -> visitDay.tasks(tick.visit()).get(0).done())
                        .refuses(oversized("taskNote"), "taskNote", "The note must be 500 characters or fewer")
                        .refuses(scripts("taskNote"), "taskNote", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /visits/" + correct.visit() + "/day/correct")
                        .signedInAs(demo("coordinator"))
                        .valid("workerId", correct.worker().toString())
                        .valid("checkIn", correct.startTime())
                        .valid("checkOut", "")
                        .valid("reason", "Forgot to check in: no signal")
                        .unchanged(
                                "corrections",
                                () -> visitDay.attendance(correct.visit())
                                        .corrections()
                                        .size())
                        .refuses(missing("workerId"), "workerId", "Choose the worker whose times you are correcting")
                        .refuses(
                                set("workerId", UUID.randomUUID().toString()),
                                "workerId",
                                "Choose a worker booked for this visit")
                        .refuses(scripts("workerId"), "workerId", "Choose a worker booked for this visit")
                        .refuses(missing("checkIn"), "checkIn", "Enter the check-in time")
                        .refuses(set("checkIn", "8am"), "checkIn", "Enter the check-in time using the 24-hour clock")
                        .refuses(scripts("checkIn"), "checkIn", "Enter the check-in time using the 24-hour clock")
                        .refuses(oversized("checkOut"), "checkOut", "Enter the check-out time using the 24-hour clock")
                        .refuses(missing("reason"), "reason", "Enter why you are correcting the times")
                        .refuses(blank("reason"), "reason", "Enter why you are correcting the times")
                        .refuses(oversized("reason"), "reason", "The reason must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/visits/" + apiCheckIn.visit() + "/check-in")
                        .signedInAs(apiCheckIn.workerEmail())
                        .valid("lat", 53.74)
                        .valid("lng", -2.01)
                        .unchanged(
                                "check-in",
                                () -> visitDay.attendance(apiCheckIn.visit())
                                        .workers()
                                        .get(0)
                                        .checkedIn())
                        .refuses(set("lat", 91), 400, "lat", "latitude from -90 to 90")
                        .refuses(set("lng", -181), 400, "lng", "longitude from -180 to 180")
                        .refuses(missing("lng"), 400, "lng", "Give both lat and lng")
                        .refuses(set("lat", "north"), 400, null, "could not be read")
                        .refuses(set("at", "tomorrow"), 400, null, "could not be read")
                        .refuses(set("at", "2099-01-01T08:00:00Z"), 400, "at", "in the future")
                        .refuses(set("at", "2001-01-01T08:00:00Z"), 400, "at", "2 hours before")
                        .refuses(
                                body("malformed JSON", "{\"lat\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/visits/" + apiCheckOut.visit() + "/check-out")
                        .signedInAs(apiCheckOut.workerEmail())
                        .valid("note", "All well")
                        .unchanged("check-out", () -> checkedOut(apiCheckOut.visit()))
                        .refuses(oversized("note"), 400, "note", "500 characters or fewer")
                        .refuses(scripts("note"), 400, "note", "plain text")
                        .refuses(set("note", List.of("a")), 400, null, "could not be read")
                        .refuses(set("at", "2001-01-01T08:00:00Z"), 400, "at", "once the visit has started")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/visits/" + apiOnMyWay.visit() + "/on-my-way")
                        .signedInAs(apiOnMyWay.workerEmail())
                        .valid("lat", 53.74)
                        .valid("lng", -2.01)
                        .unchanged(
                                "journeys",
                                () -> jdbc.sql("select count(*) from visits.on_my_way where visit_id = ?")
                                        .param(apiOnMyWay.visit())
                                        .query(Long.class)
                                        .single())
                        .refuses(set("lat", -95), 400, "lat", "latitude from -90 to 90")
                        .refuses(missing("lat"), 400, "lat", "Give both lat and lng")
                        .refuses(scripts("lng"), 400, null, "could not be read")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/visits/" + apiTick.visit() + "/tasks/" + apiTick.task() + "/done")
                        .signedInAs(apiTick.workerEmail())
                        .valid("note", "Two sugars")
                        .unchanged(
                                "task",
                                () -> visitDay.tasks(apiTick.visit()).get(0).done())
                        .refuses(oversized("note"), 400, "note", "500 characters or fewer")
                        .refuses(scripts("note"), 400, "note", "plain text")
                        .acceptsBaselineWith(200),
                // Vetting (CH2) and weekly availability: co-ordinators record and withdraw evidence
                form("POST /workers/" + vetting.worker() + "/vetting/add/DBS")
                        .signedInAs(demo("coordinator"))
                        .valid("certificateNumber", "001234567890")
                        .valid("issuedDay", "1")
                        .valid("issuedMonth", "2")
                        .valid("issuedYear", "2025")
                        .valid("updateService", "yes")
                        .valid("details", "")
                        .valid("validDay", "1")
                        .valid("validMonth", "2")
                        .valid("validYear", "2028")
                        .valid("checkedDay", "1")
                        .valid("checkedMonth", "3")
                        .valid("checkedYear", "2025")
                        .unchanged("evidence", () -> evidenceCount(vetting.worker()))
                        .refuses(missing("certificateNumber"), "certificateNumber", "Enter the DBS certificate number")
                        .refuses(set("certificateNumber", "12345"), "certificateNumber", "must be 12 digits")
                        .refuses(oversized("certificateNumber"), "certificateNumber", "must be 12 digits")
                        .refuses(scripts("certificateNumber"), "certificateNumber", "must be 12 digits")
                        .refuses(
                                missing("issuedDay").and(missing("issuedMonth")).and(missing("issuedYear")),
                                "issuedDay",
                                "Enter the issue date of the certificate")
                        .refuses(
                                set("issuedDay", "31").and(set("issuedMonth", "2")),
                                "issuedDay",
                                "The issue date must be a real date")
                        .refuses(scripts("issuedYear"), "issuedDay", "The issue date must be a real date")
                        .refuses(
                                missing("updateService"),
                                "updateService",
                                "Select whether the certificate is on the DBS update service")
                        .refuses(
                                scripts("updateService"),
                                "updateService",
                                "Select whether the certificate is on the DBS update service")
                        .refuses(oversized("details"), "details", "The notes must be 500 characters or fewer")
                        .refuses(scripts("details"), "details", "Use plain text only")
                        .refuses(
                                missing("validDay").and(missing("validMonth")).and(missing("validYear")),
                                "validDay",
                                "Enter the renewal date of the DBS check")
                        .refuses(set("validYear", "2024"), "validDay", "The renewal date must be after the issue date")
                        .refuses(
                                missing("checkedDay")
                                        .and(missing("checkedMonth"))
                                        .and(missing("checkedYear")),
                                "checkedDay",
                                "Enter the date it was checked")
                        .refuses(set("checkedYear", "2099"), "checkedDay", "must be today or in the past")
                        .refuses(oversized("checkedYear"), "checkedDay", "The date it was checked must be a real date")
                        .refuses(
                                asContentType(MediaType.APPLICATION_JSON_VALUE),
                                "certificateNumber",
                                "Enter the DBS certificate number")
                        .acceptsBaselineWith(302),
                form("POST /workers/" + vetting.worker() + "/vetting/add/REFERENCE")
                        .signedInAs(demo("coordinator"))
                        .valid("refereeName", "Ann Jones")
                        .valid("relationship", "Former employer")
                        .valid("checkedDay", "1")
                        .valid("checkedMonth", "3")
                        .valid("checkedYear", "2025")
                        .unchanged("evidence", () -> evidenceCount(vetting.worker()))
                        .refuses(missing("refereeName"), "refereeName", "Enter the referee's name")
                        .refuses(blank("refereeName"), "refereeName", "Enter the referee's name")
                        .refuses(oversized("refereeName"), "refereeName", "100 characters or fewer")
                        .refuses(scripts("refereeName"), "refereeName", "Use plain text only")
                        .refuses(missing("relationship"), "relationship", "Enter how the referee knows them")
                        .refuses(scripts("relationship"), "relationship", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /workers/" + vetting.worker() + "/vetting/evidence/" + vetting.evidence() + "/withdraw")
                        .signedInAs(demo("coordinator"))
                        .valid("reason", "Recorded by mistake")
                        .unchanged("withdrawals", () -> count("people.vetting_withdrawal"))
                        .refuses(missing("reason"), "reason", "Enter why the evidence is withdrawn")
                        .refuses(blank("reason"), "reason", "Enter why the evidence is withdrawn")
                        .refuses(oversized("reason"), "reason", "The reason must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /availability")
                        .signedInAs(vetting.workerEmail())
                        .valid("from[12]", "9")
                        .valid("to[12]", "17")
                        .unchanged(
                                "availability",
                                () -> people.workerAvailability(vetting.worker())
                                        .bits())
                        .refuses(set("to[12]", "8"), "to[12]", "Sunday: the first time must end after it starts")
                        .refuses(missing("to[12]"), "to[12]", "Sunday: choose when the first time ends")
                        .refuses(missing("from[12]"), "from[12]", "Sunday: choose when the first time starts")
                        .refuses(set("from[12]", "25"), "from[12]", "Sunday: choose a time from the list")
                        .refuses(scripts("from[12]"), "from[12]", "Sunday: choose a time from the list")
                        .refuses(oversized("to[12]"), "to[12]", "Sunday: choose a time from the list")
                        .refuses(
                                set("from[13]", "10").and(set("to[13]", "12")),
                                "from[13]",
                                "Sunday: the two times overlap")
                        .acceptsBaselineWith(302),
                // Time on call and away (CO1) and rates (CO8): a fresh worker each, so no row meets another's
                form("POST /availability/leave")
                        .signedInAs(away.leave())
                        .valid("startDay", String.valueOf(away.from().getDayOfMonth()))
                        .valid("startMonth", String.valueOf(away.from().getMonthValue()))
                        .valid("startYear", String.valueOf(away.from().getYear()))
                        .valid("startHour", "")
                        .valid("endDay", String.valueOf(away.to().getDayOfMonth()))
                        .valid("endMonth", String.valueOf(away.to().getMonthValue()))
                        .valid("endYear", String.valueOf(away.to().getYear()))
                        .valid("endHour", "")
                        .valid("reason", "Holiday")
                        .unchanged("absences", () -> absenceCount(away.leave()))
                        .refuses(
                                missing("startDay").and(missing("startMonth")).and(missing("startYear")),
                                "startDay",
                                "Enter the date it starts")
                        .refuses(
                                set("startDay", "31").and(set("startMonth", "2")),
                                "startDay",
                                "The start date must be a real date")
                        .refuses(scripts("endYear"), "endDay", "The end date must be a real date")
                        .refuses(oversized("endMonth"), "endDay", "The end date must be a real date")
                        .refuses(
                                set("endYear", String.valueOf(away.from().getYear() - 1)),
                                "endDay",
                                "The end must be after the start")
                        .refuses(set("startHour", "25"), "startHour", "Choose a time from the list")
                        .refuses(scripts("endHour"), "endHour", "Choose a time from the list")
                        .refuses(oversized("reason"), "reason", "The note must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /availability/on-call")
                        .signedInAs(away.onCall())
                        .valid("startDay", String.valueOf(away.from().getDayOfMonth()))
                        .valid("startMonth", String.valueOf(away.from().getMonthValue()))
                        .valid("startYear", String.valueOf(away.from().getYear()))
                        .valid("startHour", "18")
                        .valid("endDay", String.valueOf(away.to().getDayOfMonth()))
                        .valid("endMonth", String.valueOf(away.to().getMonthValue()))
                        .valid("endYear", String.valueOf(away.to().getYear()))
                        .valid("endHour", "8")
                        .unchanged("on-call windows", () -> onCallCount(away.onCall()))
                        .refuses(
                                missing("endDay").and(missing("endMonth")).and(missing("endYear")),
                                "endDay",
                                "Enter the date it ends")
                        .refuses(scripts("startDay"), "startDay", "The start date must be a real date")
                        .refuses(set("endHour", "24"), "endHour", "Choose a time from the list")
                        .refuses(
                                set(
                                                "endMonth",
                                                String.valueOf(
                                                        away.to().plusMonths(1).getMonthValue()))
                                        .and(set(
                                                "endYear",
                                                String.valueOf(
                                                        away.to().plusMonths(1).getYear()))),
                                "startDay",
                                "An on-call time can be at most 14 days")
                        .acceptsBaselineWith(302),
                form("POST /availability/sickness")
                        .signedInAs(away.sick())
                        .valid("untilDay", String.valueOf(away.from().getDayOfMonth()))
                        .valid("untilMonth", String.valueOf(away.from().getMonthValue()))
                        .valid("untilYear", String.valueOf(away.from().getYear()))
                        .valid("reason", "Flu")
                        .unchanged("absences", () -> absenceCount(away.sick()))
                        .refuses(
                                set("untilDay", "31").and(set("untilMonth", "2")),
                                "untilDay",
                                "The last day off sick must be a real date")
                        .refuses(scripts("untilYear"), "untilDay", "The last day off sick must be a real date")
                        .refuses(set("untilYear", "2020"), "untilDay", "must be today or later")
                        .refuses(oversized("reason"), "reason", "The note must be 500 characters or fewer")
                        .refuses(scripts("reason"), "reason", "Use plain text only")
                        .acceptsBaselineWith(302),
                // The address for visits (CO3): the person's own form, and the API as a co-ordinator
                form("POST /profile/address")
                        .signedInAs(addressAccount)
                        .valid("line1", "12 Birchcliffe Road")
                        .valid("line2", "")
                        .valid("line3", "")
                        .valid("town", "Hebden Bridge")
                        .valid("postcode", "HX7 6AD")
                        .unchanged("address", () -> addressSnapshot(addressAccount))
                        .refuses(missing("postcode"), "postcode", "Enter a postcode")
                        .refuses(set("postcode", "NOT A POSTCODE"), "postcode", "Enter a full UK postcode")
                        .refuses(oversized("postcode"), "postcode", "Enter a full UK postcode")
                        .refuses(missing("line1"), "line1", "Enter address line 1")
                        .refuses(oversized("line1"), "line1", "100 characters or fewer")
                        .refuses(scripts("line2"), "line2", "Use plain text only")
                        .refuses(oversized("line3"), "line3", "100 characters or fewer")
                        .refuses(oversized("town"), "town", "60 characters or fewer")
                        .refuses(scripts("town"), "town", "Use plain text only")
                        .acceptsBaselineWith(302),
                json("PUT /api/v1/people/" + accountId(addressApiPerson) + "/address")
                        .signedInAs(demo("coordinator"))
                        .valid("lines", List.of("12 Birchcliffe Road"))
                        .valid("town", "Hebden Bridge")
                        .valid("postcode", "HX7 6AD")
                        .unchanged("address", () -> addressSnapshot(addressApiPerson))
                        .refuses(missing("postcode"), 400, "postcode", "Enter a postcode")
                        .refuses(set("postcode", "NOT A POSTCODE"), 400, "postcode", "Enter a full UK postcode")
                        .refuses(set("lines", List.of("1", "2", "3", "4")), 400, "lines", "at most 3")
                        .refuses(set("lines", List.of("x".repeat(101))), 400, "lines", "100 characters or fewer")
                        .refuses(set("lines", List.of(Mutation.SCRIPT)), 400, "lines", "Use plain text only")
                        .refuses(missing("lines"), 400, "lines", "Enter address line 1")
                        .refuses(oversized("town"), 400, "town", "60 characters or fewer")
                        .refuses(scripts("town"), 400, "town", "Use plain text only")
                        .refuses(set("town", List.of(1)), 400, null, "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(200),
                form("POST /rates")
                        .signedInAs(away.rates())
                        .valid("base", "14.50")
                        .valid("evening", "15")
                        .valid("weekend", "20")
                        .valid("bankHoliday", "50")
                        .valid("lastMinute", "10")
                        .unchanged("rate card", () -> people.rateCard(accountId(away.rates())))
                        .refuses(missing("base"), "base", "Enter the hourly rate")
                        .refuses(set("base", "lots"), "base", "Enter the hourly rate in pounds and pence")
                        .refuses(scripts("base"), "base", "Enter the hourly rate in pounds and pence")
                        .refuses(oversized("base"), "base", "Enter the hourly rate in pounds and pence")
                        .refuses(set("base", "900"), "base", "must be between")
                        .refuses(set("evening", "250"), "evening", "Enter a whole percentage from 0 to 200")
                        .refuses(scripts("weekend"), "weekend", "Enter a whole percentage from 0 to 200")
                        .refuses(oversized("bankHoliday"), "bankHoliday", "Enter a whole percentage from 0 to 200")
                        .refuses(set("lastMinute", "-5"), "lastMinute", "Enter a whole percentage from 0 to 200")
                        .acceptsBaselineWith(302),
                json("PUT /api/v1/workers/" + accountId(away.api()) + "/rates")
                        .signedInAs(demo("coordinator"))
                        .valid("basePence", 1450)
                        .valid("eveningPercent", 15)
                        .valid("weekendPercent", 20)
                        .valid("bankHolidayPercent", 50)
                        .valid("lastMinutePercent", 10)
                        .unchanged("rate card", () -> people.rateCard(accountId(away.api())))
                        .refuses(missing("basePence"), 400, "basePence", "Give basePence")
                        .refuses(set("basePence", "lots"), 400, null, "could not be read")
                        .refuses(set("basePence", 0), 400, "basePence", "must be between")
                        .refuses(missing("weekendPercent"), 400, "weekendPercent", "Give every premium")
                        .refuses(set("eveningPercent", 500), 400, "eveningPercent", "whole percentage")
                        .refuses(set("lastMinutePercent", List.of(1)), 400, null, "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/workers/" + vetting.worker() + "/vetting/evidence")
                        .signedInAs(demo("coordinator"))
                        .valid("item", "DBS")
                        .valid("checkedOn", "2025-03-01")
                        .valid("certificateNumber", "001234567890")
                        .valid("issuedOn", "2025-02-01")
                        .valid("updateService", true)
                        .valid("validUntil", "2028-02-01")
                        .unchanged("evidence", () -> evidenceCount(vetting.worker()))
                        .refuses(missing("item"), 400, "item", "Give item")
                        .refuses(set("item", "PASSPORT"), 400, null, "could not be read")
                        .refuses(missing("checkedOn"), 400, "checkedOn", "Give checkedOn")
                        .refuses(set("checkedOn", "yesterday"), 400, null, "could not be read")
                        .refuses(set("checkedOn", "2099-01-01"), 400, "checkedOn", "must be today or in the past")
                        .refuses(set("certificateNumber", "12345"), 400, "certificateNumber", "must be 12 digits")
                        .refuses(scripts("certificateNumber"), 400, "certificateNumber", "must be 12 digits")
                        .refuses(missing("validUntil"), 400, "validUntil", "Enter the renewal date of the DBS check")
                        .refuses(oversized("details"), 400, "details", "500 characters or fewer")
                        .refuses(scripts("details"), 400, "details", "Use plain text only")
                        .refuses(set("updateService", "perhaps"), 400, null, "could not be read")
                        .refuses(
                                body("malformed JSON", "{\"item\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(201),
                // Introductions (CH4): the invitation from a shortlist, messages and the trial session
                form("POST /people/" + intro.personId() + "/requests/" + intro.requestId() + "/invitations")
                        .signedInAs(intro.person())
                        .valid("workerId", intro.otherWorkerId().toString())
                        .unchanged("introductions", () -> count("matching.introduction"))
                        .refuses(missing("workerId"), "workerId", "Choose a worker to invite")
                        .refuses(set("workerId", "not a worker"), "workerId", "Choose a worker from the shortlist")
                        .refuses(oversized("workerId"), "workerId", "Choose a worker from the shortlist")
                        .refuses(scripts("workerId"), "workerId", "Choose a worker from the shortlist")
                        .refuses(set("workerId", intro.personId().toString()), "workerId", "You cannot invite yourself")
                        .refuses(
                                set("workerId", UUID.randomUUID().toString()),
                                "workerId",
                                "Choose a worker from the shortlist")
                        .refuses(
                                set("workerId", intro.workerId().toString()),
                                "workerId",
                                "You already have an introduction in progress with this worker")
                        .acceptsBaselineWith(302),
                form("POST /introductions/" + intro.introductionId() + "/messages")
                        .signedInAs(intro.person())
                        .valid("text", "Would Tuesday suit you?")
                        .unchanged("messages", () -> count("matching.introduction_message"))
                        .refuses(missing("text"), "text", "Enter a message")
                        .refuses(blank("text"), "text", "Enter a message")
                        .refuses(oversized("text"), "text", "Your message must be 2,000 characters or fewer")
                        .refuses(scripts("text"), "text", "Use plain text only")
                        .acceptsBaselineWith(302),
                form("POST /introductions/" + intro.introductionId() + "/trial")
                        .signedInAs(intro.person())
                        .valid("day", "14")
                        .valid("month", "3")
                        .valid("year", "2033")
                        .valid("startTime", "10:00")
                        .valid("endTime", "11:00")
                        .unchanged("visits", () -> count("visits.visit"))
                        .refuses(
                                missing("day").and(missing("month")).and(missing("year")),
                                "day",
                                "Enter the date of the trial session")
                        .refuses(
                                set("day", "31").and(set("month", "2")),
                                "day",
                                "The date of the trial session must be a real date")
                        .refuses(oversized("year"), "day", "The date of the trial session must be a real date")
                        .refuses(scripts("day"), "day", "The date of the trial session must be a real date")
                        .refuses(set("year", "2020"), "day", "The trial session must be in the future")
                        .refuses(missing("startTime"), "startTime", "Enter the start time")
                        .refuses(set("startTime", "10am"), "startTime", "Enter the start time using the 24-hour clock")
                        .refuses(scripts("endTime"), "endTime", "Enter the end time using the 24-hour clock")
                        .refuses(set("endTime", "09:00"), "endTime", "The end time must be after the start time")
                        .acceptsBaselineWith(302),
                form("POST /introductions/" + intro.decidingId() + "/decision")
                        .signedInAs(intro.decidingWorker())
                        .valid("decision", "continue")
                        .unchanged("decisions", () -> count("matching.introduction where worker_decision is not null"))
                        .refuses(missing("decision"), "decision", "Select whether you would like to carry on")
                        .refuses(set("decision", "maybe"), "decision", "Select whether you would like to carry on")
                        .refuses(scripts("decision"), "decision", "Select whether you would like to carry on")
                        .acceptsBaselineWith(302),
                // Introductions (CH4, CH6): answers, withdrawing, ending, exclusions, back-up pools, the API
                form("POST /introductions/" + more.answeringId() + "/response")
                        .signedInAs(more.worker())
                        .valid("answer", "accept")
                        .unchanged("introduction", () -> introductionStatus(more.answeringId()))
                        .refuses(missing("answer"), "answer", "Select whether you would like to meet")
                        .refuses(set("answer", "maybe"), "answer", "Select whether you would like to meet")
                        .refuses(oversized("answer"), "answer", "Select whether you would like to meet")
                        .refuses(scripts("answer"), "answer", "Select whether you would like to meet")
                        .acceptsBaselineWith(302),
                // Calling an introduction off takes no input: whatever else is sent is ignored
                form("POST /introductions/" + more.withdrawingId() + "/withdraw")
                        .signedInAs(more.person())
                        .valid("reason", "<script>alert(1)</script>")
                        .unchanged("introduction", () -> introductionStatus(more.withdrawingId()))
                        .acceptsBaselineWith(302),
                form("POST /arrangements/" + more.arrangementId() + "/end")
                        .signedInAs(more.person())
                        .valid("dontMatchAgain", "true")
                        .unchanged("arrangement", () -> arrangementEnded(more.arrangementId()))
                        .refuses(set("dontMatchAgain", "perhaps"), "dontMatchAgain", "Tick the box or leave it empty")
                        .refuses(oversized("dontMatchAgain"), "dontMatchAgain", "Tick the box or leave it empty")
                        .refuses(scripts("dontMatchAgain"), "dontMatchAgain", "Tick the box or leave it empty")
                        .acceptsBaselineWith(302),
                form("POST /people/" + more.personId() + "/exclusions")
                        .signedInAs(more.person())
                        .valid("workerId", more.knownWorkerId().toString())
                        .unchanged("exclusions", () -> exclusionsOf(more.personId()))
                        .refuses(missing("workerId"), "workerId", "Choose a worker")
                        .refuses(blank("workerId"), "workerId", "Choose a worker")
                        .refuses(set("workerId", "not a worker"), "workerId", "Choose a worker from the list")
                        .refuses(oversized("workerId"), "workerId", "Choose a worker from the list")
                        .refuses(scripts("workerId"), "workerId", "Choose a worker from the list")
                        .refuses(
                                set("workerId", more.strangerId().toString()),
                                "workerId",
                                "Choose a worker from the list")
                        .refuses(
                                set("workerId", more.personId().toString()),
                                "workerId",
                                "Choose a worker from the list")
                        .acceptsBaselineWith(302),
                form("POST /people/" + more.personId() + "/backup-pool")
                        .signedInAs(more.person())
                        .valid("workerIds", List.of(more.backupWorkerId().toString()))
                        .unchanged("back-up pool", () -> backupsOf(more.personId()))
                        .refuses(missing("workerIds"), "workerIds", "Select at least one worker to invite")
                        .refuses(blank("workerIds"), "workerIds", "Select at least one worker to invite")
                        .refuses(set("workerIds", "not a worker"), "workerIds", "Choose workers from the list")
                        .refuses(oversized("workerIds"), "workerIds", "Choose workers from the list")
                        .refuses(scripts("workerIds"), "workerIds", "Choose workers from the list")
                        .refuses(
                                set(
                                        "workerIds",
                                        List.of(
                                                more.backupWorkerId().toString(),
                                                more.strangerId().toString())),
                                "workerIds",
                                "Choose workers from the list")
                        .refuses(
                                set(
                                        "workerIds",
                                        java.util.Collections.nCopies(
                                                60, more.backupWorkerId().toString())),
                                "workerIds",
                                "Choose workers from the list")
                        .acceptsBaselineWith(302),
                form("POST /backup-invitations/" + more.personId())
                        .signedInAs(more.invitedBackup())
                        .valid("answer", "accept")
                        .unchanged("back-up pool", () -> backupsOf(more.personId()))
                        .refuses(missing("answer"), "answer", "Select accept or decline")
                        .refuses(set("answer", "maybe"), "answer", "Select accept or decline")
                        .refuses(oversized("answer"), "answer", "Select accept or decline")
                        .refuses(scripts("answer"), "answer", "Select accept or decline")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/matching/requests/" + more.requestId() + "/invitations")
                        .signedInAs(more.person())
                        .valid("workerId", more.apiWorkerId().toString())
                        .unchanged("introductions", () -> introductionsOf(more.personId()))
                        .refuses(missing("workerId"), 400, "workerId", "Give workerId")
                        .refuses(set("workerId", "not an id"), 400, null, "could not be read")
                        .refuses(scripts("workerId"), 400, null, "could not be read")
                        .refuses(
                                set("workerId", more.personId().toString()),
                                400,
                                "workerId",
                                "You cannot invite yourself")
                        .refuses(
                                set("workerId", UUID.randomUUID().toString()),
                                400,
                                "workerId",
                                "Choose a worker from the shortlist")
                        .refuses(
                                set("workerId", more.liveWorkerId().toString()),
                                409,
                                null,
                                "You already have an introduction in progress with this worker")
                        .refuses(
                                body("malformed JSON", "{\"workerId\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(201),
                json("POST /api/v1/matching/introductions/" + more.apiAnsweringId() + "/response")
                        .signedInAs(more.apiAnswering())
                        .valid("answer", "accept")
                        .unchanged("introduction", () -> introductionStatus(more.apiAnsweringId()))
                        .refuses(missing("answer"), 400, "answer", "Give answer: accept or decline")
                        .refuses(set("answer", "maybe"), 400, "answer", "Give answer: accept or decline")
                        .refuses(oversized("answer"), 400, "answer", "Give answer: accept or decline")
                        .refuses(scripts("answer"), 400, "answer", "Give answer: accept or decline")
                        .refuses(set("answer", List.of("accept")), 400, null, "could not be read")
                        .refuses(
                                body("malformed JSON", "{\"answer\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/matching/introductions/" + more.acceptedId() + "/trial")
                        .signedInAs(more.person())
                        .valid("start", "2033-05-10T10:00:00Z")
                        .valid("end", "2033-05-10T11:00:00Z")
                        .unchanged("introduction", () -> introductionTrial(more.acceptedId()))
                        .unchanged("visits", () -> count("visits.visit"))
                        .refuses(missing("start"), 400, "start", "Give start")
                        .refuses(missing("end"), 400, "end", "Give end")
                        .refuses(set("start", "tomorrow"), 400, null, "could not be read")
                        .refuses(scripts("end"), 400, null, "could not be read")
                        .refuses(
                                set("start", "2020-05-10T10:00:00Z").and(set("end", "2020-05-10T11:00:00Z")),
                                400,
                                "start",
                                "The trial session must be in the future")
                        .refuses(
                                set("end", "2033-05-10T09:00:00Z"),
                                400,
                                "end",
                                "The end time must be after the start time")
                        .refuses(set("end", "2033-05-12T10:00:00Z"), 400, "end", "at most 24 hours")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/matching/introductions/" + more.decidingId() + "/decision")
                        .signedInAs(more.deciding())
                        .valid("decision", "continue")
                        .unchanged("decisions", () -> introductionStatus(more.decidingId()))
                        .refuses(missing("decision"), 400, "decision", "Give decision: continue or end")
                        .refuses(set("decision", "maybe"), 400, "decision", "Give decision: continue or end")
                        .refuses(scripts("decision"), 400, "decision", "Give decision: continue or end")
                        .refuses(set("decision", 7), 400, "decision", "Give decision: continue or end")
                        .refuses(
                                body("malformed JSON", "[", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .acceptsBaselineWith(200),
                json("POST /api/v1/matching/introductions/" + more.acceptedId() + "/messages")
                        .signedInAs(more.accepted())
                        .valid("text", "Would Tuesday suit?")
                        .unchanged("messages", () -> messagesOf(more.acceptedId()))
                        .refuses(missing("text"), 400, "text", "Give text")
                        .refuses(blank("text"), 400, "text", "Give text")
                        .refuses(oversized("text"), 400, "text", "2,000 characters or fewer")
                        .refuses(scripts("text"), 400, "text", "Use plain text only")
                        .refuses(set("text", List.of("a", "b")), 400, null, "could not be read")
                        .refuses(
                                body(
                                        "huge body",
                                        "{\"text\":\"" + ONE_MEGABYTE + "\"}",
                                        MediaType.APPLICATION_JSON_VALUE),
                                413,
                                null,
                                "larger than the API accepts")
                        .acceptsBaselineWith(201),
                json("POST /api/v1/matching/arrangements/" + more.apiArrangementId() + "/end")
                        .signedInAs(more.worker())
                        .valid("dontMatchAgain", false)
                        .unchanged("arrangement", () -> arrangementEnded(more.apiArrangementId()))
                        .refuses(set("dontMatchAgain", "perhaps"), 400, null, "could not be read")
                        .refuses(set("dontMatchAgain", List.of(true)), 400, null, "could not be read")
                        .refuses(
                                body("malformed JSON", "{\"dontMatchAgain\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .acceptsBaselineWith(200),
                // Support requests, matching settings and activities (CH3, CH5)
                form("POST /people/" + requester.id() + "/requests/new")
                        .signedInAs(requester.email())
                        .valid("title", "Weekend companion")
                        .valid("kind", "WEEKLY")
                        .valid("satFrom1", "10")
                        .valid("satTo1", "16")
                        .valid("hoursWanted", "4")
                        .valid("tasks", List.of("COMPANIONSHIP", "DRIVING"))
                        .valid("outcomes", List.of("SOCIAL_CONNECTION"))
                        .valid("interests", "walking, birds")
                        .valid("skill", "MUST")
                        .valid("skillValue", "MEDICATION")
                        .valid("language", "WOULD_LIKE")
                        .valid("languageValue", "Welsh")
                        .valid("prefers", "WORKER")
                        .valid("shared", "yes")
                        .valid("details", "Someone to walk with")
                        .unchanged("requests", () -> requestCount(requester.id()))
                        .refuses(missing("title"), "title", "Enter a short name for the request")
                        .refuses(blank("title"), "title", "Enter a short name for the request")
                        .refuses(oversized("title"), "title", "The name must be 120 characters or fewer")
                        .refuses(scripts("title"), "title", "Use plain text only")
                        .refuses(missing("kind"), "kind", "Choose every week or once")
                        .refuses(scripts("kind"), "kind", "Choose every week or once")
                        .refuses(
                                missing("satFrom1").and(missing("satTo1")),
                                "monFrom1",
                                "Choose at least one time in the week")
                        .refuses(missing("satTo1"), "satTo1", "Choose when support on Saturdays could end")
                        .refuses(set("satTo1", "9"), "satTo1", "Support on Saturdays must end after it starts")
                        .refuses(scripts("satFrom1"), "satFrom1", "Choose when support on Saturdays could start")
                        .refuses(missing("hoursWanted"), "hoursWanted", "Enter how many hours of support")
                        .refuses(set("hoursWanted", "7"), "hoursWanted", "no more than the 6 hours")
                        .refuses(set("hoursWanted", "four"), "hoursWanted", "Enter the hours as a whole number")
                        .refuses(oversized("hoursWanted"), "hoursWanted", "Enter the hours as a whole number")
                        .refuses(set("kind", "ONE_OFF"), "day", "Enter the date support is needed")
                        .refuses(
                                set("kind", "ONE_OFF")
                                        .and(set("day", "31"))
                                        .and(set("month", "2"))
                                        .and(set("year", "2030"))
                                        .and(set("startTime", "10:00"))
                                        .and(set("endTime", "12:00")),
                                "day",
                                "The date must be a real date")
                        .refuses(
                                set("kind", "ONE_OFF")
                                        .and(set("day", "1"))
                                        .and(set("month", "3"))
                                        .and(set("year", "2030"))
                                        .and(set("startTime", "10:00"))
                                        .and(set("endTime", "9:00")),
                                "endTime",
                                "The end time must be after the start time")
                        .refuses(set("tasks", "ADMIN"), "tasks", "Choose the help you would like from the list")
                        .refuses(scripts("tasks"), "tasks", "Choose the help you would like from the list")
                        .refuses(set("outcomes", "WEALTH"), "outcomes", "Choose what you would like to achieve")
                        .refuses(oversized("interests"), "interests", "Interests must be 1000 characters or fewer")
                        .refuses(scripts("interests"), "interests", "Use plain text only")
                        .refuses(missing("skillValue"), "skillValue", "Choose the task, or choose not important")
                        .refuses(set("skillValue", "PEER_SUPPORT"), "skillValue", "Choose a task from the list")
                        .refuses(set("skill", "ALWAYS"), "skill", "Choose not important, would like or must")
                        .refuses(scripts("languageValue"), "languageValue", "Use plain text only")
                        .refuses(oversized("languageValue"), "languageValue", "40 characters or fewer")
                        .refuses(
                                set("gender", "MUST"),
                                "genderValue",
                                "Choose the gender of the worker, or choose not important")
                        .refuses(
                                set("gender", "MUST").and(set("genderValue", "NOT_SAID")),
                                "genderValue",
                                "Choose a gender from the list")
                        .refuses(
                                set("condition", "WOULD_LIKE").and(set("conditionValue", "FLU")),
                                "conditionValue",
                                "Choose a condition from the list")
                        .refuses(missing("prefers"), "prefers", "Choose what kind of support you would rather have")
                        .refuses(missing("shared"), "shared", "Choose whether suitable workers near you may see")
                        .refuses(oversized("details"), "details", "Details must be 2000 characters or fewer")
                        .refuses(scripts("details"), "details", "Use plain text only")
                        .refuses(
                                asContentType(MediaType.APPLICATION_JSON_VALUE),
                                "title",
                                "Enter a short name for the request")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/matching/requests")
                        .signedInAs(demo("linda"))
                        .valid("title", "Tuesday shopping")
                        .valid("kind", "weekly")
                        .valid("times", List.of(Map.of("day", "TUESDAY", "from", "10:00", "to", "12:00")))
                        .valid("hoursWanted", 2)
                        .valid("tasks", List.of("SHOPPING"))
                        .valid("interests", List.of("baking"))
                        .valid("preferences", List.of(Map.of("kind", "drives", "value", "", "strength", "would_like")))
                        .unchanged("requests", () -> requestCount(demoId("linda")))
                        .refuses(missing("title"), 400, "title", "Give title")
                        .refuses(oversized("title"), 400, "title", "120 characters or fewer")
                        .refuses(scripts("title"), 400, "title", "Use plain text only")
                        .refuses(missing("kind"), 400, "kind", "Give kind")
                        .refuses(set("kind", "daily"), 400, "kind", "Give kind")
                        .refuses(missing("times"), 400, "times", "Choose at least one time")
                        .refuses(
                                set("times", List.of(Map.of("day", "FUNDAY", "from", "10:00", "to", "12:00"))),
                                400,
                                "times[0]",
                                "Each window needs a day")
                        .refuses(
                                set("times", List.of(Map.of("day", "TUESDAY", "from", "10:30", "to", "12:00"))),
                                400,
                                "times[0]",
                                "Each window needs a day")
                        .refuses(missing("hoursWanted"), 400, "hoursWanted", "Enter how many hours")
                        .refuses(set("hoursWanted", 3), 400, "hoursWanted", "no more than the 2 hours")
                        .refuses(set("hoursWanted", "two"), 400, null, "could not be read")
                        .refuses(set("tasks", List.of("ADMIN")), 400, "tasks", "Choose the help")
                        .refuses(scripts("interests"), 400, null, "could not be read") // not a list
                        .refuses(
                                set("interests", List.of("<script>alert(1)</script>")),
                                400,
                                "interests",
                                "Use plain text only")
                        .refuses(
                                set(
                                        "preferences",
                                        List.of(Map.of("kind", "skill", "value", "FLYING", "strength", "must"))),
                                400,
                                "preferences[0]",
                                "Each preference needs a kind")
                        .refuses(set("prefers", "cat"), 400, "prefers", "prefers must be worker")
                        .refuses(set("kind", "one_off"), 400, "start", "Give start")
                        .refuses(
                                set("kind", "one_off")
                                        .and(missing("times"))
                                        .and(set("start", "2031-06-03T09:00:00Z"))
                                        .and(set("end", "2031-06-03T08:00:00Z")),
                                400,
                                "end",
                                "The end time must be after the start time")
                        .refuses(set("personId", "not an id"), 400, null, "could not be read")
                        .refuses(set("personId", demoId("eric").toString()), 403, null, "not allowed")
                        .refuses(
                                body("malformed JSON", "{\"title\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(201),
                form("POST /people/" + requester.id() + "/matching-settings")
                        .signedInAs(requester.email())
                        .valid("minimumTier", "2")
                        .unchanged("setting", () -> minimumTier(requester.id()))
                        .refuses(missing("minimumTier"), "minimumTier", "Choose which workers we may suggest")
                        .refuses(set("minimumTier", "3"), "minimumTier", "Choose which workers we may suggest")
                        .refuses(scripts("minimumTier"), "minimumTier", "Choose which workers we may suggest")
                        .refuses(oversized("minimumTier"), "minimumTier", "Choose which workers we may suggest")
                        .acceptsBaselineWith(302),
                form("POST /activities/new")
                        .signedInAs(demo("coordinator"))
                        .valid("name", "Knit and natter")
                        .valid("description", "Bring your knitting")
                        .valid("organiser", "Hebden Bridge Library")
                        .valid("placeText", "The library")
                        .valid("postcode", "HX7 8AD")
                        .valid("tueFrom", "14")
                        .valid("tueTo", "16")
                        .valid("interests", "knitting, crafts")
                        .valid("outcomes", List.of("SOCIAL_CONNECTION"))
                        .valid("conditions", List.of("DEMENTIA"))
                        .valid("active", "yes")
                        .unchanged("activities", () -> count("matching.activity"))
                        .refuses(missing("name"), "name", "Enter the name of the activity")
                        .refuses(blank("name"), "name", "Enter the name of the activity")
                        .refuses(oversized("name"), "name", "The name must be 120 characters or fewer")
                        .refuses(scripts("name"), "name", "Use plain text only")
                        .refuses(oversized("description"), "description", "2000 characters or fewer")
                        .refuses(scripts("description"), "description", "Use plain text only")
                        .refuses(scripts("organiser"), "organiser", "Use plain text only")
                        .refuses(oversized("placeText"), "placeText", "200 characters or fewer")
                        .refuses(set("postcode", "not a postcode"), "postcode", "Enter a real postcode")
                        .refuses(oversized("postcode"), "postcode", "Enter a real postcode")
                        .refuses(scripts("postcode"), "postcode", "Enter a real postcode")
                        .refuses(set("postcode", "ZE9 9ZZ"), "postcode", "We cannot find this postcode")
                        .refuses(missing("tueFrom").and(missing("tueTo")), "monFrom", "Choose when the activity meets")
                        .refuses(set("tueTo", "13"), "tueTo", "On Tuesdays it must end after it starts")
                        .refuses(scripts("tueFrom"), "tueFrom", "Choose when it starts on Tuesdays")
                        .refuses(scripts("interests"), "interests", "Use plain text only")
                        .refuses(set("outcomes", "WEALTH"), "outcomes", "Choose what you would like to achieve")
                        .refuses(set("conditions", "FLU"), "conditions", "Choose conditions from the list")
                        .refuses(missing("active"), "active", "Choose whether it is running")
                        .refuses(
                                asContentType(MediaType.APPLICATION_JSON_VALUE),
                                "name",
                                "Enter the name of the activity")
                        .acceptsBaselineWith(302),
                // Explained matching (CH3): a worker near a request says they are interested
                form("POST /matching/requests/" + matching.request.id() + "/interest")
                        .signedInAs(matching.suitedEmail)
                        .valid("confirm", "true")
                        .unchanged("interest", () -> interestCount(matching.request.id()))
                        .refuses(missing("confirm"), "confirm", "Confirm that you could help at these times")
                        .refuses(set("confirm", "perhaps"), "confirm", "Confirm that you could help at these times")
                        .refuses(oversized("confirm"), "confirm", "Confirm that you could help at these times")
                        .refuses(scripts("confirm"), "confirm", "Confirm that you could help at these times")
                        .acceptsBaselineWith(302),
                // Notifications (CO6): how we contact you, on the page and through the API
                form("POST /account/notifications")
                        .signedInAs(notifiedAccount)
                        .valid("channels", List.of("EMAIL"))
                        .valid("reminders", List.of("TWO_HOURS", "ONE_HOUR"))
                        .valid("dayBeforeHour", "7")
                        .valid("quietFrom", "22")
                        .valid("quietUntil", "6")
                        .unchanged("preferences", () -> notificationPreferences.of(notifiedId))
                        .refuses(missing("channels"), "channels", "Choose at least one way to send you messages")
                        .refuses(set("channels", "FAX"), "channels", "Choose email, text message or both")
                        .refuses(scripts("channels"), "channels", "Choose email, text message or both")
                        .refuses(set("channels", "SMS"), "channels", "Add a phone number to your profile")
                        .refuses(set("reminders", "WEEKLY"), "reminders", "Choose reminders from the list")
                        .refuses(
                                set("reminders", "DAY_BEFORE").and(set("dayBeforeHour", "")),
                                "dayBeforeHour",
                                "Choose the time of the reminder the day before")
                        .refuses(
                                set("reminders", "DAY_BEFORE").and(set("dayBeforeHour", "24")),
                                "dayBeforeHour",
                                "Choose the time of the reminder the day before")
                        .refuses(oversized("quietFrom"), "quietFrom", "Choose a time from the list")
                        .refuses(scripts("quietUntil"), "quietUntil", "Choose a time from the list")
                        .refuses(missing("quietUntil"), "quietUntil", "Choose when your quiet hours end")
                        .refuses(missing("quietFrom"), "quietFrom", "Choose when your quiet hours start")
                        .refuses(set("quietUntil", "22"), "quietUntil", "Quiet hours must end at a different time")
                        .acceptsBaselineWith(302),
                json("PUT /api/v1/me/notifications")
                        .signedInAs(demo("drshah"))
                        .valid("channels", List.of("EMAIL"))
                        .valid("reminders", List.of("THIRTY_MINUTES"))
                        .valid("quietFrom", 23)
                        .valid("quietUntil", 5)
                        .unchanged("preferences", () -> notificationPreferences.of(demoId("drshah")))
                        .refuses(missing("channels"), 400, "channels", "Choose at least one way to send you messages")
                        .refuses(set("channels", List.of("FAX")), 400, "channels", "Choose email, text message or both")
                        .refuses(
                                set("reminders", List.of(Mutation.SCRIPT)),
                                400,
                                "reminders",
                                "Choose reminders from the list")
                        .refuses(set("quietFrom", "ten"), 400, null, "could not be read")
                        .refuses(set("quietFrom", 24), 400, "quietFrom", "Choose a time from the list")
                        .refuses(missing("quietUntil"), 400, "quietUntil", "Choose when your quiet hours end")
                        .refuses(
                                body("malformed JSON", "{\"channels\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(200),
                // Planning (CO5): co-ordinators start optimising an area's rota
                form("POST /planning")
                        .signedInAs(demo("coordinator"))
                        .valid("area", "YY1")
                        .valid(
                                "day",
                                String.valueOf(LocalDate.now(clock).plusDays(1).getDayOfMonth()))
                        .valid(
                                "month",
                                String.valueOf(LocalDate.now(clock).plusDays(1).getMonthValue()))
                        .valid(
                                "year",
                                String.valueOf(LocalDate.now(clock).plusDays(1).getYear()))
                        .valid("length", "day")
                        .unchanged("optimisations", () -> count("planning.optimisation"))
                        .refuses(missing("area"), "area", "Choose an area")
                        .refuses(set("area", "H X 7!"), "area", "Choose an area from the list")
                        .refuses(oversized("area"), "area", "Choose an area from the list")
                        .refuses(scripts("area"), "area", "Choose an area from the list")
                        .refuses(
                                missing("day").and(missing("month")).and(missing("year")), "day", "Enter the first day")
                        .refuses(set("month", "13"), "day", "The first day must be a real date")
                        .refuses(scripts("day"), "day", "The first day must be a real date")
                        .refuses(set("year", "2020"), "day", "The first day must be today or later")
                        .refuses(set("year", "2099"), "day", "The first day must be within the next 8 weeks")
                        .refuses(set("length", "fortnight"), "length", "Choose a day or a week")
                        .refuses(scripts("length"), "length", "Choose a day or a week")
                        .acceptsBaselineWith(302),
                json("POST /api/v1/planning/optimisations")
                        .signedInAs(demo("coordinator"))
                        .valid("area", "YY2")
                        .valid("from", LocalDate.now(clock).plusDays(1).toString())
                        .valid("to", LocalDate.now(clock).plusDays(3).toString())
                        .unchanged("optimisations", () -> count("planning.optimisation"))
                        .refuses(missing("area"), 400, "area", "Choose an area")
                        .refuses(set("area", "H X 7!"), 400, "area", "Choose an area from the list")
                        .refuses(scripts("area"), 400, "area", "Choose an area from the list")
                        .refuses(missing("from"), 400, "from", "Enter the first day")
                        .refuses(missing("to"), 400, "to", "Enter the last day")
                        .refuses(set("from", "tomorrow"), 400, null, "could not be read")
                        .refuses(set("from", "2020-01-01").and(set("to", "2020-01-01")), 400, "from", "today or later")
                        .refuses(
                                set("to", LocalDate.now(clock).toString()),
                                400,
                                "to",
                                "The last day must be on or after the first day")
                        .refuses(
                                set("to", LocalDate.now(clock).plusDays(9).toString()),
                                400,
                                "to",
                                "Plan at most 7 days at once")
                        .refuses(
                                body("malformed JSON", "{\"area\": ", MediaType.APPLICATION_JSON_VALUE),
                                400,
                                null,
                                "could not be read")
                        .refuses(asContentType(MediaType.TEXT_PLAIN_VALUE), 415, null, "not supported")
                        .acceptsBaselineWith(202));
        // spotless:on
    }

    @TestFactory
    Stream<DynamicNode> everyBadInputIsRefusedClearlyAndChangesNothing() throws Exception {
        return rows().stream().map(row -> DynamicContainer.dynamicContainer(row.toString(), cases(row)));
    }

    private Stream<DynamicNode> cases(InputRow row) {
        List<DynamicNode> tests = new ArrayList<>();
        for (Case c : row.cases()) {
            tests.add(DynamicTest.dynamicTest(
                    c.mutation() + " → " + c.expectation().message(), () -> refused(row, c)));
        }
        tests.add(DynamicTest.dynamicTest("the valid baseline is accepted and changes something", () -> accepted(row)));
        return tests.stream();
    }

    private void refused(InputRow row, Case c) throws Exception {
        Map<String, Object> before = snapshot(row);
        Payload payload = c.mutation().change().apply(row.baseline());
        MockHttpServletResponse response =
                mvc.perform(request(row, payload)).andReturn().getResponse();
        String body = response.getContentAsString();
        Expectation expected = c.expectation();

        assertThat(response.getStatus())
                .as("status; body: %s", abbreviate(body))
                .isEqualTo(expected.status());
        assertThat(LEAK.matcher(body).find())
                .as("exception details in %s", abbreviate(body))
                .isFalse();
        assertThat(body).doesNotContain(Mutation.SCRIPT, "<img src=x onerror=alert(1)>");
        if (row.kind() == Kind.FORM) {
            assertFormError(body, expected);
        } else {
            assertProblem(response, expected);
        }
        assertThat(snapshot(row)).as("the database after a refused request").isEqualTo(before);
    }

    private void accepted(InputRow row) throws Exception {
        Map<String, Object> before = snapshot(row);
        MockHttpServletResponse response =
                mvc.perform(request(row, row.baseline())).andReturn().getResponse();
        assertThat(response.getStatus())
                .as("the baseline of %s; body: %s", row, abbreviate(response.getContentAsString()))
                .isEqualTo(row.acceptedStatus());
        if (row.readOnly()) {
            assertThat(snapshot(row))
                    .as("the database after a read-only baseline")
                    .isEqualTo(before);
        } else {
            assertThat(snapshot(row))
                    .as("the database after the accepted baseline")
                    .isNotEqualTo(before);
        }
    }

    private static void assertFormError(String body, Expectation expected) {
        String message = HtmlUtils.htmlEscape(expected.message());
        assertThat(body).contains("govuk-error-summary");
        Matcher summary = Pattern.compile("govuk-error-summary__list\">(.*?)</ul>", Pattern.DOTALL)
                .matcher(body);
        assertThat(summary.find()).as("an error summary list").isTrue();
        assertThat(summary.group(1)).as("the error summary").contains(message).contains("#" + expected.field());
        Matcher field = Pattern.compile(
                        "id=\"" + Pattern.quote(expected.field()) + "-error\"[^>]*>(.*?)</p>", Pattern.DOTALL)
                .matcher(body);
        assertThat(field.find()).as("an error message at " + expected.field()).isTrue();
        assertThat(field.group(1))
                .as("the error message at " + expected.field())
                .contains(message);
    }

    private static void assertProblem(MockHttpServletResponse response, Expectation expected) throws Exception {
        String body = response.getContentAsString();
        assertThat(response.getContentType()).as("content type of %s", body).isNotNull();
        assertThat(MediaType.parseMediaType(response.getContentType())
                        .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .as("problem+json, not %s", response.getContentType())
                .isTrue();
        String detail = JsonPath.read(body, "$.detail");
        assertThat(detail).as("detail").isNotBlank();
        if (expected.field() == null) {
            assertThat(detail).containsIgnoringCase(expected.message());
        } else {
            List<String> messages = JsonPath.read(body, "$.errors[?(@.field == '" + expected.field() + "')].message");
            assertThat(messages)
                    .as("errors for %s in %s", expected.field(), body)
                    .anyMatch(m -> m.contains(expected.message()));
        }
    }

    private MockHttpServletRequestBuilder request(InputRow row, Payload payload) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), row.path());
        if (row.kind() == Kind.FORM) {
            request.with(csrf()).header(HttpHeaders.ACCEPT, BROWSER_ACCEPT);
        } else {
            request.accept(MediaType.APPLICATION_JSON);
        }
        String account = row.signedInAs();
        if (account != null) {
            if (row.kind() == Kind.FORM) {
                UserDetails principal = userDetails.loadUserByUsername(account);
                request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities())));
            } else {
                request.header(HttpHeaders.AUTHORIZATION, bearer(account, DEMO_PASSWORD));
            }
        }
        if (payload.rawBody() != null) {
            return request.contentType(payload.contentType()).content(payload.rawBody());
        }
        if (row.kind() == Kind.JSON || payload.contentType() != null) {
            String type = payload.contentType() == null ? MediaType.APPLICATION_JSON_VALUE : payload.contentType();
            return request.contentType(type).content(json.writeValueAsString(payload.fields()));
        }
        request.contentType(MediaType.APPLICATION_FORM_URLENCODED);
        payload.fields().forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.param(name, values.stream().map(String::valueOf).toArray(String[]::new));
            } else {
                request.param(name, String.valueOf(value));
            }
        });
        return request;
    }

    // The API must answer problem+json, never HTML or Spring Boot's plain JSON error, for requests
    // that fail before any controller sees them.

    @Test
    void anUnknownApiAddressIsAProblemNotAPage() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/api/v1/no-such-thing")
                        .header(HttpHeaders.AUTHORIZATION, bearer())
                        .header(HttpHeaders.ACCEPT, BROWSER_ACCEPT))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertProblem(response, new Expectation(404, null, "nothing at this address"));
    }

    @Test
    void aMethodTheApiAddressDoesNotAcceptIsAProblem() throws Exception {
        MockHttpServletResponse response = mvc.perform(delete("/api/v1/me")
                        .header(HttpHeaders.AUTHORIZATION, bearer())
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader(HttpHeaders.ALLOW)).contains("GET");
        assertProblem(response, new Expectation(405, null, "does not accept DELETE"));
    }

    @Test
    void anUnsupportedMediaTypeIsAProblem() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_XML)
                        .content("<token><email>x@example.com</email></token>")
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(415);
        assertProblem(response, new Expectation(415, null, "not supported"));
    }

    @Test
    void aBodyTooLargeIsRefusedBeforeAnythingReadsIt() throws Exception {
        long tokens = count("people.api_token");
        MockHttpServletResponse response = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + demo("eric") + "\",\"password\":\"" + DEMO_PASSWORD
                                + "\",\"padding\":\"" + ONE_MEGABYTE + "\"}")
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertProblem(response, new Expectation(413, null, "larger than the API accepts"));
        assertThat(count("people.api_token")).isEqualTo(tokens);
    }

    // Fixtures

    private static String freshEmail() {
        return "bad-input-" + UUID.randomUUID() + "@test.carecoop.test";
    }

    /** Forms a team around the account (two workers start regular arrangements) and waits for it. */
    private UUID personWithTeam(String email) throws InterruptedException {
        UUID personId = people.accountByEmail(email).orElseThrow().id();
        for (int i = 0; i < 2; i++) {
            UUID worker = people.createAccount(freshEmail(), "Bad Input Worker", PASSWORD, Set.of(Role.WORKER));
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ArrangementStarted(UUID.randomUUID(), personId, worker, Instant.now(clock))));
        }
        for (int i = 0; i < 200 && teams.teamOf(personId).isEmpty(); i++) {
            Thread.sleep(50);
        }
        assertThat(teams.teamOf(personId)).as("team formed").isPresent();
        return personId;
    }

    private long auditCount(UUID personId, String action) {
        return jdbc.sql("select count(*) from audit.access_log where subject_person_id = ? and action = ?")
                .params(personId, action)
                .query(Long.class)
                .single();
    }

    private String freshAccount() {
        String email = freshEmail();
        people.createAccount(email, "Bad Input", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        return email;
    }

    /** Asks for a reset link for the account and reads the token from the email it is sent. */
    private String resetToken(String email) throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).param("email", email)).andReturn();
        List<MimeMessage> mail = TestMail.to(email);
        assertThat(mail).as("reset emails to " + email).hasSize(1);
        Matcher link = Pattern.compile("/password-reset/([A-Za-z0-9_-]+)")
                .matcher(mail.get(0).getContent().toString());
        assertThat(link.find()).as("a reset link in the email").isTrue();
        return link.group(1);
    }

    private String bearer() throws Exception {
        return bearer(freshAccount(), PASSWORD);
    }

    /** A bearer token for the account; {@link InputRow#signedInAs} rows use demo accounts. */
    private String bearer(String email, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return "Bearer " + JsonPath.read(body, "$.token");
    }

    private long interestCount(UUID requestId) {
        return jdbc.sql("select count(*) from matching.interest where request_id = ?")
                .param(requestId)
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private String passwordHash(String email) {
        return jdbc.sql("select password_hash from people.account where lower(email) = lower(?)")
                .param(email)
                .query(String.class)
                .single();
    }

    /** The account's name and phone, and when each of its profile sections last changed. */
    private String profileSnapshot(String email) {
        return jdbc.sql("""
                        select a.display_name || '|' || coalesce(a.phone, '') || '|'
                            || coalesce((select updated_at::text from people.person_profile where account_id = a.id), '')
                            || '|'
                            || coalesce((select updated_at::text from people.worker_profile where account_id = a.id), '')
                        from people.account a where lower(a.email) = lower(?)""").param(email).query(String.class).single();
    }

    private long usedResetLinks(String email) {
        return jdbc.sql("select count(*) from people.password_reset r join people.account a on a.id = r.account_id"
                        + " where lower(a.email) = lower(?) and r.used_at is not null")
                .param(email)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> snapshot(InputRow row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.unchanged().forEach((what, value) -> values.put(what, value.get()));
        return values;
    }

    private static String abbreviate(String body) {
        return body.length() > 2000 ? body.substring(0, 2000) + "…" : body;
    }

    // Peer pages (TE6)

    private static final String PEER_PLACE = "Enter a postcode like HX7 8AD or a postcode district like HX7";
    private static final String PEER_DATE = "Enter a real date, for example 27 3 2027";

    @Autowired
    PeerPagesApi peerPages;

    private @Nullable PeerFixture peerFixture;

    /**
     * A member of the ZE3 area page with a post and a meet-up of their own there, and someone who
     * belongs to no page.
     */
    private record PeerFixture(
            String member, UUID memberId, String outsider, UUID outsiderId, String page, String post, String meetUp) {}

    private PeerFixture peers() {
        if (peerFixture == null) {
            peerFixture = newPeerFixture();
        }
        return peerFixture;
    }

    private PeerFixture newPeerFixture() {
        String member = freshEmail();
        UUID memberId = people.createAccount(member, "Pia Peer", PASSWORD, Set.of(Role.WORKER));
        String outsider = freshEmail();
        UUID outsiderId = people.createAccount(outsider, "Olly Outside", PASSWORD, Set.of(Role.FAMILY));
        PeerPage page = PeerPage.ofDistrict("ZE3");
        UserDetails principal = userDetails.loadUserByUsername(member);
        try {
            mvc.perform(post(page.path() + "/join")
                            .with(csrf())
                            .with(authentication(UsernamePasswordAuthenticationToken.authenticated(
                                    principal, null, principal.getAuthorities()))))
                    .andReturn();
        } catch (Exception e) {
            throw new IllegalStateException("Could not join " + page, e);
        }
        UUID post = peerPages.post(memberId, page, "A first post");
        UUID meetUp = peerPages.planMeetUp(
                memberId, page, new MeetUpPlan("Walk", clock.instant().plus(Duration.ofDays(2)), "The park", ""));
        return new PeerFixture(
                member,
                memberId,
                outsider,
                outsiderId,
                page.path(),
                page.path() + "/posts/" + post,
                page.path() + "/meet-ups/" + meetUp);
    }

    /** A date as people type it, this many days from today in the co-op's zone. */
    private String peerDate(int days) {
        return LocalDate.now(clock).plusDays(days).format(DateTimeFormatter.ofPattern("d M yyyy"));
    }

    private long peerRows(String table, String accountColumn, UUID accountId) {
        return jdbc.sql("select count(*) from " + table + " where " + accountColumn + " = ?")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    // Visits fixtures

    @Autowired
    VisitsApi visitsApi;

    /** A person, workers free on 10 March 2032, one busy then from 08:00 to 09:00, and a visit to cancel. */
    record VisitsFixture(
            UUID person,
            UUID worker,
            UUID apiWorker,
            UUID busyWorker,
            UUID toCancel,
            UUID bookingsWorker,
            UUID apiToCancel) {}

    /** The booking form's fields, for its review step and its confirmation alike. */
    private InputRow bookingForm(String route, VisitsFixture visits) {
        // spotless:off
        return form(route)
                .signedInAs(demo("coordinator"))
                .valid("personId", visits.person().toString())
                .valid("workerId", visits.worker().toString())
                .valid("secondWorkerId", "")
                .valid("day", "10")
                .valid("month", "3")
                .valid("year", "2032")
                .valid("startTime", "08:30")
                .valid("endTime", "09:30")
                .unchanged("visits", () -> count("visits.visit"))
                .refuses(missing("personId"), "personId", "Choose who the visit is for")
                .refuses(
                        set("personId", UUID.randomUUID().toString()),
                        "personId",
                        "Choose who the visit is for from the list")
                .refuses(
                        set("personId", visits.worker().toString()),
                        "personId",
                        "Choose who the visit is for from the list")
                .refuses(oversized("personId"), "personId", "Choose who the visit is for from the list")
                .refuses(scripts("personId"), "personId", "Choose who the visit is for from the list")
                .refuses(missing("workerId"), "workerId", "Choose a worker")
                .refuses(scripts("workerId"), "workerId", "Choose a worker from the list")
                .refuses(
                        set("workerId", visits.busyWorker().toString()),
                        "workerId",
                        "is already booked for a visit from 08:00 to 09:00 on Wednesday 10 March 2032")
                .refuses(
                        set("secondWorkerId", visits.worker().toString()),
                        "secondWorkerId",
                        "Choose a different second worker")
                .refuses(oversized("secondWorkerId"), "secondWorkerId", "Choose a second worker from the list")
                .refuses(
                        missing("day").and(missing("month")).and(missing("year")), "day", "Enter the date of the visit")
                .refuses(missing("month"), "day", "The date of the visit must include a month")
                .refuses(set("day", "31").and(set("month", "2")), "day", "The date of the visit must be a real date")
                .refuses(oversized("year"), "day", "The date of the visit must be a real date")
                .refuses(scripts("day"), "day", "The date of the visit must be a real date")
                .refuses(missing("startTime"), "startTime", "Enter the start time")
                .refuses(set("startTime", "8am"), "startTime", "Enter the start time using the 24-hour clock")
                .refuses(oversized("endTime"), "endTime", "Enter the end time using the 24-hour clock")
                .refuses(scripts("endTime"), "endTime", "Enter the end time using the 24-hour clock")
                .refuses(set("endTime", "07:00"), "endTime", "The end time must be after the start time")
                .refuses(asContentType(MediaType.APPLICATION_JSON_VALUE), "personId", "Choose who the visit is for")
                .valid("thirdWorkerId", "")
                .refuses(oversized("thirdWorkerId"), "thirdWorkerId", "Choose a third worker from the list")
                .refuses(scripts("thirdWorkerId"), "thirdWorkerId", "Choose a third worker from the list")
                .refuses(
                        set("thirdWorkerId", visits.worker().toString()),
                        "thirdWorkerId",
                        "Choose a different third worker")
                .refuses(
                        set("secondPersonId", visits.person().toString()),
                        "secondPersonId",
                        "Choose someone else, or nobody else")
                .refuses(oversized("secondPersonId"), "secondPersonId", "Choose who else is visited from the list")
                .refuses(scripts("thirdPersonId"), "thirdPersonId", "Choose who else is visited from the list")
                .refuses(set("repeatDays", "WEDNESDAY"), "untilDay", "Enter the last date the visit repeats on")
                .refuses(
                        set("repeatDays", List.of("WEDNESDAY", "Someday")),
                        "repeatDays",
                        "Choose the days of the week from the list")
                .refuses(scripts("repeatDays"), "repeatDays", "Choose the days of the week from the list")
                .refuses(
                        set("untilDay", "17").and(set("untilMonth", "3")).and(set("untilYear", "2032")),
                        "repeatDays",
                        "Choose the days of the week the visit repeats on")
                .refuses(
                        set("repeatDays", "WEDNESDAY")
                                .and(set("untilDay", "3"))
                                .and(set("untilMonth", "3"))
                                .and(set("untilYear", "2032")),
                        "untilDay",
                        "The last date must be on or after the date of the visit")
                .refuses(
                        set("repeatDays", "WEDNESDAY")
                                .and(set("untilDay", "30"))
                                .and(set("untilMonth", "2"))
                                .and(set("untilYear", "2032")),
                        "untilDay",
                        "The last date must be a real date")
                .refuses(
                        set("repeatDays", "WEDNESDAY")
                                .and(set("untilDay", "30"))
                                .and(set("untilMonth", ""))
                                .and(set("untilYear", "2032")),
                        "untilDay",
                        "The last date must include a month");
        // spotless:on
    }

    private VisitsFixture visitsFixture() {
        UUID person = people.createAccount(freshEmail(), "Nora Input", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        UUID worker = people.createAccount(freshEmail(), "Amy Input", PASSWORD, Set.of(Role.WORKER));
        UUID apiWorker = people.createAccount(freshEmail(), "Ana Input", PASSWORD, Set.of(Role.WORKER));
        UUID busy = people.createAccount(freshEmail(), "Bob Busy", PASSWORD, Set.of(Role.WORKER));
        UUID other = people.createAccount(freshEmail(), "Olive Input", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        java.time.Instant eight = java.time.Instant.parse("2032-03-10T08:00:00Z");
        visitsApi.book(VisitsApi.SYSTEM, other, List.of(busy), eight, eight.plusSeconds(3600));
        UUID toCancel = visitsApi.book(
                VisitsApi.SYSTEM, other, List.of(busy), eight.plusSeconds(7200), eight.plusSeconds(9000));
        UUID bookingsWorker = people.createAccount(freshEmail(), "Bea Input", PASSWORD, Set.of(Role.WORKER));
        UUID apiToCancel = visitsApi.book(
                VisitsApi.SYSTEM, other, List.of(busy), eight.plusSeconds(10800), eight.plusSeconds(12600));
        return new VisitsFixture(person, worker, apiWorker, busy, toCancel, bookingsWorker, apiToCancel);
    }

    // On-the-day fixtures

    @Autowired
    VisitDayApi visitDay;

    /** A visit that started 10 minutes ago, its own worker, its first task if any, and its start as typed. */
    record DayVisit(UUID visit, UUID worker, String workerEmail, UUID task, String startTime) {}

    private DayVisit dayVisit(boolean checkedIn, List<String> tasks) {
        String email = freshEmail();
        UUID worker = people.createAccount(email, "Wendy Input", DEMO_PASSWORD, Set.of(Role.WORKER));
        UUID person = people.createAccount(freshEmail(), "Pat Input", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        Instant start = Instant.now(clock)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                .minusSeconds(600);
        UUID visit = visitsApi.book(VisitsApi.SYSTEM, person, List.of(worker), start, start.plusSeconds(3600));
        visitDay.setTasks(VisitsApi.SYSTEM, visit, tasks);
        if (checkedIn) {
            visitDay.checkIn(
                    new Caller(worker, "Wendy Input", worker, "Wendy Input", Set.of(Role.WORKER.name())),
                    visit,
                    start.plusSeconds(60),
                    null);
        }
        UUID task =
                tasks.isEmpty() ? new UUID(0, 0) : visitDay.tasks(visit).get(0).id();
        String time = java.time.format.DateTimeFormatter.ofPattern("HH:mm").format(start.atZone(clock.getZone()));
        return new DayVisit(visit, worker, email, task, time);
    }

    private String checkedOut(UUID visit) {
        return visitDay.attendance(visit)
                .workers()
                .get(0)
                .checkedOut()
                .map(Instant::toString)
                .orElse("");
    }

    // Support requests fixtures

    /** Someone who receives support, with no requests yet. */
    record Requester(String email, UUID id) {}

    private Requester requester() {
        String email = freshAccount();
        return new Requester(email, people.accountByEmail(email).orElseThrow().id());
    }

    private String minimumTier(UUID personId) {
        return jdbc.sql(
                        "select coalesce(max(minimum_tier)::text, 'none') from matching.person_setting where person_id = ?")
                .param(personId)
                .query(String.class)
                .single();
    }

    private UUID demoId(String name) {
        return people.accountByEmail(demo(name)).orElseThrow().id();
    }

    private long requestCount(UUID personId) {
        return jdbc.sql("select count(*) from matching.request where person_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
    }

    private String visitStatus(UUID visitId) {
        return jdbc.sql("select status from visits.visit where id = ?")
                .param(visitId)
                .query(String.class)
                .single();
    }

    // Time away and rates fixtures

    /** A fresh worker for each time-away and rates row, and a period a few weeks ahead. */
    record AwayFixture(
            String leave, String onCall, String sick, String rates, String api, LocalDate from, LocalDate to) {}

    private AwayFixture awayFixture() {
        String[] workers = new String[5];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = freshEmail();
            people.createAccount(workers[i], "Ada Away", PASSWORD, Set.of(Role.WORKER));
        }
        LocalDate from = LocalDate.now().plusDays(20);
        return new AwayFixture(workers[0], workers[1], workers[2], workers[3], workers[4], from, from.plusDays(2));
    }

    /** The person's address lines and town as stored, and their profile's postcode. */
    private String addressSnapshot(String email) {
        return jdbc.sql("""
                        select coalesce((select line_1 || '|' || line_2 || '|' || line_3 || '|' || town
                                         from people.person_address where account_id = a.id), '')
                            || '|' || coalesce((select postcode from people.person_profile where account_id = a.id), '')
                        from people.account a where a.email = ?""").param(email).query(String.class).single();
    }

    private UUID accountId(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    private long absenceCount(String email) {
        return jdbc.sql("select count(*) from people.absence where worker_id = ?")
                .param(accountId(email))
                .query(Long.class)
                .single();
    }

    private long onCallCount(String email) {
        return jdbc.sql("select count(*) from people.on_call_window where worker_id = ?")
                .param(accountId(email))
                .query(Long.class)
                .single();
    }

    // Vetting fixtures

    /** A worker with one piece of evidence to withdraw. */
    record VettingFixture(UUID worker, String workerEmail, UUID evidence) {}

    private VettingFixture vettingFixture() {
        String email = freshEmail();
        UUID worker = people.createAccount(email, "Vic Input", PASSWORD, Set.of(Role.WORKER));
        UUID coordinator =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();
        UUID evidence = people.recordVettingEvidence(
                worker,
                coordinator,
                org.carecoop.people.VettingEvidence.of(
                        org.carecoop.people.VettingItem.IDENTITY, LocalDate.of(2025, 3, 1), null, "Passport"));
        return new VettingFixture(worker, email, evidence);
    }

    private long evidenceCount(UUID worker) {
        return jdbc.sql("select count(*) from people.vetting_evidence where worker_id = ?")
                .param(worker)
                .query(Long.class)
                .single();
    }
    // Introductions fixtures

    @Autowired
    Introductions introductions;

    @Autowired
    Requests requests;

    /**
     * A person with an open request, a worker who accepted their invitation (with a trial under way, so
     * the worker can decide) and another worker not invited yet.
     */
    record IntroductionFixture(
            String person,
            UUID personId,
            UUID requestId,
            UUID workerId,
            UUID otherWorkerId,
            UUID introductionId,
            String decidingWorker,
            UUID decidingId) {}

    private IntroductionFixture introductionFixture() {
        String person = freshAccount();
        UUID personId = people.accountByEmail(person).orElseThrow().id();
        UUID workerId = people.createAccount(freshEmail(), "Wren Input", PASSWORD, Set.of(Role.WORKER));
        UUID otherWorkerId = people.createAccount(freshEmail(), "Otto Input", PASSWORD, Set.of(Role.WORKER));
        SupportRequest request = new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Bad input companion",
                "",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.ofHours(10, 11),
                2,
                null,
                null,
                Set.of(),
                Set.of(),
                List.of(),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(),
                null,
                null,
                clock.instant());
        requests.insert(request, personId, personId);
        Caller asPerson =
                new Caller(personId, "Bad Input", personId, "Bad Input", Set.of(Role.SUPPORTED_PERSON.name()));
        Caller asWorker = new Caller(workerId, "Wren Input", workerId, "Wren Input", Set.of(Role.WORKER.name()));
        UUID id = introductions.invite(asPerson, personId, request.id(), workerId);
        introductions.respond(asWorker, id, true);
        String deciding = freshEmail();
        UUID decidingWorkerId = people.createAccount(deciding, "Dee Input", PASSWORD, Set.of(Role.WORKER));
        UUID decidingId = introductions.invite(asPerson, personId, request.id(), decidingWorkerId);
        // A trial that started a minute ago, as if set earlier: the worker may decide now.
        Instant start = clock.instant().minusSeconds(60);
        jdbc.sql("""
                        update matching.introduction set status = 'trial_arranged', responded_at = ?,
                            trial_starts_at = ?, trial_ends_at = ? where id = ?""")
                .params(
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(start),
                        java.sql.Timestamp.from(start.plusSeconds(3600)),
                        decidingId)
                .update();
        return new IntroductionFixture(
                person, personId, request.id(), workerId, otherWorkerId, id, deciding, decidingId);
    }

    /**
     * For the later introduction rows, accounts with the demo password (so the API rows can sign in):
     * a person with an open request; a worker with an invitation to answer on the page and another
     * through the API, an accepted introduction, one whose trial has started, one the person may call
     * off and an arrangement for each form; a worker the person knows (an introduction), one invited to
     * their back-up pool, one in the pool's choice, a stranger, and one to invite through the API.
     */
    record MoreIntroductions(
            String person,
            UUID personId,
            UUID requestId,
            String worker,
            UUID answeringId,
            String apiAnswering,
            UUID apiAnsweringId,
            String accepted,
            UUID acceptedId,
            String deciding,
            UUID decidingId,
            UUID withdrawingId,
            UUID arrangementId,
            UUID apiArrangementId,
            UUID knownWorkerId,
            UUID backupWorkerId,
            String invitedBackup,
            UUID strangerId,
            UUID apiWorkerId,
            UUID liveWorkerId) {}

    private MoreIntroductions moreIntroductions() {
        String person = freshEmail();
        UUID personId = people.createAccount(person, "Mo Input", DEMO_PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        Caller asPerson = new Caller(personId, "Mo Input", personId, "Mo Input", Set.of(Role.SUPPORTED_PERSON.name()));
        SupportRequest request = new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Bad input walks",
                "",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.ofHours(10, 11),
                2,
                null,
                null,
                Set.of(),
                Set.of(),
                List.of(),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(),
                null,
                null,
                clock.instant());
        requests.insert(request, personId, personId);
        String worker = freshEmail();
        UUID answeringId = introductions.invite(asPerson, personId, request.id(), workerNamed(worker, "Wen Input"));
        String apiAnswering = freshEmail();
        UUID apiAnsweringId =
                introductions.invite(asPerson, personId, request.id(), workerNamed(apiAnswering, "Api Answer"));
        String accepted = freshEmail();
        UUID acceptedWorker = workerNamed(accepted, "Acc Input");
        UUID acceptedId = introductions.invite(asPerson, personId, request.id(), acceptedWorker);
        introductions.respond(
                new Caller(acceptedWorker, "Acc Input", acceptedWorker, "Acc Input", Set.of(Role.WORKER.name())),
                acceptedId,
                true);
        String deciding = freshEmail();
        UUID decidingId = introductions.invite(asPerson, personId, request.id(), workerNamed(deciding, "Dec Input"));
        // A trial that started a minute ago, as if set earlier: the worker may decide now.
        Instant start = clock.instant().minusSeconds(60);
        jdbc.sql("""
                        update matching.introduction set status = 'trial_arranged', trial_starts_at = ?,
                            trial_ends_at = ? where id = ?""")
                .params(java.sql.Timestamp.from(start), java.sql.Timestamp.from(start.plusSeconds(3600)), decidingId)
                .update();
        UUID withdrawingId = introductions.invite(asPerson, personId, request.id(), newWorker("Wd Input"));
        UUID arrangementId =
                matchingApi.recordArrangement(VisitsApi.SYSTEM, personId, newWorker("Arr Input"), clock.instant());
        UUID apiArrangementId = matchingApi.recordArrangement(
                VisitsApi.SYSTEM,
                personId,
                people.accountByEmail(worker).orElseThrow().id(),
                clock.instant());
        UUID knownWorkerId = newWorker("Kno Input");
        introductions.invite(asPerson, personId, request.id(), knownWorkerId);
        UUID backupWorkerId = newWorker("Bak Input");
        introductions.invite(asPerson, personId, request.id(), backupWorkerId);
        String invitedBackup = freshEmail();
        UUID invitedBackupId = workerNamed(invitedBackup, "Inv Backup");
        matchingApi.recordArrangement(VisitsApi.SYSTEM, personId, invitedBackupId, clock.instant());
        matchingApi.inviteToBackupPool(asPerson, personId, invitedBackupId);
        UUID liveWorkerId = newWorker("Live Input");
        introductions.invite(asPerson, personId, request.id(), liveWorkerId);
        return new MoreIntroductions(
                person,
                personId,
                request.id(),
                worker,
                answeringId,
                apiAnswering,
                apiAnsweringId,
                accepted,
                acceptedId,
                deciding,
                decidingId,
                withdrawingId,
                arrangementId,
                apiArrangementId,
                knownWorkerId,
                backupWorkerId,
                invitedBackup,
                newWorker("Str Input"),
                newWorker("Api Input"),
                liveWorkerId);
    }

    private UUID workerNamed(String email, String name) {
        return people.createAccount(email, name, DEMO_PASSWORD, Set.of(Role.WORKER));
    }

    @Autowired
    org.carecoop.matching.MatchingApi matchingApi;

    private UUID newWorker(String name) {
        return people.createAccount(freshEmail(), name, DEMO_PASSWORD, Set.of(Role.WORKER));
    }

    private String introductionStatus(UUID id) {
        return jdbc.sql("""
                        select status || '|' || coalesce(person_decision, '') || '|' || coalesce(worker_decision, '')
                        from matching.introduction where id = ?""").param(id).query(String.class).single();
    }

    private String introductionTrial(UUID id) {
        return jdbc.sql("""
                        select status || '|' || coalesce(trial_starts_at::text, '') || '|'
                            || coalesce(trial_visit_id::text, '') from matching.introduction where id = ?""").param(id).query(String.class).single();
    }

    private long introductionsOf(UUID personId) {
        return jdbc.sql("select count(*) from matching.introduction where person_id = ?")
                .param(personId)
                .query(Long.class)
                .single();
    }

    private long messagesOf(UUID introductionId) {
        return jdbc.sql("select count(*) from matching.introduction_message where introduction_id = ?")
                .param(introductionId)
                .query(Long.class)
                .single();
    }

    private String arrangementEnded(UUID arrangementId) {
        return jdbc.sql("select coalesce(ended_at::text, 'active') from matching.arrangement where id = ?")
                .param(arrangementId)
                .query(String.class)
                .single();
    }

    private List<String> exclusionsOf(UUID personId) {
        return jdbc.sql("select worker_id::text || side from matching.exclusion where person_id = ? order by 1")
                .param(personId)
                .query(String.class)
                .list();
    }

    private List<String> backupsOf(UUID personId) {
        return jdbc.sql("select worker_id::text || status from matching.backup where person_id = ? order by 1")
                .param(personId)
                .query(String.class)
                .list();
    }
}
