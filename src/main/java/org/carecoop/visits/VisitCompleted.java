package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A visit has been completed (its workers checked out).
 *
 * @param visitId the visit
 * @param personId the account of the person visited
 * @param workerIds the accounts of the workers who carried it out
 * @param completedAt when it was completed
 */
public record VisitCompleted(UUID visitId, UUID personId, List<UUID> workerIds, Instant completedAt) {

    public VisitCompleted {
        workerIds = List.copyOf(workerIds);
    }
}
