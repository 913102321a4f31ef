package org.carecoop.people;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A time a worker is away. The reason they gave is not part of it: that stays with the worker and
 * co-ordinators, so other modules learn only that and when.
 *
 * @param to when they are back; null for sickness with no end given yet
 */
public record Absence(
        UUID id,
        UUID workerId,
        AbsenceKind kind,
        Instant from,
        @Nullable Instant to) {

    /** Whether any of the time from {@code start} to {@code end} falls in the absence. */
    public boolean overlaps(Instant start, Instant end) {
        return from.isBefore(end) && (to == null || to.isAfter(start));
    }
}
