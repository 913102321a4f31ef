package org.carecoop.rota.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.Topic;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitMissed;
import org.carecoop.visits.VisitRequestAnswered;
import org.carecoop.visits.VisitRequested;
import org.carecoop.visits.VisitRunningLate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about their visits (CO6): the workers when they are booked or asked, the person and
 * permitted family when a worker answers their request, everyone on the visit before it
 * at the times each chose, the person and permitted family when the worker is running late, and the
 * co-ordinators, the person and permitted family when nobody has checked in. Bookings are told about
 * inside the booking's transaction (see {@link #on(VisitBooked)}); the other listeners run after the
 * change has committed and are retried from the event publication log, and every notification has a key,
 * so a repeated delivery sends nothing twice. Reminders are keyed by visit and generation: a visit that is
 * moved, covered or cancelled withdraws the reminders it issued before and issues new ones.
 */
@Component
class VisitNotices {

    private final NotifyApi notify;
    private final PeopleApi people;
    private final VisitAudience audience;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String baseUrl;

    VisitNotices(
            NotifyApi notify,
            PeopleApi people,
            VisitAudience audience,
            JdbcClient jdbc,
            MessageSource messages,
            Clock clock,
            @Value("${carecoop.base-url}") String baseUrl) {
        this.notify = notify;
        this.people = people;
        this.audience = audience;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
        this.baseUrl = baseUrl;
    }

    /**
     * One look-up for everyone's names, one for the reminders issued before, one for everyone's
     * reminder preferences, one insert for all the notifications and one for the reminders issued
     * now: a booking is cheap to tell people about.
     *
     * <p>This runs synchronously inside the booking's own transaction (a plain {@link EventListener},
     * which Spring Modulith's event publication registry does not record), not after commit from the
     * publication log: its work is only writes to the same database (the notify outbox and {@code
     * rota.visit_reminder}), so the notify outbox is a transactional outbox and a booking and its
     * notices are committed together or not at all. Nothing is sent here; the notify dispatcher
     * delivers them later.
     */
    @EventListener
    void on(VisitBooked booked) {
        Instant now = clock.instant();
        if (!booked.end().isAfter(now)) {
            return;
        }
        String when = Cover.WHEN.format(booked.start().atZone(zone));
        Set<UUID> everyone = new LinkedHashSet<>();
        everyone.add(booked.personId());
        everyone.addAll(booked.workerIds());
        Map<UUID, AccountSummary> accounts = people.accounts(everyone);
        String personName = nameOf(accounts, booked.personId());
        String workerNames = String.join(
                ", ", booked.workerIds().stream().map(w -> nameOf(accounts, w)).toList());
        List<Notification> notices = new ArrayList<>();
        for (UUID worker : booked.workerIds()) {
            notices.add(new Notification(
                    worker,
                    Topic.BOOKING,
                    "booked:" + booked.visitId() + ":" + booked.start().getEpochSecond(),
                    text("visitNotice.booked.subject", personName, when),
                    text("visitNotice.booked.body", personName, when, baseUrl + "/visits/" + booked.visitId() + "/day"),
                    text("visitNotice.booked.sms", personName, when),
                    now));
        }
        int generation = withdrawReminders(booked.visitId()) + 1;
        List<String> reminderKeys = new ArrayList<>();
        Map<UUID, List<Instant>> reminders = notify.reminderTimes(everyone, booked.start());
        for (UUID recipient : everyone) {
            List<Instant> times = reminders.get(recipient);
            for (int i = 0; i < times.size(); i++) {
                String key = "reminder:" + booked.visitId() + ":" + generation + ":" + recipient + ":" + i;
                boolean person = recipient.equals(booked.personId());
                notices.add(new Notification(
                        recipient,
                        Topic.REMINDER,
                        key,
                        text("visitNotice.reminder.subject", when),
                        person
                                ? text("visitNotice.reminder.body.person", when, workerNames)
                                : text("visitNotice.reminder.body.worker", when, personName),
                        person
                                ? text("visitNotice.reminder.sms.person", when, workerNames)
                                : text("visitNotice.reminder.sms.worker", when, personName),
                        times.get(i)));
                reminderKeys.add(key);
            }
        }
        notify.sendAll(notices);
        if (!reminderKeys.isEmpty()) {
            jdbc.sql("""
                            insert into rota.visit_reminder (visit_id, generation, reminder_key, issued_at)
                            select ?, ?, k, ? from unnest(string_to_array(?, ',')) k on conflict do nothing""")
                    .params(booked.visitId(), generation, Timestamp.from(now), String.join(",", reminderKeys))
                    .update();
        }
    }

