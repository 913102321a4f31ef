package org.carecoop.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitCompleted;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitException.Reason;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link VisitsApi} on the visits store. The database has the last word on double booking: a booking
 * goes straight to the insert, and when the exclusion constraint refuses it (also when another booking
 * for the same worker committed a moment earlier), the visit in the way is looked up afterwards, in a
 * new transaction, to name it. Each change is written to the access log and publishes its event in
 * the same transaction, so listeners hear of it only once it is committed.
 */
@Service
class VisitBooking implements VisitsApi {

    static final String RECORD_TYPE = "visit";
    static final String SYSTEM_ACTOR = "CareCoop system";
    static final int REASON_MAX = 500;

    /** Roles of the accounts that can be booked to visit someone. */
    private static final Set<Role> GIVES_SUPPORT = EnumSet.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    /** A clash whose visit was cancelled before it could be named is tried again, this often at most. */
    private static final int ATTEMPTS = 3;

    private final Visits visits;
    private final PeopleApi people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    VisitBooking(
            Visits visits,
            PeopleApi people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.visits = visits;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public UUID book(Caller by, UUID personId, List<UUID> workerIds, Instant start, Instant end) {
        requireBooker(by);
        checkTimes(start, end);
        List<UUID> workers = checkedWorkers(personId, workerIds);
        checkPerson(personId);
        for (int attempt = 1; ; attempt++) {
            try {
                return insert(by, personId, workers, start, end);
            } catch (DataAccessException e) {
                if (!doubleBooking(e)) {
                    throw e;
                }
                Optional<Visits.Clash> clash = transaction.execute(status -> visits.firstClash(workers, start, end));
                if (clash != null && clash.isPresent()) {
                    throw clashWith(clash.get());
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private UUID insert(Caller by, UUID personId, List<UUID> workers, Instant start, Instant end) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            visits.lockWorkers(workers);
            visits.insert(id, personId, start, end, actorId(by), now);
            for (int i = 0; i < workers.size(); i++) {
                visits.addWorker(id, workers.get(i), i);
            }
            record(by, now, "BOOK", personId, id, start + " to " + end + ", workers " + workers);
            events.publishEvent(new VisitBooked(id, personId, workers, start, end));
        });
        return id;
    }

    @Override
    @Transactional
    public void cancel(Caller by, UUID visitId, String reason) {
        requireBooker(by);
        String tidy = reason.strip();
        if (tidy.isEmpty() || tidy.length() > REASON_MAX || !PlainText.Validator.plain(tidy)) {
            throw VisitException.of(Reason.REASON_NOT_VALID);
        }
        Visits.Stored visit = stillBooked(visitId);
        Instant now = clock.instant();
        visits.cancel(visitId, actorId(by), now, tidy);
        record(by, now, "CANCEL", visit.personId(), visitId, tidy);
        events.publishEvent(new VisitCancelled(visitId, visit.personId(), now));
    }

    @Override
    @Transactional
    public void complete(Caller by, UUID visitId, Instant at) {
        requireBooker(by);
        Visits.Stored visit = stillBooked(visitId);
        Instant now = clock.instant();
        if (at.isBefore(visit.start())) {
            throw VisitException.of(Reason.NOT_STARTED);
        }
        if (at.isAfter(now)) {
            throw VisitException.of(Reason.CHECK_OUT_IN_FUTURE);
        }
        visits.complete(visitId, at);
        record(by, now, "COMPLETE", visit.personId(), visitId, "checked out at " + at);
        events.publishEvent(new VisitCompleted(visitId, visit.personId(), visit.workerIds(), at));
    }

    @Override
    @Transactional
    public void replaceWorker(Caller by, UUID visitId, UUID absentWorkerId, UUID coverWorkerId) {
        requireBooker(by);
        Visits.Stored visit = stillBooked(visitId);
        if (!visit.workerIds().contains(absentWorkerId)) {
            throw VisitException.of(Reason.NOT_A_WORKER);
        }
        if (visit.workerIds().contains(coverWorkerId)) {
            throw VisitException.of(Reason.SAME_WORKER_TWICE);
        }
        checkedWorkers(visit.personId(), List.of(coverWorkerId));
        // Bookings for the new worker wait here, so the check below and the change see the same visits;
        // the exclusion constraint stays the last word.
        visits.lockWorkers(List.of(coverWorkerId));
        Optional<Visits.Clash> clash = visits.firstClash(List.of(coverWorkerId), visit.start(), visit.end());
        if (clash.isPresent()) {
            throw clashWith(clash.get());
        }
        visits.replaceWorker(visitId, absentWorkerId, coverWorkerId);
        List<UUID> workers = visit.workerIds().stream()
                .map(w -> w.equals(absentWorkerId) ? coverWorkerId : w)
                .toList();
        Instant now = clock.instant();
        record(
                by,
                now,
                "COVER",
                visit.personId(),
                visitId,
                "worker " + absentWorkerId + " covered by " + coverWorkerId);
        events.publishEvent(new VisitBooked(visitId, visit.personId(), workers, visit.start(), visit.end()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> schedule(UUID personId, Instant from, Instant to) {
        return named(visits.ofPerson(personId, from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> workerSchedule(UUID workerId, Instant from, Instant to) {
        return named(visits.ofWorker(workerId, from, to));
    }

    /** The stored visits with their workers' names, each name looked up once. */
    private List<Visit> named(List<Visits.Stored> stored) {
        Map<UUID, String> names = new HashMap<>();
        return stored.stream()
                .map(v -> new Visit(
                        v.id(),
                        v.personId(),
                        v.start(),
                        v.end(),
                        v.status(),
                        v.workerIds().stream()
                                .map(id -> new Visit.Worker(id, names.computeIfAbsent(id, this::nameOf)))
                                .toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasVisits(UUID personId) {
        return visits.anyOfPerson(personId);
    }

    /** Co-ordinators at their own keyboard, and the system. Nobody acting for someone else. */
    private static void requireBooker(Caller by) {
        boolean coordinator = by.hasRole(Role.COORDINATOR.name()) && !by.assisted();
        if (!coordinator && !SYSTEM.equals(by)) {
            throw new AccessDeniedException("only co-ordinators book and change visits");
        }
    }

    private static void checkTimes(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            throw VisitException.of(Reason.END_NOT_AFTER_START);
        }
        if (Duration.between(start, end).compareTo(LONGEST_VISIT) > 0) {
            throw VisitException.of(Reason.TOO_LONG);
        }
    }

    private List<UUID> checkedWorkers(UUID personId, List<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            throw VisitException.of(Reason.NO_WORKERS);
        }
        Set<UUID> distinct = new LinkedHashSet<>(workerIds);
        if (distinct.size() != workerIds.size()) {
            throw VisitException.of(Reason.SAME_WORKER_TWICE);
        }
        if (distinct.contains(personId)) {
            throw VisitException.of(Reason.PERSON_AS_WORKER);
        }
        for (UUID workerId : distinct) {
            boolean givesSupport = people.account(workerId)
                    .map(a -> a.roles().stream().anyMatch(GIVES_SUPPORT::contains))
                    .orElse(false);
            if (!givesSupport) {
                throw VisitException.of(Reason.NOT_A_WORKER);
            }
        }
        return List.copyOf(distinct);
    }

    private void checkPerson(UUID personId) {
        boolean supported = people.account(personId)
                .map(a -> a.roles().contains(Role.SUPPORTED_PERSON))
                .orElse(false);
        if (!supported) {
            throw VisitException.of(Reason.NOT_A_SUPPORTED_PERSON);
        }
    }

    private Visits.Stored stillBooked(UUID visitId) {
        Visits.Stored visit = visits.lock(visitId).orElseThrow(VisitException::notFound);
        return switch (visit.status()) {
            case BOOKED -> visit;
            case CANCELLED -> throw VisitException.of(Reason.ALREADY_CANCELLED);
            case COMPLETED -> throw VisitException.of(Reason.ALREADY_COMPLETED);
        };
    }

    private VisitClash clashWith(Visits.Clash clash) {
        return new VisitClash(clash.workerId(), nameOf(clash.workerId()), clash.start(), clash.end());
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId)
                .map(AccountSummary::displayName)
                .orElseThrow(() -> new IllegalStateException("no account for worker " + accountId));
    }

    /** Whether the database refused the booking because a worker would be booked twice at once. */
    private static boolean doubleBooking(DataAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                return server != null && Visits.NO_DOUBLE_BOOKING.equals(server.getConstraint());
            }
        }
        return false;
    }

    private static @Nullable UUID actorId(Caller by) {
        return SYSTEM.equals(by) ? null : by.actorId();
    }

    /** An access log line for a change to the person's visits, by a co-ordinator or the system. */
    private void record(Caller by, Instant at, String action, UUID personId, UUID visitId, String detail) {
        boolean system = SYSTEM.equals(by);
        audit.record(new AuditEntry(
                at,
                system ? null : by.actorId(),
                system ? SYSTEM_ACTOR : by.actorName(),
                system ? null : by.onBehalfOf().orElse(null),
                action,
                personId,
                RECORD_TYPE,
                visitId.toString(),
                Outcome.ALLOWED,
                detail));
    }
}
