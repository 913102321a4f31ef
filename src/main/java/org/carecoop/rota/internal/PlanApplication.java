package org.carecoop.rota.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.Topic;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.PlanChange;
import org.carecoop.rota.RotaApi;
import org.carecoop.rota.RotaChanged;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a plan to the rota: every change checked against the visit as it is now, then made through
 * the visits module (which publishes {@code VisitBooked}, so reminders and cover access follow), then
 * the people of each changed visit told, all in one transaction, so a plan is applied whole or not at
 * all.
 */
@Component
class PlanApplication implements RotaApi {

    private final VisitsApi visits;
    private final NotifyApi notify;
    private final PeopleApi people;
    private final VisitAudience audience;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    PlanApplication(
            VisitsApi visits,
            NotifyApi notify,
            PeopleApi people,
            VisitAudience audience,
            MessageSource messages,
            Clock clock) {
        this.visits = visits;
        this.notify = notify;
        this.people = people;
        this.audience = audience;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Override
    @Transactional
    public void applyPlan(Caller by, String reference, List<PlanChange> changes) {
        if (by.assisted() || !by.hasRole(Role.COORDINATOR.name())) {
            throw new AccessDeniedException("plans are applied by co-ordinators");
        }
        List<Visit> before = new ArrayList<>();
        for (PlanChange change : changes) {
            before.add(current(change));
        }
        for (PlanChange change : changes) {
            apply(by, change);
        }
        for (int i = 0; i < changes.size(); i++) {
            tell(reference, before.get(i), changes.get(i));
        }
    }

    /** The visit as it is now, provided it is still as the change says it was. */
    private Visit current(PlanChange change) {
        Visit visit = visits.booked(change.wasStart(), change.wasEnd()).stream()
                .filter(v -> v.id().equals(change.visitId()))
                .findFirst()
                .orElseThrow(() -> changed(change.visitId()));
        List<UUID> workers = visit.workers().stream().map(Visit.Worker::id).toList();
        if (visit.status() != VisitStatus.BOOKED
                || !visit.start().equals(change.wasStart())
                || !visit.end().equals(change.wasEnd())
                || !Set.copyOf(workers).equals(Set.copyOf(change.wasWorkers()))) {
            throw changed(change.visitId());
        }
        if (!change.end().isAfter(clock.instant())) {
            throw changed(change.visitId());
        }
        return visit;
    }

    private void apply(Caller by, PlanChange change) {
        List<UUID> leaving = change.wasWorkers().stream()
                .filter(w -> !change.workers().contains(w))
                .toList();
        List<UUID> joining = change.workers().stream()
                .filter(w -> !change.wasWorkers().contains(w))
                .toList();
        try {
            for (int i = 0; i < leaving.size(); i++) {
                visits.replaceWorker(by, change.visitId(), leaving.get(i), joining.get(i));
            }
            if (change.moved()) {
                visits.move(by, change.visitId(), change.start(), change.end());
            }
        } catch (VisitClash clash) {
            throw new RotaChanged(
                    change.visitId(),
                    text(
                            "rotaPlan.clash",
                            clash.workerName(),
                            Cover.WHEN.format(clash.clashStart().atZone(zone))));
        } catch (VisitException refused) {
            throw changed(change.visitId());
        }
    }

    /** Tells the person, their permitted family, and every worker taken off or put on the visit. */
    private void tell(String reference, Visit before, PlanChange change) {
        String person = nameOf(before.personId());
        String was = Cover.WHEN.format(change.wasStart().atZone(zone));
        String now = Cover.WHEN.format(change.start().atZone(zone));
        String workers =
                String.join(", ", change.workers().stream().map(this::nameOf).toList());
        Set<UUID> recipients = new LinkedHashSet<>(audience.personAndFamily(before.personId()));
        recipients.addAll(change.wasWorkers());
        recipients.addAll(change.workers());
        Instant at = clock.instant();
        for (UUID recipient : recipients) {
            String kind = recipient.equals(before.personId())
                    ? "person"
                    : change.workers().contains(recipient)
                            ? "worker"
                            : change.wasWorkers().contains(recipient) ? "removed" : "family";
            notify.send(new Notification(
                    recipient,
                    Topic.BOOKING,
                    "plan:" + reference + ":" + change.visitId(),
                    text("rotaPlan.subject", person, was),
                    text("rotaPlan.body." + kind, person, was, now, workers),
                    text("rotaPlan.sms." + kind, person, was, now, workers),
                    at));
        }
    }

    private RotaChanged changed(UUID visitId) {
        return new RotaChanged(visitId, text("rotaPlan.changed"));
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
