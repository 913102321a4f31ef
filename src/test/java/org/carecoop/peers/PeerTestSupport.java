package org.carecoop.peers;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the peer page tests share: accounts of their own with profiles, teams formed from the events
 * the matching module publishes, and requests to the pages as any of those accounts.
 */
abstract class PeerTestSupport extends IntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TeamsApi teams;

    /** An account of the test's own. */
    record Account(UUID id, String email, String name, Set<Role> roles) {

        /** The account as the caller of a request of its own. */
        Caller caller() {
            return new Caller(id, name, id, name, roles.stream().map(Role::name).collect(Collectors.toSet()));
        }
    }

    /** A new account with a name unique to this run, so pages can be searched for it. */
    Account account(String name, Role... roles) {
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 6);
        String email = freshEmail(name.toLowerCase(Locale.ROOT));
        UUID id = people.createAccount(email, unique, PASSWORD, Set.of(roles));
        return new Account(id, email, unique, Set.of(roles));
    }

    /** A worker with a profile: where they live, and the conditions and skills it lists. */
    Account worker(String name, @Nullable String postcode, Set<Condition> conditions, Set<Skill> skills) {
        Account worker = account(name, Role.WORKER);
        people.saveWorkerProfile(worker.id(), workerProfile(postcode, conditions, skills));
        return worker;
    }

    static WorkerProfile workerProfile(@Nullable String postcode, Set<Condition> conditions, Set<Skill> skills) {
        return new WorkerProfile(
                "",
                Gender.NOT_SAID,
                skills,
                "",
                1,
                conditions,
                List.of(),
                List.of(),
                EmploymentBasis.SELF_EMPLOYED,
                postcode == null ? null : Postcode.of(postcode),
                10,
                Money.ofPence(1500),
                false);
    }

    /** A person who receives support and says which conditions they live with. */
    Account personLivingWith(String name, Condition... conditions) {
        Account person = account(name, Role.SUPPORTED_PERSON);
        people.savePersonProfile(
                person.id(),
                new PersonProfile(
                        "",
                        Set.of(),
                        "",
                        conditions.length == 0 ? Set.of() : EnumSet.of(conditions[0], conditions),
                        Set.of(),
                        List.of(),
                        GenderPreference.NO_PREFERENCE,
                        List.of(),
                        false,
                        false,
                        "",
                        null,
                        Set.of(),
                        ""));
        return person;
    }

    /**
     * Forms the person's team as the matching module would, by starting a regular arrangement with
     * each worker, and waits for the teams module to have handled the events.
     */
    Team formTeam(Account person, Account... workers) {
        for (Account worker : workers) {
            transactions.executeWithoutResult(status -> events.publishEvent(
                    new ArrangementStarted(UUID.randomUUID(), person.id(), worker.id(), clock.instant())));
        }
        Set<UUID> expected = Set.of(workers).stream().map(Account::id).collect(Collectors.toSet());
        return await().atMost(PATIENCE)
                .until(
                        () -> teams.teamOf(person.id()).orElse(null),
                        team -> team != null
                                && team.members().stream()
                                        .map(Team.Member::accountId)
                                        .collect(Collectors.toSet())
                                        .containsAll(expected));
    }

    /** A page as the account sees it in a browser. */
    MockHttpServletResponse open(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(as(account.email())).header("Accept", "text/html"))
                .andReturn()
                .getResponse();
    }

    /** The page's text, failing unless it opened. */
    String read(Account account, String path) throws Exception {
        MockHttpServletResponse response = open(account, path);
        if (response.getStatus() != 200) {
            throw new AssertionError(path + " answered " + response.getStatus() + " to " + account.name());
        }
        return response.getContentAsString();
    }

    /** A form posted as the account, with a CSRF token. */
    MockHttpServletResponse submit(Account account, String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                post(path).with(as(account.email())).with(csrf()).header("Accept", "text/html");
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    /** How many access log entries say the actor used the person's conditions. */
    int conditionReads(Account person, Account actor) {
        return jdbc.sql("""
                        select count(*) from audit.access_log
                        where subject_person_id = ? and actor_id = ? and action = 'USE' and record_type = 'conditions'""")
                .params(person.id(), actor.id())
                .query(Integer.class)
                .single();
    }
}
