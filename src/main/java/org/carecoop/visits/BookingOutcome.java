package org.carecoop.visits;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What became of a {@link Booking}: the visits made, earliest first (for a shared session, one per
 * person at each time), and whether they are booked or were sent to the workers as a request.
 *
 * @param seriesId the weekly series, or null for a single visit
 * @param sessionId the shared session, or null for a visit to one person
 * @param status {@link VisitStatus#BOOKED} or {@link VisitStatus#REQUESTED}
 * @param lastMinute whether the first visit starts within 24 hours of being booked
 */
public record BookingOutcome(
        List<UUID> visitIds,
        @Nullable UUID seriesId,
        @Nullable UUID sessionId,
        VisitStatus status,
        boolean lastMinute) {

    public BookingOutcome {
        visitIds = List.copyOf(visitIds);
    }
}
