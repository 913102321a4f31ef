package org.carecoop.teams.internal;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingApi;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.KnownWorkers;
import org.springframework.stereotype.Component;

/**
 * The person's team members who give support (workers, volunteers and peer supporters), then the
 * back-up pool, for the booking form. Family, nominees and professionals in the team are not workers
 * and are not offered. Excluded workers come from matching, which also keeps them out of the pool.
 */
@Component
class KnownWorkersFromTeam implements KnownWorkers {

    private static final Set<MemberRole> GIVE_SUPPORT =
            EnumSet.of(MemberRole.WORKER, MemberRole.VOLUNTEER, MemberRole.PEER_SUPPORTER);

    private final TeamsApi teams;
    private final MatchingApi matching;

    KnownWorkersFromTeam(TeamsApi teams, MatchingApi matching) {
        this.teams = teams;
        this.matching = matching;
    }

    @Override
    public Set<UUID> excluded(UUID personId) {
        return matching.excludedWorkers(personId);
    }

    @Override
    public Known of(UUID personId) {
        Set<UUID> excluded = matching.excludedWorkers(personId);
        List<UUID> team = teams.teamOf(personId).map(Team::members).orElse(List.of()).stream()
                .filter(m -> GIVE_SUPPORT.contains(m.role()))
                .map(Team.Member::accountId)
                .filter(id -> !excluded.contains(id))
                .distinct()
                .toList();
        Set<UUID> backUp = new LinkedHashSet<>(matching.backupPool(personId));
        backUp.removeAll(team);
        backUp.removeAll(excluded);
        return new Known(team, List.copyOf(backUp), excluded);
    }
}
