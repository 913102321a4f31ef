package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A worker answered a request for a visit. When the last worker accepts, the visit is booked and {@link
 * VisitBooked} follows as well.
 *
 * @param accepted true for yes, false for no
 * @param reason the worker's reason for saying no, if they gave one
 */
public record VisitRequestAnswered(
        UUID visitId,
        UUID personId,
        UUID workerId,
        Instant start,
        boolean accepted,
        @Nullable String reason) {}
