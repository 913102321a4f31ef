package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A worker booked for a visit has set off to it. The expected arrival is worked out through the
 * travel-times port; it is absent when neither where they set off from nor the person's place could
 * be located.
 *
 * @param visitId the visit
 * @param personId the account of the person visited
 * @param workerId the account of the worker on their way
 * @param at when they said they set off
 * @param expectedArrival when they are expected, if it could be worked out
 */
public record WorkerOnTheWay(
        UUID visitId,
        UUID personId,
        UUID workerId,
        Instant at,
        @Nullable Instant expectedArrival) {}
