package org.carecoop.rota.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingApi;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.Topic;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.WorkerAbsent;
import org.carecoop.people.WorkerBack;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cover for absences (CO4). When leave or sickness is recorded, each of the worker's booked visits in
 * that time (up to {@code carecoop.cover.horizon} ahead for open-ended sickness) gets a cover request.
 * It is offered first to the person's back-up pool; after {@code carecoop.cover.pool-first-for}, or as
 * soon as everyone in the pool has said no, to the best suitable workers who are free then, ranked by
 * matching (and anyone on call for that time). The first to accept gets the visit: the request row is
 * locked and changes from open to filled once, and the visit's worker is replaced through the visits
 * module, whose event moves emergency access to the new worker (TE4). The person and the family they
 * allow to see their schedule are told who is coming. Nobody in time (by {@code escalate-after}, and
 * never later than {@code escalate-before-start} ahead of the visit) and it goes to the co-ordinators.
 */
@Service
public class Cover {

    /** Why a worker's answer to an offer was not taken. */
    public enum Refusal {
        /** There is no such offer to this worker. */
        NO_OFFER,
        /** Someone else took it first, or it was withdrawn. */
        TAKEN,
        /** The visit has started. */
        TOO_LATE,
        /** The worker is now booked elsewhere at that time. */
        BUSY
    }

    /** An answer that could not be taken. */
    public static final class CoverRefused extends RuntimeException {

        private final Refusal refusal;

        CoverRefused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A cover request as the board and the worker's offers list show it. */
    public record Request(
            UUID id,
            UUID visitId,
            UUID personId,
            String personName,
            UUID absentWorkerId,
            String absentWorkerName,
            Instant start,
            Instant end,
            String status,
            int wave,
            @Nullable String filledByName,
            int offered,
            int declined) {}

    /** An offer to a worker, with its request. */
    public record Offer(Request request, @Nullable String answer) {}

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

    /** How many workers each listed request was offered to, and how many could not go. */
    private static final String COUNTS = """
            (select count(*) from rota.cover_offer c where c.request_id = r.id) as offered,
            (select count(*) from rota.cover_offer c
             where c.request_id = r.id and c.answer in ('declined', 'busy')) as declined
            """;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final JdbcClient jdbc;
    private final VisitsApi visits;
    private final MatchingApi matching;
    private final PeopleApi people;
    private final NotifyApi notify;
    private final VisitAudience audience;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration poolFirstFor;
    private final Duration escalateAfter;
    private final Duration escalateBeforeStart;
    private final Duration horizon;
    private final int waveSize;
    private final String baseUrl;

    Cover(
            JdbcClient jdbc,
            VisitsApi visits,
            MatchingApi matching,
            PeopleApi people,
            NotifyApi notify,
            VisitAudience audience,
            MessageSource messages,
            Clock clock,
            @Value("${carecoop.cover.pool-first-for:15m}") Duration poolFirstFor,
            @Value("${carecoop.cover.escalate-after:1h}") Duration escalateAfter,
            @Value("${carecoop.cover.escalate-before-start:2h}") Duration escalateBeforeStart,
            @Value("${carecoop.cover.horizon:14d}") Duration horizon,
            @Value("${carecoop.cover.wave-size:5}") int waveSize,
            @Value("${carecoop.base-url}") String baseUrl) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.matching = matching;
        this.people = people;
        this.notify = notify;
        this.audience = audience;
        this.messages = messages;
        this.clock = clock;
        this.zone = clock.getZone();
        this.poolFirstFor = poolFirstFor;
        this.escalateAfter = escalateAfter;
        this.escalateBeforeStart = escalateBeforeStart;
        this.horizon = horizon;
        this.waveSize = waveSize;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener
    void on(WorkerAbsent absent) {
        coverAbsence(absent.workerId(), absent.from(), absent.to());
    }

    @ApplicationModuleListener
    void on(WorkerBack back) {
        withdrawFrom(back.workerId(), back.at());
    }

    /**
     * Opens cover requests for the worker's booked visits from {@code from} until {@code to} (or the
     * horizon) that have not started yet. Running it again for the same time opens nothing twice.
     *
     * @return how many requests were opened
     */
    @Transactional
    public int coverAbsence(UUID workerId, Instant from, @Nullable Instant to) {
        Instant now = clock.instant();
        Instant start = from.isAfter(now) ? from : now;
        Instant end = to == null || to.isAfter(now.plus(horizon)) ? now.plus(horizon) : to;
        if (!end.isAfter(start)) {
            return 0;
        }
        int opened = 0;
        for (Visit visit : visits.workerSchedule(workerId, start, end)) {
            if (visit.status() == VisitStatus.BOOKED && visit.start().isAfter(now)) {
                opened += open(visit, workerId, now) ? 1 : 0;
            }
        }
        return opened;
    }

