package org.carecoop.teams.page;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Teams for tests of the team page, formed as the teams module forms them: from the {@link
 * ArrangementStarted} events the matching module publishes, waiting for the asynchronous listener.
 * Every account is new, with {@link IntegrationTest#PASSWORD}, so tests never share a team.
 */
public final class TeamFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    private final PeopleApi people;
    private final TeamsApi teams;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final TeamPage page;

    public TeamFixtures(ApplicationContext context) {
        this.people = context.getBean(PeopleApi.class);
        this.teams = context.getBean(TeamsApi.class);
        this.events = context;
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
        this.clock = context.getBean(Clock.class);
        this.page = context.getBean(TeamPage.class);
    }

    /** An account made for the test: its id, name, email address and itself as a caller. */
    public record Account(UUID id, String name, String email, Caller caller) {}

    /**
     * A person's team: two support workers (Tomasz and Ursula), a third (Wes), a nominee (Valerie),
     * family (Tessa) and a doctor (Yusuf), all new accounts.
     */
    public record Scenario(
            Account vera, Account tomasz, Account ursula, Account wes, Account valerie, Account tessa, Account yusuf) {

        UUID personId() {
            return vera.id();
        }
    }

    public Account account(String name, Role... roles) {
        String email = IntegrationTest.freshEmail(name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-"));
        UUID id = people.createAccount(email, name, IntegrationTest.PASSWORD, Set.of(roles));
        Set<String> names = Arrays.stream(roles).map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new Account(id, name, email, new Caller(id, name, id, name, names));
    }

    /** Forms the person's team from a regular arrangement with each worker, and waits until it has. */
    public Team formTeam(Account person, Account... workers) {
        for (Account worker : workers) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ArrangementStarted(UUID.randomUUID(), person.id(), worker.id(), clock.instant())));
        }
        Set<UUID> expected = Arrays.stream(workers).map(Account::id).collect(Collectors.toSet());
        return await().atMost(PATIENCE)
                .until(
                        () -> teams.teamOf(person.id()).orElse(null),
                        team -> team != null
                                && team.members().stream()
                                        .map(Team.Member::accountId)
                                        .collect(Collectors.toSet())
                                        .containsAll(expected));
    }

    /** The person invites someone into their team. */
    public void invite(Account person, Account member, MemberRole role) {
        teams.addMember(person.caller(), person.id(), member.id(), role);
    }

    /** Vera's team, with everyone in it (see {@link Scenario}). */
    public Scenario scenario() {
        Account vera = account("Vera Thwaite", Role.SUPPORTED_PERSON);
        Account tomasz = account("Tomasz Wright", Role.WORKER);
        Account ursula = account("Ursula Yeadon", Role.WORKER);
        Account wes = account("Wes Yates", Role.WORKER, Role.PEER_SUPPORTER);
        Account valerie = account("Valerie Thwaite", Role.FAMILY);
        Account tessa = account("Tessa Young", Role.FAMILY);
        Account yusuf = account("Yusuf Zaman", Role.HEALTH_PROFESSIONAL);
        formTeam(vera, tomasz, ursula, wes);
        invite(vera, valerie, MemberRole.NOMINEE);
        invite(vera, tessa, MemberRole.FAMILY_OR_FRIEND);
        invite(vera, yusuf, MemberRole.HEALTH_PROFESSIONAL);
        return new Scenario(vera, tomasz, ursula, wes, valerie, tessa, yusuf);
    }

    // What someone on the page adds, for tests that need something there already.

    /** A conversation open to everyone on the page, started by {@code by}. */
    public UUID startThread(Account by, Account person, String title) {
        return page.startThread(page.admitToAdd(by.caller(), person.id()), title, "Hello, everyone", Set.of());
    }

    public UUID comment(Account by, Account person, String text, boolean question) {
        return page.comment(page.admitToAdd(by.caller(), person.id()), text, question);
    }

    public UUID askExpert(Account by, Account person, String text) {
        return page.askExpert(page.admitToAdd(by.caller(), person.id()), text);
    }
}
