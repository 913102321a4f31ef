package org.carecoop.teams.internal;

import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the booked visits that emergency cover access is worked out from (TE4) in step with visits.
 *
 * <p>{@link VisitBooked} is heard synchronously, inside the booking's own transaction (a plain
 * {@link EventListener}, which Spring Modulith's event publication registry does not record): the copy
 * is a single local write to the same database, so the booking and the cover access it brings are
 * committed together or not at all, and a booking costs no publication log entry, no second
 * transaction and no retry bookkeeping. It is on the path of every booking, so it is one statement.
 * Cancellations and completions are rarer and still follow after commit through the publication log.
 */
@Component
class CoverFollowing {

    private final BookedVisits visits;

    CoverFollowing(BookedVisits visits) {
        this.visits = visits;
    }

    @EventListener
    void on(VisitBooked event) {
        visits.booked(event.visitId(), event.personId(), event.workerIds(), event.start(), event.end());
    }

    @ApplicationModuleListener
    void on(VisitCancelled event) {
        visits.cancelled(event.visitId(), event.cancelledAt());
    }

    @ApplicationModuleListener
    void on(VisitCompleted event) {
        visits.completed(event.visitId(), event.completedAt());
    }
}
