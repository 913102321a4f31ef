package org.carecoop.matching;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The matching module's facade for other modules (cover in the rota, the planner): whom a person
 * does not want sent again, their emergency back-up pool, and the regular arrangements between
 * people and workers.
 */
public interface MatchingApi {

    /**
     * The workers who must not be sent to the person: those the person (or someone for them) asked
     * not to send again, and those who asked not to be matched with the person again.
     */
    Set<UUID> excludedWorkers(UUID personId);

    /**
     * The workers who accepted to be the person's emergency back-up (CH6), in the order they
     * accepted; excluded workers are left out.
     */
    List<UUID> backupPool(UUID personId);

    /** The person's regular arrangements that have not ended, oldest first. */
    List<Arrangement> activeArrangements(UUID personId);

    /** Every arrangement of the worker, ended ones included, newest first. */
    List<Arrangement> arrangementsOfWorker(UUID workerId);

    /**
     * Records a regular arrangement that began before CareCoop (imports, demo data) and publishes
     * {@link ArrangementStarted}. When the two already have an active arrangement, nothing changes
     * and its id is returned.
     *
     * @param by a co-ordinator at their own keyboard, or the system (the nil account)
     * @return the arrangement's id
     * @throws AccessDeniedException for anyone else
     * @throws IllegalArgumentException when the person and the worker are the same account
     */
    UUID recordArrangement(Caller by, UUID personId, UUID workerId, Instant startedAt);

    /**
     * The person (or someone who may act for them) invites a worker to be one of their emergency
     * back-ups; the worker is emailed. A worker invited or in the pool already stays as they are.
     *
     * @return whether a new invitation was made
     * @throws AccessDeniedException when the caller may not act for the person
     */
    boolean inviteToBackupPool(Caller by, UUID personId, UUID workerId);

    /**
     * The worker answers the person's invitation to their back-up pool.
     *
     * @return false when no invitation from the person was waiting for the worker
     */
    boolean answerBackupInvitation(Caller worker, UUID personId, boolean accept);

    /**
     * Workers who could cover a visit to the person from {@code start} to {@code end} (CO4), best first, by
     * the shortlist's hard filters and scores (exclusions either way, minimum tier, travel, weekly
     * availability). At most {@code size}. Whether each is free then (leave, other visits) is the caller's
     * to check.
     */
    List<UUID> coverCandidates(UUID personId, Instant start, Instant end, int size);
}
