package org.carecoop.visits.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.Booking;
import org.carecoop.visits.BookingAccess;
import org.carecoop.visits.BookingOutcome;
import org.carecoop.visits.BookingPlan;
import org.carecoop.visits.BookingPlan.Occurrence;
import org.carecoop.visits.KnownWorkers;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitCompleted;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitException.Reason;
import org.carecoop.visits.VisitRequestAnswered;
import org.carecoop.visits.VisitRequested;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link VisitsApi} on the visits store. The database has the last word on double booking: a booking
 * goes straight to the insert, and when the exclusion constraint refuses it (also when another booking
 * for the same worker committed a moment earlier), the visit in the way is looked up afterwards to
 * name it. Each booking or change runs in a transaction of its own, or in a savepoint when the caller
 * already has one (the booking API keeps its idempotency key in the same transaction), so a refusal
 * never undoes the caller's work. Each change is written to the access log and publishes its event in
 * the same transaction, so listeners hear of it only once it is committed.
 */
@Service
class VisitBooking implements VisitsApi {

    static final String RECORD_TYPE = "visit";
    static final String SYSTEM_ACTOR = "CareCoop system";
    static final int REASON_MAX = 500;

    /** A booking that starts sooner than this after it is made is a last-minute one. */
    static final Duration LAST_MINUTE = Duration.ofHours(24);

    /** Roles of the accounts that can be booked to visit someone. */
    private static final Set<Role> GIVES_SUPPORT = EnumSet.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    /** A clash whose visit was cancelled before it could be named is tried again, this often at most. */
    private static final int ATTEMPTS = 3;

    private final Visits visits;
    private final PeopleApi people;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ZoneId zone;
    private final BookingAccess access;
    private final WorkerAvailability availability;
    private final ObjectProvider<KnownWorkers> known;
    private final TransactionTemplate transaction;

    VisitBooking(
            Visits visits,
            PeopleApi people,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            BookingAccess access,
            WorkerAvailability availability,
            ObjectProvider<KnownWorkers> known,
            PlatformTransactionManager transactions) {
        this.visits = visits;
        this.people = people;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.zone = clock.getZone();
        this.access = access;
        this.availability = availability;
        this.known = known;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A booking checked and worked out: its people, workers, visit times and whether it is a request. */
    private record Checked(List<UUID> personIds, List<UUID> workerIds, List<Occurrence> times, boolean request) {}

    @Override
    public BookingOutcome book(Caller by, Booking booking) {
        Checked checked = check(by, booking);
        Instant now = clock.instant();
        UUID seriesId = booking.repeat() == null ? null : UUID.randomUUID();
        UUID sessionId = checked.personIds().size() > 1 ? UUID.randomUUID() : null;
        VisitStatus status = checked.request() ? VisitStatus.REQUESTED : VisitStatus.BOOKED;
        boolean lastMinute = lastMinute(checked.times(), now);
        List<Visits.NewVisit> made = new ArrayList<>();
        for (Occurrence time : checked.times()) {
            for (UUID personId : checked.personIds()) {
                made.add(new Visits.NewVisit(UUID.randomUUID(), personId, time.start(), time.end()));
            }
        }
        withoutDoubleBooking(
                () -> {
                    visits.lockWorkers(checked.workerIds());
                    visits.insert(made, checked.workerIds(), status, seriesId, sessionId, lastMinute, actorId(by), now);
                    recordBooking(by, now, checked, made, status);
                    if (status == VisitStatus.BOOKED) {
                        made.forEach(v -> events.publishEvent(
                                new VisitBooked(v.id(), v.personId(), checked.workerIds(), v.start(), v.end())));
                    } else {
                        made.forEach(v -> events.publishEvent(
                                new VisitRequested(v.id(), v.personId(), checked.workerIds(), v.start(), v.end())));
                    }
                    return null;
                },
                () -> firstClash(checked.workerIds(), checked.times(), Set.of()));
        return new BookingOutcome(
                made.stream().map(Visits.NewVisit::id).toList(), seriesId, sessionId, status, lastMinute);
    }

    @Override
    public BookingPlan plan(Caller by, Booking booking) {
        Checked checked = check(by, booking);
        return new BookingPlan(checked.times(), checked.request(), lastMinute(checked.times(), clock.instant()));
    }

    /**
     * Who may book comes first (others learn nothing from what they sent), then the booking itself,
     * then whether it is a request.
     */
    private Checked check(Caller by, Booking booking) {
        for (UUID personId : booking.personIds()) {
            requireMayBook(by, personId);
        }
        checkTimes(booking.start(), booking.end());
        Map<UUID, AccountSummary> accounts = accountsOf(booking.personIds(), booking.workerIds());
        List<UUID> persons = checkedPersons(booking.personIds(), accounts);
        List<UUID> workers = checkedWorkers(persons, booking.workerIds(), accounts);
        refuseExcluded(persons, workers);
        List<Occurrence> times = occurrences(booking);
        boolean confirmed = SYSTEM.equals(by) || coordinator(by) || availability.coversAll(workers, times);
        return new Checked(persons, workers, times, !confirmed);
    }

    /** Each visit time of the booking, earliest first: the one asked for, or each week's on its days. */
    private List<Occurrence> occurrences(Booking booking) {
        Booking.Repeat repeat = booking.repeat();
        if (repeat == null) {
            return List.of(new Occurrence(booking.start(), booking.end()));
        }
        if (repeat.days().isEmpty()) {
            throw VisitException.of(Reason.REPEAT_NO_DAYS);
        }
        ZonedDateTime first = booking.start().atZone(zone);
        LocalDate from = first.toLocalDate();
        if (repeat.until().isBefore(from) || repeat.until().isAfter(from.plus(LONGEST_SERIES))) {
            throw VisitException.of(Reason.REPEAT_UNTIL_NOT_RIGHT);
        }
        Duration length = Duration.between(booking.start(), booking.end());
        List<Occurrence> times = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(repeat.until()); day = day.plusDays(1)) {
            if (repeat.days().contains(day.getDayOfWeek())) {
                Instant start = ZonedDateTime.ofLocal(day.atTime(first.toLocalTime()), zone, null)
                        .toInstant();
                times.add(new Occurrence(start, start.plus(length)));
            }
        }
        if (times.isEmpty()) {
            throw VisitException.of(Reason.REPEAT_NO_OCCURRENCES);
        }
        return times;
    }

