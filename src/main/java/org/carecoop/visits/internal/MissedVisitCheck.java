package org.carecoop.visits.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.carecoop.visits.VisitMissed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises the missed-visit alert (CO6): a booked visit that nobody has checked in to {@code
 * carecoop.visits.missed-after} (30 minutes by default) after its planned start publishes {@link
 * VisitMissed}, exactly once. The alert's row has the visit as its primary key and is inserted with
 * "on conflict do nothing"; only the check whose insert took effect publishes, so two app instances
 * checking at the same moment raise it once between them. Visits that started more than a day before
 * are left alone, so a co-op starting the app after a pause is not flooded with old alerts.
 */
@Service
class MissedVisitCheck {

    private static final Duration LOOK_BACK = Duration.ofDays(1);

    private final AttendanceRecords records;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration missedAfter;

    MissedVisitCheck(
            AttendanceRecords records,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${carecoop.visits.missed-after:30m}") Duration missedAfter) {
        this.records = records;
        this.events = events;
        this.clock = clock;
        this.missedAfter = missedAfter;
    }

    /** Raises every missed-visit alert now due; returns how many this call raised. */
    @Transactional
    public int raiseDue() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(missedAfter);
        int raised = 0;
        for (AttendanceRecords.WorkerVisit missed : records.noteMissed(cutoff, cutoff.minus(LOOK_BACK), now)) {
            Visits.Stored visit = records.visit(missed.visitId()).orElseThrow();
            events.publishEvent(new VisitMissed(visit.id(), visit.personId(), visit.workerIds(), visit.start()));
            raised++;
        }
        return raised;
    }

    /** The check, every {@code carecoop.visits.missed-check-interval} (a minute by default). */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> missedVisitCheckTask(
                MissedVisitCheck check, @Value("${carecoop.visits.missed-check-interval:1m}") Duration interval) {
            return Tasks.recurring("missed-visit-check", Schedules.fixedDelay(interval))
                    .execute((instance, context) -> check.raiseDue());
        }
    }
}