    @ApplicationModuleListener
    void on(VisitRequested requested) {
        String when = Cover.WHEN.format(requested.start().atZone(zone));
        String personName = nameOf(requested.personId());
        for (UUID worker : requested.workerIds()) {
            notify.send(new Notification(
                    worker,
                    Topic.BOOKING,
                    "requested:" + requested.visitId(),
                    text("visitNotice.requested.subject", personName, when),
                    text("visitNotice.requested.body", personName, when, baseUrl + "/visits/requests"),
                    text("visitNotice.requested.sms", personName, when, baseUrl + "/visits/requests"),
                    clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(VisitRequestAnswered answered) {
        String when = Cover.WHEN.format(answered.start().atZone(zone));
        String worker = nameOf(answered.workerId());
        String outcome = answered.accepted() ? "accepted" : "declined";
        String reason = answered.reason() == null ? "" : answered.reason();
        for (UUID recipient : audience.personAndFamily(answered.personId())) {
            notify.send(new Notification(
                    recipient,
                    Topic.BOOKING,
                    "answered:" + answered.visitId() + ":" + answered.workerId(),
                    text("visitNotice." + outcome + ".subject", worker, when),
                    text("visitNotice." + outcome + ".body", worker, when, nameOf(answered.personId()), reason),
                    text("visitNotice." + outcome + ".sms", worker, when),
                    clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(VisitCancelled cancelled) {
        withdrawReminders(cancelled.visitId());
    }

    @ApplicationModuleListener
    void on(VisitRunningLate late) {
        String worker = nameOf(late.workerId());
        String arrival = Cover.TIME.format(late.expectedArrival().atZone(zone));
        for (UUID recipient : audience.personAndFamily(late.personId())) {
            boolean person = recipient.equals(late.personId());
            notify.send(new Notification(
                    recipient,
                    Topic.RUNNING_LATE,
                    "late:" + late.visitId() + ":" + late.delayMinutes(),
                    text("visitNotice.late.subject", worker, late.delayMinutes()),
                    person
                            ? text("visitNotice.late.body.person", worker, late.delayMinutes(), arrival)
                            : text(
                                    "visitNotice.late.body.family",
                                    worker,
                                    nameOf(late.personId()),
                                    late.delayMinutes(),
                                    arrival),
                    person
                            ? text("visitNotice.late.sms.person", worker, late.delayMinutes(), arrival)
                            : text(
                                    "visitNotice.late.sms.family",
                                    worker,
                                    nameOf(late.personId()),
                                    late.delayMinutes(),
                                    arrival),
                    clock.instant()));
        }
    }

    @ApplicationModuleListener
    void on(VisitMissed missed) {
        String when = Cover.WHEN.format(missed.plannedStart().atZone(zone));
        String personName = nameOf(missed.personId());
        String workers = names(missed.workerIds());
        Set<UUID> recipients = new LinkedHashSet<>(audience.coordinators());
        recipients.addAll(audience.personAndFamily(missed.personId()));
        for (UUID recipient : recipients) {
            boolean person = recipient.equals(missed.personId());
            notify.send(new Notification(
                    recipient,
                    Topic.MISSED_VISIT,
                    "missed:" + missed.visitId(),
                    text("visitNotice.missed.subject", personName, when),
                    person
                            ? text("visitNotice.missed.body.person", when, workers)
                            : text(
                                    "visitNotice.missed.body.others",
                                    personName,
                                    when,
                                    workers,
                                    baseUrl + "/visits/alerts"),
                    person
                            ? text("visitNotice.missed.sms.person", when, workers)
                            : text("visitNotice.missed.sms.others", personName, when, workers),
                    clock.instant()));
        }
    }

    /** Withdraws every reminder issued for the visit; returns the last generation issued (0 for none). */
    private int withdrawReminders(UUID visitId) {
        int generation = 0;
        for (Issued issued : jdbc.sql("select reminder_key, generation from rota.visit_reminder where visit_id = ?")
                .param(visitId)
                .query((rs, row) -> new Issued(rs.getString("reminder_key"), rs.getInt("generation")))
                .list()) {
            notify.withdraw(issued.key());
            generation = Math.max(generation, issued.generation());
        }
        return generation;
    }

    /** A reminder issued for a visit: its notification key and the generation it belongs to. */
    private record Issued(String key, int generation) {}

    private String names(List<UUID> accountIds) {
        return String.join(", ", accountIds.stream().map(this::nameOf).toList());
    }

    private static String nameOf(Map<UUID, AccountSummary> accounts, UUID accountId) {
        AccountSummary account = accounts.get(accountId);
        return account == null ? "" : account.displayName();
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
