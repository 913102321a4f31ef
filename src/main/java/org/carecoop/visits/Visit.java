package org.carecoop.visits;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A visit to a person as their schedule shows it.
 *
 * @param start when it is planned to start
 * @param end when it is planned to end
 * @param workers the workers booked for it, by name
 */
public record Visit(UUID id, UUID personId, Instant start, Instant end, VisitStatus status, List<Worker> workers) {

    public Visit {
        workers = List.copyOf(workers);
    }

    /** A worker booked for a visit, with the name their account shows. */
    public record Worker(UUID id, String name) {}
}
