package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A person or their family asked for a visit outside the workers' availability: it waits for each worker
 * to accept or decline, and holds nobody's time until then.
 *
 * @param workerIds the workers asked
 */
public record VisitRequested(UUID visitId, UUID personId, List<UUID> workerIds, Instant start, Instant end) {

    public VisitRequested {
        workerIds = List.copyOf(workerIds);
    }
}