    private boolean open(Visit visit, UUID absentWorkerId, Instant now) {
        UUID id = UUID.randomUUID();
        Instant latest = visit.start().minus(escalateBeforeStart);
        Instant escalateAt = now.plus(escalateAfter).isBefore(latest) ? now.plus(escalateAfter) : latest;
        int inserted = jdbc.sql("""
                        insert into rota.cover_request (id, visit_id, person_id, absent_worker_id, starts_at, ends_at,
                            created_at, wave_started_at, escalate_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (visit_id, absent_worker_id) where status in ('open', 'escalated') do nothing""")
                .params(
                        id,
                        visit.id(),
                        visit.personId(),
                        absentWorkerId,
                        ts(visit.start()),
                        ts(visit.end()),
                        ts(now),
                        ts(now),
                        ts(escalateAt.isBefore(now) ? now : escalateAt))
                .update();
        if (inserted == 0) {
            return false;
        }
        Stored request = stored(id).orElseThrow();
        if (offer(request, 1, now) == 0 && offer(request, 2, now) == 0) {
            escalate(request, now);
        }
        return true;
    }

    /**
     * Moves requests on: to the second wave when the pool has had its time or has all said no, and to the
     * co-ordinators when nobody has accepted in time. Safe to run on several instances at once: each
     * request is taken with a row lock and skipped by the others.
     *
     * @return how many requests changed
     */
    @Transactional
    public int progress(Instant now) {
        List<UUID> due = jdbc.sql("""
                        select r.id from rota.cover_request r
                        where r.status = 'open' and (r.escalate_at <= :now
                            or (r.wave = 1 and r.wave_started_at <= :poolUntil)
                            or not exists (
                                select 1 from rota.cover_offer o
                                where o.request_id = r.id and o.wave = r.wave and o.answer is null))
                        order by r.starts_at
                        for update skip locked""")
                .param("now", ts(now))
                .param("poolUntil", ts(now.minus(poolFirstFor)))
                .query(UUID.class)
                .list();
        for (UUID id : due) {
            Stored request = stored(id).orElseThrow();
            if (!request.escalateAt().isAfter(now)) {
                escalate(request, now);
            } else {
                if (request.wave() == 1) {
                    jdbc.sql("update rota.cover_request set wave = 2, wave_started_at = ? where id = ?")
                            .params(ts(now), id)
                            .update();
                }
                // Everyone asked so far has answered (or the pool's time is up): ask the next best, and
                // when there is nobody left to ask, the co-ordinators.
                if (offer(request, 2, now) == 0 && openOffers(id) == 0) {
                    escalate(request, now);
                }
            }
        }
        return due.size();
    }

    /**
     * The worker takes the visit, if nobody else has: the request is locked, so of two workers accepting at
     * once exactly one gets it and the other is told it has been taken.
     *
     * @throws CoverRefused when the worker cannot have it
     */
    @Transactional
    public void accept(Caller worker, UUID requestId) {
        Stored request = jdbc.sql("select * from rota.cover_request where id = ? for update")
                .param(requestId)
                .query(Cover::row)
                .optional()
                .orElseThrow(() -> new CoverRefused(Refusal.NO_OFFER));
        if (!hasOffer(requestId, worker.accountId())) {
            throw new CoverRefused(Refusal.NO_OFFER);
        }
        if (!request.status().equals("open") && !request.status().equals("escalated")) {
            throw new CoverRefused(Refusal.TAKEN);
        }
        Instant now = clock.instant();
        if (!request.start().isAfter(now)) {
            throw new CoverRefused(Refusal.TOO_LATE);
        }
        try {
            visits.replaceWorker(VisitsApi.SYSTEM, request.visitId(), request.absentWorkerId(), worker.accountId());
        } catch (VisitClash clash) {
            answer(requestId, worker.accountId(), "busy", now);
            throw new CoverRefused(Refusal.BUSY);
        } catch (VisitException refused) {
            // The person excluded this worker after the offer was made.
            throw new CoverRefused(Refusal.NO_OFFER);
        }
        boolean wasEscalated = request.status().equals("escalated");
        jdbc.sql("update rota.cover_request set status = 'filled', filled_by = ?, closed_at = ? where id = ?")
                .params(worker.accountId(), ts(now), requestId)
                .update();
        answer(requestId, worker.accountId(), "accepted", now);
        jdbc.sql(
                        "update rota.cover_offer set answer = 'taken', answered_at = ? where request_id = ? and answer is null")
                .params(ts(now), requestId)
                .update();
        notify.withdraw(offerKey(requestId));
        tellWhoIsComing(request, worker.accountId(), wasEscalated, now);
    }

