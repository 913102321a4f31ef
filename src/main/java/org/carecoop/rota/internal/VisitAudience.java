package org.carecoop.rota.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.stereotype.Component;

/**
 * Who hears about changes to a person's visits: the person, and the members of their team whom the
 * person allows to see their schedule, decided by the access policy (and logged by it) each time, so
 * that withdrawing permission also stops the messages.
 */
@Component
public class VisitAudience {

    private final PeopleApi people;
    private final TeamsApi teams;
    private final AccessPolicy access;

    VisitAudience(PeopleApi people, TeamsApi teams, AccessPolicy access) {
        this.people = people;
        this.teams = teams;
        this.access = access;
    }

    /** The person and their permitted family and friends, as account ids, the person first. */
    public Set<UUID> personAndFamily(UUID personId) {
        Set<UUID> audience = new LinkedHashSet<>();
        audience.add(personId);
        teams.teamOf(personId).map(Team::members).orElse(List.of()).stream()
                .filter(m -> switch (m.role()) {
                    case FAMILY_OR_FRIEND, NOMINEE -> true;
                    default -> false;
                })
                .map(Team.Member::accountId)
                .forEach(member -> people.account(member)
                        .filter(account -> access.decide(callerFor(account), personId, Category.SCHEDULE, Action.READ)
                                .allowed())
                        .ifPresent(account -> audience.add(account.id())));
        return audience;
    }

    /** Every co-ordinator of the co-op. */
    public List<UUID> coordinators() {
        return people.accountsWithRole(Role.COORDINATOR).stream()
                .map(AccountSummary::id)
                .toList();
    }

    /** An account as the caller it would be when signed in at its own keyboard. */
    static Caller callerFor(AccountSummary account) {
        Set<String> roles = account.roles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
        return new Caller(account.id(), account.displayName(), account.id(), account.displayName(), roles);
    }
}
