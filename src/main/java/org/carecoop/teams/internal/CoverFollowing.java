package org.carecoop.teams.internal;

import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the booked visits that emergency cover access is worked out from (TE4) in step with visits. */
@Component
class CoverFollowing {

    private final BookedVisits visits;

    CoverFollowing(BookedVisits visits) {
        this.visits = visits;
    }

    @ApplicationModuleListener
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
