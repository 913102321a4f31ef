package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.SentNotification;
import org.carecoop.notify.Topic;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.Booking;
import org.carecoop.visits.BookingOutcome;
import org.carecoop.visits.VisitMissed;
import org.carecoop.visits.VisitRunningLate;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitTestSupport;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What people are told about visits (CO6): the worker when booked; the person and the workers reminded at
 * the times they chose, withdrawn when the visit is cancelled; the person when the worker runs late; the
 * co-ordinators and the person when nobody checks in. Each is sent once however often its event arrives.
 */
class VisitNoticesTests extends VisitTestSupport {

    @Autowired
    NotifyApi notify;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theWorkerIsToldOfTheBookingAndBothAreRemindedUntilItIsCancelled() {
        UUID person = person("Nora Notice");
        UUID worker = worker("Wes Notice");
        Instant start = inDays(3, "10:00");
        UUID visit = visits.book(VisitsApi.SYSTEM, person, List.of(worker), start, plus(start, 60));

        await().atMost(Duration.ofSeconds(10)).until(() -> topics(worker).contains(Topic.REMINDER));
        assertThat(history(worker)).anySatisfy(n -> {
            assertThat(n.topic()).isEqualTo(Topic.BOOKING);
            assertThat(n.subject()).isEqualTo("New visit: Nora Notice on " + when(start));
        });
        // The default reminder is the day before at 18:00.
        Instant dayBefore = inDays(2, "18:00");
        assertThat(history(person)).singleElement().satisfies(n -> {
            assertThat(n.topic()).isEqualTo(Topic.REMINDER);
            assertThat(n.sendAt()).isEqualTo(dayBefore);
            assertThat(n.status()).isEqualTo(SentNotification.Status.PENDING);
        });

        visits.cancel(VisitsApi.SYSTEM, visit, "Nora is away");

        // Withdrawn reminders are never sent, and "Messages we sent you" leaves them out.
        await().atMost(Duration.ofSeconds(10)).until(() -> history(person).isEmpty());
        assertThat(topics(worker)).doesNotContain(Topic.REMINDER).contains(Topic.BOOKING);
    }

    @Test
    void aBookingAndItsNoticesAreCommittedTogetherOrNotAtAll() {
        UUID person = person("Nina Together");
        UUID worker = worker("Will Together");
        Instant start = inDays(5, "11:00");

        transactions.executeWithoutResult(status -> {
            visits.book(VisitsApi.SYSTEM, person, List.of(worker), start, plus(start, 60));
            status.setRollbackOnly();
        });

        assertThat(history(worker)).isEmpty();
        assertThat(history(person)).isEmpty();

        visits.book(VisitsApi.SYSTEM, person, List.of(worker), start, plus(start, 60));

        // No waiting: the notices were written in the booking's own transaction.
        assertThat(topics(worker)).contains(Topic.BOOKING, Topic.REMINDER);
        assertThat(topics(person)).containsExactly(Topic.REMINDER);
    }

    @Test
    void aWorkerIsAskedAboutARequestAndThePersonHearsTheAnswer() {
        Caller nora = newCaller("Nora Asks", Role.SUPPORTED_PERSON);
        Caller wes = newCaller("Wes Asked", Role.WORKER);
        Instant start = inDays(4, "19:00");

        BookingOutcome outcome =
                visits.book(nora, Booking.once(nora.accountId(), List.of(wes.accountId()), start, plus(start, 60)));

        assertThat(outcome.status()).isEqualTo(VisitStatus.REQUESTED);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> topics(wes.accountId()).contains(Topic.BOOKING));
        assertThat(history(wes.accountId()))
                .anySatisfy(
                        n -> assertThat(n.subject()).isEqualTo("Nora Asks asks if you can visit on " + when(start)));

        visits.decline(wes, outcome.visitIds().get(0), "Away that evening");

        await().atMost(Duration.ofSeconds(10))
                .until(() -> history(nora.accountId()).stream()
                        .anyMatch(n -> n.subject().equals("Wes Asked cannot visit on " + when(start))));
    }

    @Test
    void aLateWorkerAndAMissedVisitAreToldOnceEvenWhenTheEventComesTwice() {
        Caller nora = newCaller("Nora Late", Role.SUPPORTED_PERSON);
        UUID worker = worker("Wes Late");
        Instant start = inDays(1, "09:00");
        UUID visit = visits.book(VisitsApi.SYSTEM, nora.accountId(), List.of(worker), start, plus(start, 60));
        VisitRunningLate late = new VisitRunningLate(visit, nora.accountId(), worker, plus(start, 25), 25);
        VisitMissed missed = new VisitMissed(visit, nora.accountId(), List.of(worker), start);

        for (int i = 0; i < 2; i++) {
            transactions.executeWithoutResult(status -> {
                events.publishEvent(late);
                events.publishEvent(missed);
            });
        }

        await().atMost(Duration.ofSeconds(10))
                .until(() -> topics(nora.accountId()).contains(Topic.RUNNING_LATE)
                        && topics(nora.accountId()).contains(Topic.MISSED_VISIT));
        UUID coordinator =
                people.accountByEmail(demo("coordinator")).orElseThrow().id();
        await().atMost(Duration.ofSeconds(10)).until(() -> topics(coordinator).contains(Topic.MISSED_VISIT));
        assertThat(history(nora.accountId()))
                .filteredOn(n -> n.topic() == Topic.RUNNING_LATE)
                .singleElement()
                .satisfies(n -> assertThat(n.subject()).isEqualTo("Wes Late is running about 25 minutes late"));
        assertThat(history(nora.accountId()))
                .filteredOn(n -> n.topic() == Topic.MISSED_VISIT)
                .hasSize(1);
        assertThat(history(coordinator))
                .filteredOn(n -> n.topic() == Topic.MISSED_VISIT && n.subject().contains("Nora Late"))
                .hasSize(1);
    }

    private static String when(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", java.util.Locale.UK)
                .format(at.atZone(UK));
    }

    private List<Topic> topics(UUID accountId) {
        return history(accountId).stream().map(SentNotification::topic).toList();
    }

    private List<SentNotification> history(UUID accountId) {
        return notify.history(accountId, 50);
    }
}