    private static boolean lastMinute(List<Occurrence> times, Instant now) {
        return times.get(0).start().isBefore(now.plus(LAST_MINUTE));
    }

    /**
     * Runs the change in a transaction (or savepoint); when the database refuses it as a double
     * booking, names the visit in the way, or tries again if that visit has gone meanwhile.
     */
    private <T> T withoutDoubleBooking(Supplier<T> change, Supplier<Optional<Visits.Clash>> inTheWay) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> change.get());
            } catch (DataAccessException e) {
                if (!doubleBooking(e)) {
                    throw e;
                }
                Optional<Visits.Clash> clash = transaction.execute(status -> inTheWay.get());
                if (clash != null && clash.isPresent()) {
                    throw clashWith(clash.get());
                }
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The earliest visit in the way of the first of these times that has one. */
    private Optional<Visits.Clash> firstClash(List<UUID> workerIds, List<Occurrence> times, Set<UUID> except) {
        for (Occurrence time : times) {
            Optional<Visits.Clash> clash = visits.firstClash(workerIds, time.start(), time.end(), except);
            if (clash.isPresent()) {
                return clash;
            }
        }
        return Optional.empty();
    }

    @Override
    public void accept(Caller worker, UUID visitId) {
        withoutDoubleBooking(
                () -> {
                    Visits.Stored visit = awaitingAnswer(worker, visitId);
                    Instant now = clock.instant();
                    visits.lockWorkers(visit.workerIds());
                    boolean everyone = visits.accept(visitId, worker.accountId(), now);
                    if (everyone) {
                        visits.confirm(visitId);
                        events.publishEvent(new VisitBooked(
                                visitId, visit.personId(), visit.workerIds(), visit.start(), visit.end()));
                    }
                    record(worker, now, "ACCEPT", visit.personId(), visitId, everyone ? "booked" : "accepted");
                    events.publishEvent(new VisitRequestAnswered(
                            visitId, visit.personId(), worker.accountId(), visit.start(), true, null));
                    return null;
                },
                () -> visits.lock(visitId)
                        .flatMap(v -> visits.firstClash(v.workerIds(), v.start(), v.end(), Set.of(visitId))));
    }

    @Override
    public void decline(Caller worker, UUID visitId, @Nullable String reason) {
        String tidy = reason == null || reason.isBlank() ? null : reason.strip();
        if (tidy != null && (tidy.length() > REASON_MAX || !PlainText.Validator.plain(tidy))) {
            throw VisitException.of(Reason.DECLINE_REASON_NOT_VALID);
        }
        transaction.executeWithoutResult(status -> {
            Visits.Stored visit = awaitingAnswer(worker, visitId);
            Instant now = clock.instant();
            visits.decline(visitId, worker.accountId(), now, tidy);
            record(worker, now, "DECLINE", visit.personId(), visitId, tidy == null ? "declined" : tidy);
            events.publishEvent(new VisitRequestAnswered(
                    visitId, visit.personId(), worker.accountId(), visit.start(), false, tidy));
        });
    }

    private Visits.Stored awaitingAnswer(Caller worker, UUID visitId) {
        Visits.Stored visit = visits.lock(visitId).orElseThrow(VisitException::notFound);
        if (visit.status() != VisitStatus.REQUESTED || !visits.awaits(visitId, worker.accountId())) {
            throw VisitException.of(Reason.NOT_REQUESTED);
        }
        return visit;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> requestsFor(UUID workerId) {
        return named(visits.requestsFor(workerId));
    }

    @Override
    public void move(Caller by, UUID visitId, Instant start, Instant end) {
        checkTimes(start, end);
        withoutDoubleBooking(
                () -> {
                    Visits.Stored visit = standing(visitId, by);
                    Instant now = clock.instant();
                    visits.lockWorkers(visit.workerIds());
                    visits.move(visitId, start, end);
                    record(by, now, "MOVE", visit.personId(), visitId, "to " + start + " to " + end);
                    if (visit.status() == VisitStatus.BOOKED) {
                        events.publishEvent(new VisitBooked(visitId, visit.personId(), visit.workerIds(), start, end));
                    }
                    return null;
                },
                () -> visits.lock(visitId).flatMap(v -> visits.firstClash(v.workerIds(), start, end, Set.of(visitId))));
    }

    @Override
    public int changeSeries(Caller by, UUID seriesId, LocalDate from, LocalTime start, Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw VisitException.of(Reason.END_NOT_AFTER_START);
        }
        if (length.compareTo(LONGEST_VISIT) > 0) {
            throw VisitException.of(Reason.TOO_LONG);
        }
        Instant since = from.atStartOfDay(zone).toInstant();
        return withoutDoubleBooking(
                () -> {
                    List<Visits.Stored> series = seriesFrom(by, seriesId, since);
                    Instant now = clock.instant();
                    visits.lockWorkers(series.stream()
                            .flatMap(v -> v.workerIds().stream())
                            .distinct()
                            .toList());
                    for (Visits.Stored visit : series) {
                        Occurrence time = moved(visit, start, length);
                        visits.move(visit.id(), time.start(), time.end());
                        if (visit.status() == VisitStatus.BOOKED) {
                            events.publishEvent(new VisitBooked(
                                    visit.id(), visit.personId(), visit.workerIds(), time.start(), time.end()));
                        }
                    }
                    record(
                            by,
                            now,
                            "MOVE",
                            series.get(0).personId(),
                            series.get(0).id(),
                            series.size() + " visits of the series from " + from + " to " + start + " for " + length);
                    return series.size();
                },
                () -> {
                    List<Visits.Stored> series = visits.lockSeriesFrom(seriesId, since);
                    Set<UUID> own = series.stream().map(Visits.Stored::id).collect(Collectors.toSet());
                    return series.stream()
                            .map(v -> {
                                Occurrence time = moved(v, start, length);
                                return visits.firstClash(v.workerIds(), time.start(), time.end(), own);
                            })
                            .flatMap(Optional::stream)
                            .findFirst();
                });
    }

    /** The visit at a new time of day on its own date, in the co-op's time zone. */
    private Occurrence moved(Visits.Stored visit, LocalTime start, Duration length) {
        Instant at = ZonedDateTime.ofLocal(
                        visit.start().atZone(zone).toLocalDate().atTime(start), zone, null)
                .toInstant();
        return new Occurrence(at, at.plus(length));
    }

    @Override
    public int endSeries(Caller by, UUID seriesId, LocalDate from, String reason) {
        String tidy = checkedReason(reason);
        Integer ended = transaction.execute(status -> {
            List<Visits.Stored> series =
                    seriesFrom(by, seriesId, from.atStartOfDay(zone).toInstant());
            Instant now = clock.instant();
            for (Visits.Stored visit : series) {
                visits.cancel(visit.id(), actorId(by), now, tidy);
                if (visit.status() == VisitStatus.BOOKED) {
                    events.publishEvent(new VisitCancelled(visit.id(), visit.personId(), now));
                }
            }
            record(
                    by,
                    now,
                    "CANCEL",
                    series.get(0).personId(),
                    series.get(0).id(),
                    series.size() + " visits of the series from " + from + ": " + tidy);
            return series.size();
        });
        return ended == null ? 0 : ended;
    }

    private List<Visits.Stored> seriesFrom(Caller by, UUID seriesId, Instant since) {
        List<Visits.Stored> series = visits.lockSeriesFrom(seriesId, since);
        if (series.isEmpty()) {
            throw VisitException.of(Reason.SERIES_NOT_FOUND);
        }
        series.stream().map(Visits.Stored::personId).distinct().forEach(person -> requireMayBook(by, person));
        return series;
    }

    @Override
    public void cancel(Caller by, UUID visitId, String reason) {
        String tidy = checkedReason(reason);
        transaction.executeWithoutResult(status -> {
            Visits.Stored visit = standing(visitId, by);
            Instant now = clock.instant();
            visits.cancel(visitId, actorId(by), now, tidy);
            record(by, now, "CANCEL", visit.personId(), visitId, tidy);
            if (visit.status() == VisitStatus.BOOKED) {
                events.publishEvent(new VisitCancelled(visitId, visit.personId(), now));
            }
        });
    }

    private static String checkedReason(String reason) {
        String tidy = reason.strip();
        if (tidy.isEmpty() || tidy.length() > REASON_MAX || !PlainText.Validator.plain(tidy)) {
            throw VisitException.of(Reason.REASON_NOT_VALID);
        }
        return tidy;
    }

    /**
     * The visit, locked, when the caller may change the person's visits and it is booked or requested:
     * still to be changed or called off. Who may comes first: others learn nothing of what became of it.
     */
    private Visits.Stored standing(UUID visitId, Caller by) {
        Visits.Stored visit = visits.lock(visitId).orElseThrow(VisitException::notFound);
        requireMayBook(by, visit.personId());
        return switch (visit.status()) {
            case BOOKED, REQUESTED -> visit;
            case CANCELLED, DECLINED -> throw VisitException.of(Reason.ALREADY_CANCELLED);
            case COMPLETED -> throw VisitException.of(Reason.ALREADY_COMPLETED);
        };
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
        checkedWorkers(
                List.of(visit.personId()), List.of(coverWorkerId), accountsOf(List.of(), List.of(coverWorkerId)));
        refuseExcluded(List.of(visit.personId()), List.of(coverWorkerId));
        // Bookings for the new worker wait here, so the check below and the change see the same visits;
        // the exclusion constraint stays the last word.
        visits.lockWorkers(List.of(coverWorkerId));
        Optional<Visits.Clash> clash =
                visits.firstClash(List.of(coverWorkerId), visit.start(), visit.end(), Set.of(visitId));
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
        if (!coordinator(by) && !SYSTEM.equals(by)) {
            throw new AccessDeniedException("only co-ordinators book and change visits");
        }
    }

    private static boolean coordinator(Caller by) {
        return by.hasRole(Role.COORDINATOR.name()) && !by.assisted();
    }

    /** The system, or whoever {@link BookingAccess} allows to book for the person. */
    private void requireMayBook(Caller by, UUID personId) {
        if (!SYSTEM.equals(by) && !access.mayBook(by, personId)) {
            throw new AccessDeniedException("may not book visits for this person");
        }
    }

    /** The accounts of a booking's people and workers, looked up together in one query. */
    private Map<UUID, AccountSummary> accountsOf(List<UUID> personIds, List<UUID> workerIds) {
        Set<UUID> ids = new HashSet<>(personIds);
        ids.addAll(workerIds);
        return people.accounts(ids);
    }

    private static List<UUID> checkedPersons(List<UUID> personIds, Map<UUID, AccountSummary> accounts) {
        if (personIds.isEmpty()) {
            throw VisitException.of(Reason.NO_PERSONS);
        }
        if (new HashSet<>(personIds).size() != personIds.size()) {
            throw VisitException.of(Reason.SAME_PERSON_TWICE);
        }
        for (UUID personId : personIds) {
            AccountSummary account = accounts.get(personId);
            if (account == null || !account.roles().contains(Role.SUPPORTED_PERSON)) {
                throw VisitException.of(Reason.NOT_A_SUPPORTED_PERSON);
            }
        }
        return personIds;
    }

    /** One access log line for each person of a booking, naming its first visit. */
    private void recordBooking(Caller by, Instant at, Checked checked, List<Visits.NewVisit> made, VisitStatus status) {
        Occurrence first = checked.times().get(0);
        String detail = (checked.times().size() == 1 ? "" : checked.times().size() + " visits from ")
                + first.start() + " to " + first.end() + ", workers " + checked.workerIds()
                + (status == VisitStatus.REQUESTED ? ", requested of the workers" : "");
        for (UUID personId : checked.personIds()) {
            Visits.NewVisit visit = made.stream()
                    .filter(v -> v.personId().equals(personId))
                    .findFirst()
                    .orElseThrow();
            record(by, at, status == VisitStatus.REQUESTED ? "REQUEST" : "BOOK", personId, visit.id(), detail);
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

    /**
     * A person's exclusions (CH6) hold however the visit is booked: through the form, which does not
     * offer excluded workers, the API, a plan or cover. The teams module provides them; it is looked
     * up when first needed because it depends on modules that depend on this one.
     */
    private void refuseExcluded(List<UUID> personIds, List<UUID> workerIds) {
        KnownWorkers workers = known.getObject();
        for (UUID personId : personIds) {
            Set<UUID> excluded = workers.excluded(personId);
            if (workerIds.stream().anyMatch(excluded::contains)) {
                throw VisitException.of(Reason.EXCLUDED_WORKER);
            }
        }
    }

    private static List<UUID> checkedWorkers(
            List<UUID> personIds, List<UUID> workerIds, Map<UUID, AccountSummary> accounts) {
        if (workerIds.isEmpty()) {
            throw VisitException.of(Reason.NO_WORKERS);
        }
        Set<UUID> distinct = new LinkedHashSet<>(workerIds);
        if (distinct.size() != workerIds.size()) {
            throw VisitException.of(Reason.SAME_WORKER_TWICE);
        }
        if (personIds.stream().anyMatch(distinct::contains)) {
            throw VisitException.of(Reason.PERSON_AS_WORKER);
        }
        for (UUID workerId : distinct) {
            AccountSummary account = accounts.get(workerId);
            if (account == null || account.roles().stream().noneMatch(GIVES_SUPPORT::contains)) {
                throw VisitException.of(Reason.NOT_A_WORKER);
            }
        }
        return List.copyOf(distinct);
    }

    private Visits.Stored stillBooked(UUID visitId) {
        Visits.Stored visit = standing(visitId, SYSTEM);
        if (visit.status() != VisitStatus.BOOKED) {
            throw VisitException.of(Reason.NOT_STARTED);
        }
        return visit;
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

    @Override
    @Transactional(readOnly = true)
    public List<Visit> requested(Instant from, Instant to) {
        return named(visits.withStatus(VisitStatus.REQUESTED, from, to));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> booked(Instant from, Instant to) {
        return named(visits.withStatus(VisitStatus.BOOKED, from, to));
    }
}
