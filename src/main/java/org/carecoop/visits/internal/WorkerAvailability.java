package org.carecoop.visits.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.visits.BookingPlan.Occurrence;
import org.springframework.stereotype.Component;

/**
 * Whether workers are available for visit times, which decides whether a booking by a person or
 * their family is confirmed at once or sent to the workers as a request. The one place that asks:
 * today it reads each worker's usual weekly pattern; a richer availability (on-call windows, leave,
 * sickness) replaces it here alone.
 */
@Component("visitsWorkerAvailability")
class WorkerAvailability {

    private final PeopleApi people;
    private final ZoneId zone;

    WorkerAvailability(PeopleApi people, Clock clock) {
        this.people = people;
        this.zone = clock.getZone();
    }

    /** Whether every worker is available for the whole of every one of the times. */
    boolean coversAll(Collection<UUID> workerIds, List<Occurrence> times) {
        for (UUID workerId : workerIds) {
            WeeklyPattern available = people.workerAvailability(workerId);
            for (Occurrence time : times) {
                WeeklyPattern needed = WeeklyPattern.touchedBy(time.start(), time.end(), zone);
                if (needed.overlapHours(available) != needed.hours()) {
                    return false;
                }
            }
        }
        return true;
    }
}
