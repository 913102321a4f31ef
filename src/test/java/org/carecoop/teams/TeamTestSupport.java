package org.carecoop.teams;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.ArrangementEnded;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.carecoop.visits.VisitCompleted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishes the events the matching and visits modules will publish, and waits for their effects. */
abstract class TeamTestSupport extends IntegrationTest {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TeamsApi teamsApi;

    @Autowired
    JdbcClient jdbc;

    /** A new account with the given roles, as a caller of its own. */
    Caller newCaller(String name, Role... roles) {
        String email = newAccount(name, roles);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        Set<String> names = Set.of(roles).stream().map(Role::name).collect(Collectors.toSet());
        return new Caller(id, name, id, name, names);
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    UUID startArrangement(Caller person, Caller worker) {
        UUID arrangementId = UUID.randomUUID();
        publish(new ArrangementStarted(arrangementId, person.accountId(), worker.accountId(), clock.instant()));
        return arrangementId;
    }

    void endArrangement(UUID arrangementId, Caller person, Caller worker) {
        publish(new ArrangementEnded(arrangementId, person.accountId(), worker.accountId(), clock.instant()));
    }

    void completeVisit(Caller person, Instant at, Caller... workers) {
        publish(new VisitCompleted(
                UUID.randomUUID(),
                person.accountId(),
                List.of(workers).stream().map(Caller::accountId).toList(),
                at));
    }

    /** Waits until the person's team has formed and holds exactly these open memberships. */
    Team awaitTeamWith(Caller person, Caller... members) {
        Set<UUID> expected = Set.of(members).stream().map(Caller::accountId).collect(Collectors.toSet());
        return await().atMost(PATIENCE)
                .until(
                        () -> teamsApi.teamOf(person.accountId()).orElse(null),
                        team -> team != null
                                && team.members().stream()
                                        .map(Team.Member::accountId)
                                        .collect(Collectors.toSet())
                                        .equals(expected));
    }

    /**
     * Waits until every listener has handled every event published about the person (the event
     * publication registry marks each one completed).
     */
    void awaitEventsHandled(Caller person) {
        await().atMost(PATIENCE)
                .until(() -> jdbc.sql("""
                                select count(*) from event_publication
                                where completion_date is null and serialized_event like ?""")
                                .param("%" + person.accountId() + "%")
                                .query(Long.class)
                                .single()
                        == 0);
    }
}
