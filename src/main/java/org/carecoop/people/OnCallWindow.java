package org.carecoop.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A time a worker offers for emergency and back-up work on top of their usual week (CO1's "ON"
 * windows): cover and matching may ask them then.
 */
public record OnCallWindow(UUID id, UUID workerId, Instant from, Instant to) {

    /** Whether the window covers all of the time from {@code start} to {@code end}. */
    public boolean covers(Instant start, Instant end) {
        return !from.isAfter(start) && !to.isBefore(end);
    }
}
