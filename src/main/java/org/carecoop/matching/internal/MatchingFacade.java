package org.carecoop.matching.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link MatchingApi} over the matching module's stores. */
@Service
class MatchingFacade implements MatchingApi {

    /** The nil account: the system itself, which no signed-in account can be. */
    private static final UUID SYSTEM = new UUID(0, 0);

    private final Exclusions exclusions;
    private final BackupPool backups;
    private final Arrangements arrangements;
    private final PeopleApi people;
    private final CoverRanking cover;

    MatchingFacade(
            Exclusions exclusions,
            BackupPool backups,
            Arrangements arrangements,
            PeopleApi people,
            CoverRanking cover) {
        this.people = people;
        this.cover = cover;
        this.exclusions = exclusions;
        this.backups = backups;
        this.arrangements = arrangements;
    }

    @Override
    public Set<UUID> excludedWorkers(UUID personId) {
        return Set.copyOf(exclusions.excludedFor(personId));
    }

    @Override
    public List<UUID> backupPool(UUID personId) {
        return backups.pool(personId);
    }

    @Override
    public List<Arrangement> activeArrangements(UUID personId) {
        return arrangements.activeOf(personId);
    }

    @Override
    public List<Arrangement> arrangementsOfWorker(UUID workerId) {
        return arrangements.ofWorker(workerId);
    }

    @Override
    @Transactional
    public UUID recordArrangement(Caller by, UUID personId, UUID workerId, Instant startedAt) {
        boolean system = by.accountId().equals(SYSTEM) && by.actorId().equals(SYSTEM);
        if (!system && (!by.hasRole(Role.COORDINATOR.name()) || by.assisted())) {
            throw new AccessDeniedException("only co-ordinators record arrangements");
        }
        if (personId.equals(workerId)) {
            throw new IllegalArgumentException("a person cannot be their own worker");
        }
        return arrangements.start(personId, workerId, null, startedAt);
    }

    @Override
    public boolean inviteToBackupPool(Caller by, UUID personId, UUID workerId) {
        String firstName = Notifier.firstName(
                people.account(personId).map(AccountSummary::displayName).orElse(""));
        return backups.invite(by, personId, List.of(workerId), firstName) == 1;
    }

    @Override
    public boolean answerBackupInvitation(Caller worker, UUID personId, boolean accept) {
        return backups.respond(worker, personId, accept);
    }

    @Override
    public List<UUID> coverCandidates(UUID personId, Instant start, Instant end, int size) {
        return cover.candidates(personId, start, end, size);
    }
}
