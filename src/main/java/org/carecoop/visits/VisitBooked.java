package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A visit has been booked, or its workers or times have changed (cover found, rebooked): the newest
 * event for a visit replaces what an earlier one said.
 *
 * @param visitId the visit
 * @param personId the account of the person visited (for a shared session, one event per person)
 * @param workerIds the accounts of the workers booked for it
 * @param start when it is planned to start
 * @param end when it is planned to end
 */
public record VisitBooked(UUID visitId, UUID personId, List<UUID> workerIds, Instant start, Instant end) {

    public VisitBooked {
        workerIds = List.copyOf(workerIds);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a visit ends after it starts");
        }
    }
}