    /** The worker cannot take it; when everyone in the wave has said no, the next wave is offered at once. */
    @Transactional
    public void decline(Caller worker, UUID requestId) {
        if (!hasOffer(requestId, worker.accountId())) {
            throw new CoverRefused(Refusal.NO_OFFER);
        }
        Instant now = clock.instant();
        answer(requestId, worker.accountId(), "declined", now);
        progress(now);
    }

    /** The worker's offers that are still open, soonest visit first, and those answered in the last week. */
    @Transactional(readOnly = true)
    public List<Offer> offersFor(UUID workerId) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select r.*, o.answer, """ + COUNTS + """
                        from rota.cover_offer o join rota.cover_request r on r.id = o.request_id
                        where o.worker_id = ? and r.ends_at > ?
                          and (o.answer is null and r.status in ('open', 'escalated') or o.answered_at > ?)
                        order by r.starts_at, r.id""")
                .params(workerId, ts(now), ts(now.minus(Duration.ofDays(7))))
                .query((rs, n) -> new Offer(view(rs, n), rs.getString("answer")))
                .list();
    }

    /** Requests for the co-ordinators' board: open and escalated ones, and those filled in the last day. */
    @Transactional(readOnly = true)
    public List<Request> board() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select r.*, """ + COUNTS + """
                        from rota.cover_request r
                        where r.ends_at > ? and (r.status in ('open', 'escalated') or r.closed_at > ?)
                        order by case r.status when 'escalated' then 0 when 'open' then 1 else 2 end, r.starts_at, r.id""")
                .params(ts(now), ts(now.minus(Duration.ofDays(1))))
                .query(this::view)
                .list();
    }

    private int offer(Stored request, int wave, Instant now) {
        Set<UUID> excluded = matching.excludedWorkers(request.personId());
        Set<UUID> candidates = new LinkedHashSet<>();
        if (wave == 1) {
            candidates.addAll(matching.backupPool(request.personId()));
        } else {
            candidates.addAll(
                    matching.coverCandidates(request.personId(), request.start(), request.end(), waveSize * 4));
            candidates.addAll(people.workersOnCall(request.start(), request.end()));
        }
        Set<UUID> alreadyOffered = Set.copyOf(jdbc.sql("select worker_id from rota.cover_offer where request_id = ?")
                .param(request.id())
                .query(UUID.class)
                .list());
        List<UUID> chosen = new ArrayList<>();
        for (UUID worker : candidates) {
            if (chosen.size() == waveSize) {
                break;
            }
            if (worker.equals(request.absentWorkerId())
                    || excluded.contains(worker)
                    || alreadyOffered.contains(worker)
                    || !free(worker, request)) {
                continue;
            }
            chosen.add(worker);
        }
        String when = WHEN.format(request.start().atZone(zone));
        String personName = nameOf(request.personId());
        for (int rank = 0; rank < chosen.size(); rank++) {
            UUID worker = chosen.get(rank);
            jdbc.sql("""
                            insert into rota.cover_offer (request_id, worker_id, wave, rank, offered_at)
                            values (?, ?, ?, ?, ?)""").params(request.id(), worker, wave, rank, ts(now)).update();
            notify.send(new Notification(
                    worker,
                    Topic.COVER,
                    offerKey(request.id()),
                    text("cover.notify.offer.subject", when),
                    text("cover.notify.offer.body", nameOf(worker), personName, when, baseUrl + "/cover"),
                    text("cover.notify.offer.sms", personName, when, baseUrl + "/cover"),
                    now));
        }
        return chosen.size();
    }

    /** Whether the worker could go: available or on call then, and not booked for another visit. */
    private boolean free(UUID worker, Stored request) {
        AvailabilityAt availability = people.availabilityAt(worker, request.start(), request.end());
        if (availability != AvailabilityAt.AVAILABLE && availability != AvailabilityAt.ON_CALL) {
            return false;
        }
        return visits.workerSchedule(worker, request.start(), request.end()).stream()
                .noneMatch(v -> v.status() != VisitStatus.CANCELLED);
    }

    private void escalate(Stored request, Instant now) {
        jdbc.sql("update rota.cover_request set status = 'escalated', closed_at = ? where id = ? and status = 'open'")
                .params(ts(now), request.id())
                .update();
        String when = WHEN.format(request.start().atZone(zone));
        String personName = nameOf(request.personId());
        for (UUID coordinator : audience.coordinators()) {
            notify.send(new Notification(
                    coordinator,
                    Topic.COVER,
                    "cover-escalated:" + request.id(),
                    text("cover.notify.escalated.subject", personName, when),
                    text(
                            "cover.notify.escalated.body",
                            personName,
                            when,
                            nameOf(request.absentWorkerId()),
                            baseUrl + "/board"),
                    text("cover.notify.escalated.sms", personName, when),
                    now));
        }
    }

    private void tellWhoIsComing(Stored request, UUID coverWorker, boolean wasEscalated, Instant now) {
        String when = WHEN.format(request.start().atZone(zone));
        String coming = nameOf(coverWorker);
        String away = nameOf(request.absentWorkerId());
        String personName = nameOf(request.personId());
        for (UUID recipient : audience.personAndFamily(request.personId())) {
            boolean person = recipient.equals(request.personId());
            notify.send(new Notification(
                    recipient,
                    Topic.COVER,
                    "cover-filled:" + request.id(),
                    text("cover.notify.filled.subject", coming, when),
                    person
                            ? text("cover.notify.filled.body.person", coming, when, away)
                            : text("cover.notify.filled.body.family", coming, personName, when, away),
                    person
                            ? text("cover.notify.filled.sms.person", coming, when)
                            : text("cover.notify.filled.sms.family", coming, personName, when),
                    now));
        }
        if (wasEscalated) {
            for (UUID coordinator : audience.coordinators()) {
                notify.send(new Notification(
                        coordinator,
                        Topic.COVER,
                        "cover-filled:" + request.id(),
                        text("cover.notify.filled.subject", coming, when),
                        text("cover.notify.filled.body.family", coming, personName, when, away),
                        text("cover.notify.filled.sms.family", coming, personName, when),
                        now));
            }
        }
    }

    /** Withdraws the worker's open requests for visits from {@code at}: they are back, so they go themselves. */
    @Transactional
    public void withdrawFrom(UUID workerId, Instant at) {
        Instant now = clock.instant();
        List<UUID> withdrawn = jdbc.sql("""
                        update rota.cover_request set status = 'withdrawn', closed_at = ?
                        where absent_worker_id = ? and status in ('open', 'escalated') and starts_at >= ?
                        returning id""")
                .params(ts(now), workerId, ts(at))
                .query(UUID.class)
                .list();
        withdrawn.forEach(id -> notify.withdraw(offerKey(id)));
    }

    private boolean hasOffer(UUID requestId, UUID workerId) {
        return jdbc.sql("select exists (select 1 from rota.cover_offer where request_id = ? and worker_id = ?)")
                .params(requestId, workerId)
                .query(Boolean.class)
                .single();
    }

    private int openOffers(UUID requestId) {
        return jdbc.sql("select count(*) from rota.cover_offer where request_id = ? and answer is null")
                .param(requestId)
                .query(Integer.class)
                .single();
    }

    private void answer(UUID requestId, UUID workerId, String answer, Instant now) {
        jdbc.sql("""
                        update rota.cover_offer set answer = ?, answered_at = ?
                        where request_id = ? and worker_id = ? and answer is null""").params(answer, ts(now), requestId, workerId).update();
    }

    private Optional<Stored> stored(UUID id) {
        return jdbc.sql("select * from rota.cover_request where id = ?")
                .param(id)
                .query(Cover::row)
                .optional();
    }

    /** A listed request: a row of {@code rota.cover_request r} with the {@link #COUNTS} columns. */
    private Request view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Stored r = row(rs, n);
        return new Request(
                r.id(),
                r.visitId(),
                r.personId(),
                nameOf(r.personId()),
                r.absentWorkerId(),
                nameOf(r.absentWorkerId()),
                r.start(),
                r.end(),
                r.status(),
                r.wave(),
                r.filledBy() == null ? null : nameOf(r.filledBy()),
                rs.getInt("offered"),
                rs.getInt("declined"));
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }

    static String offerKey(UUID requestId) {
        return "cover-offer:" + requestId;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    record Stored(
            UUID id,
            UUID visitId,
            UUID personId,
            UUID absentWorkerId,
            Instant start,
            Instant end,
            String status,
            int wave,
            Instant escalateAt,
            @Nullable UUID filledBy) {}

    private static Stored row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Stored(
                rs.getObject("id", UUID.class),
                rs.getObject("visit_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("absent_worker_id", UUID.class),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(),
                rs.getString("status"),
                rs.getInt("wave"),
                rs.getTimestamp("escalate_at").toInstant(),
                rs.getObject("filled_by", UUID.class));
    }

    /** Moves cover requests on every minute ({@code carecoop.cover.check-interval}). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Job {

        @org.springframework.context.annotation.Bean
        com.github.kagkarlsson.scheduler.task.helper.RecurringTask<Void> coverProgressTask(
                Cover cover, Clock clock, @Value("${carecoop.cover.check-interval:1m}") Duration interval) {
            return com.github.kagkarlsson.scheduler.task.helper.Tasks.recurring(
                            "cover-progress",
                            com.github.kagkarlsson.scheduler.task.schedule.Schedules.fixedDelay(interval))
                    .execute((instance, context) -> cover.progress(clock.instant()));
        }
    }
}
