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
     * A person's team: two support workers (Amina and Ben), a third (Chloe), a nominee (Sam), family
     * (Pat) and a doctor (Shah), all new accounts.
     */
    public record Scenario(
            Account eric, Account amina, Account ben, Account chloe, Account sam, Account pat, Account shah) {

        UUID personId() {
            return eric.id();
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

    /** Eric's team, with everyone in it (see {@link Scenario}). */
    public Scenario scenario() {
        Account eric = account("Eric Walsh", Role.SUPPORTED_PERSON);
        Account amina = account("Amina Hussain", Role.WORKER);
        Account ben = account("Ben Crowther", Role.WORKER);
        Account chloe = account("Chloe Barker", Role.WORKER, Role.PEER_SUPPORTER);
        Account sam = account("Sam Walsh", Role.FAMILY);
        Account pat = account("Pat Greenwood", Role.FAMILY);
        Account shah = account("Anjali Shah", Role.HEALTH_PROFESSIONAL);
        formTeam(eric, amina, ben, chloe);
        invite(eric, sam, MemberRole.NOMINEE);
        invite(eric, pat, MemberRole.FAMILY_OR_FRIEND);
        invite(eric, shah, MemberRole.HEALTH_PROFESSIONAL);
        return new Scenario(eric, amina, ben, chloe, sam, pat, shah);
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
