package org.carecoop.visits;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link Booking} would make, worked out before anything is booked, for the page that asks
 * the booker to confirm: each visit's time and whether it would go to the workers as a request.
 *
 * @param occurrences the start of each visit time, earliest first (a shared session visits all its
 *     people at each)
 * @param request whether it would be sent to the workers as a request, being outside their
 *     availability and made by someone other than a co-ordinator
 * @param lastMinute whether the first visit would start within 24 hours
 */
public record BookingPlan(List<Occurrence> occurrences, boolean request, boolean lastMinute) {

    public BookingPlan {
        occurrences = List.copyOf(occurrences);
    }

    /** One visit time. */
    public record Occurrence(Instant start, Instant end) {}
}
