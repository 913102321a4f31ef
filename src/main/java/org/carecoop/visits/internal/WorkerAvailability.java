package org.carecoop.visits.internal;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.PeopleApi;
import org.carecoop.visits.BookingPlan.Occurrence;
import org.springframework.stereotype.Component;

/**
 * Whether workers are available for visit times, which decides whether a booking by a person or
 * their family is confirmed at once or sent to the workers as a request. Available means the worker's
 * usual week covers the time and no leave or sickness touches it ({@link PeopleApi#availabilityAt});
 * an on-call window is for emergencies and cover, so an ordinary booking in one is still asked first.
 */
@Component("visitsWorkerAvailability")
class WorkerAvailability {

    private final PeopleApi people;

    WorkerAvailability(PeopleApi people) {
        this.people = people;
    }

    /** Whether every worker is available for the whole of every one of the times. */
    boolean coversAll(Collection<UUID> workerIds, List<Occurrence> times) {
        for (UUID workerId : workerIds) {
            for (Occurrence time : times) {
                if (people.availabilityAt(workerId, time.start(), time.end()) != AvailabilityAt.AVAILABLE) {
                    return false;
                }
            }
        }
        return true;
    }
}
