package org.carecoop.rota;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One booked visit as a plan changes it: what the plan was made from ({@code was…}), so that a visit
 * changed since then is noticed, and what it becomes.
 *
 * @param visitId the booked visit
 * @param wasStart its start when the plan was made
 * @param wasEnd its end when the plan was made
 * @param wasWorkers its workers when the plan was made
 * @param start its new start (equal to {@code wasStart} when only the workers change)
 * @param end its new end
 * @param workers its new workers, as many as before
 */
public record PlanChange(
        UUID visitId,
        Instant wasStart,
        Instant wasEnd,
        List<UUID> wasWorkers,
        Instant start,
        Instant end,
        List<UUID> workers) {

    public PlanChange {
        wasWorkers = List.copyOf(wasWorkers);
        workers = List.copyOf(workers);
        if (Set.copyOf(wasWorkers).size() != wasWorkers.size()
                || Set.copyOf(workers).size() != workers.size()) {
            throw new IllegalArgumentException("A worker is named twice on visit " + visitId);
        }
        if (wasWorkers.size() != workers.size()) {
            throw new IllegalArgumentException("A plan keeps the number of workers on visit " + visitId);
        }
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("Visit " + visitId + " would end before it starts");
        }
    }

    /** Whether the workers change (not just their order). */
    public boolean restaffed() {
        return !Set.copyOf(wasWorkers).equals(Set.copyOf(workers));
    }

    /** Whether the time changes. */
    public boolean moved() {
        return !wasStart.equals(start) || !wasEnd.equals(end);
    }
}
