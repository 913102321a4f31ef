package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Nobody has checked in to a booked visit within {@code carecoop.visits.missed-after} of its planned
 * start. Published exactly once per visit, however many app instances run the check.
 *
 * @param visitId the visit
 * @param personId the account of the person who was to be visited
 * @param workerIds the accounts of the workers booked for it
 * @param plannedStart when it was planned to start
 */
public record VisitMissed(UUID visitId, UUID personId, List<UUID> workerIds, Instant plannedStart) {

    public VisitMissed {
        workerIds = List.copyOf(workerIds);
    }
}
