package org.carecoop.matching.internal;

import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Condition;

/**
 * What matching needs to know about the person a request is for, beyond the request itself.
 *
 * @param firstName as reasons name them ("Already supports Eric")
 * @param minimumTier the lowest vetting tier they accept (CH2), 1 unless they said otherwise
 * @param excludedWorkers workers either side asked not to be matched again (CH4)
 * @param currentWorkers workers with an arrangement with them now
 * @param pastWorkers workers who had an arrangement with them that ended
 * @param conditions the conditions they said they live with, if any
 */
public record PersonFacts(
        UUID personId,
        String firstName,
        int minimumTier,
        Set<UUID> excludedWorkers,
        Set<UUID> currentWorkers,
        Set<UUID> pastWorkers,
        Set<Condition> conditions) {

    public PersonFacts {
        excludedWorkers = Set.copyOf(excludedWorkers);
        currentWorkers = Set.copyOf(currentWorkers);
        pastWorkers = Set.copyOf(pastWorkers);
        conditions = Set.copyOf(conditions);
    }

    /** How long a worker has known the person through an arrangement. */
    public Continuity continuityWith(UUID workerId) {
        if (currentWorkers.contains(workerId)) {
            return Continuity.CURRENT;
        }
        return pastWorkers.contains(workerId) ? Continuity.PAST : Continuity.NONE;
    }

    /** Whether the worker already knows the person through an arrangement. */
    public enum Continuity {
        NONE,
        PAST,
        CURRENT
    }
}
