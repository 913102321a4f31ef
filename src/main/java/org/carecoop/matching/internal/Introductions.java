package org.carecoop.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.IntroductionException.Reason;
import org.carecoop.matching.internal.IntroductionState.Decision;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.IntroductionState.Status;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Introductions (CH4), from an invitation to a regular arrangement or a no-fault end. Every change
 * locks the introduction's row first, so two people acting at the same moment (both deciding, say)
 * take turns and the second sees what the first did: both continuing makes exactly one arrangement.
 * Who may do what: the worker invited, and whoever may act for the person ({@link RequestAccess}).
 */
@Service
public class Introductions {

    /** The longest a message between the two sides may be. */
    public static final int MESSAGE_MAX = 2000;

    private static final Set<Role> WORKER_ROLES = Set.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    private static final String COLUMNS = """
            id, request_id, person_id, worker_id, status, invited_at, trial_visit_id, trial_starts_at,
            trial_ends_at, person_decision, worker_decision, arrangement_id""";

    private final JdbcClient jdbc;
    private final RequestAccess access;
    private final Requests requests;
    private final Exclusions exclusions;
    private final Arrangements arrangements;
    private final PeopleApi people;
    private final VisitsApi visits;
    private final AuditLog audit;
    private final Notifier notifier;
    private final Clock clock;
    private final TransactionTemplate transactions;

    Introductions(
            JdbcClient jdbc,
            RequestAccess access,
            Requests requests,
            Exclusions exclusions,
            Arrangements arrangements,
            PeopleApi people,
            VisitsApi visits,
            AuditLog audit,
            Notifier notifier,
            Clock clock,
            PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.access = access;
        this.requests = requests;
        this.exclusions = exclusions;
        this.arrangements = arrangements;
        this.people = people;
        this.visits = visits;
        this.audit = audit;
        this.notifier = notifier;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A message between the two sides. */
    public record Message(UUID authorId, Instant sentAt, String body) {}

    /** An introduction as one side sees it. */
    public record Seen(Introduction introduction, Side side) {}

    /**
     * The person (or someone acting for them) invites a worker to meet, from one of their requests,
     * and the worker is emailed.
     *
     * @return the new introduction's id
     * @throws AccessDeniedException when the caller may not act for the person
     * @throws IntroductionException when the request is not the person's or is closed, the account is
     *     not a worker or is the person, either side excluded the other, or the two already have an
     *     introduction in progress or an arrangement
     */
    @Transactional
    public UUID invite(Caller by, UUID personId, UUID requestId, UUID workerId) {
        if (!access.mayAct(by, personId)) {
            throw new AccessDeniedException("may not act for this person");
        }
        SupportRequest request = requests.find(requestId)
                .filter(r -> r.personId().equals(personId))
                .orElseThrow(() -> new IntroductionException(Reason.NOT_FOUND));
        if (!request.isOpen()) {
            throw new IntroductionException(Reason.REQUEST_CLOSED);
        }
        if (workerId.equals(personId)) {
            throw new IntroductionException(Reason.SELF);
        }
        AccountSummary worker = people.account(workerId)
                .filter(a -> a.roles().stream().anyMatch(WORKER_ROLES::contains))
                .orElseThrow(() -> new IntroductionException(Reason.NOT_A_WORKER));
        if (exclusions.excluded(personId, workerId)) {
            throw new IntroductionException(Reason.EXCLUDED);
        }
        if (arrangements.activeBetween(personId, workerId).isPresent()) {
            throw new IntroductionException(Reason.ALREADY_ARRANGED);
        }
        UUID id = UUID.randomUUID();
        // The partial unique index lets one introduction at a time be in progress for the pair.
        int inserted = jdbc.sql("""
                        insert into matching.introduction (id, request_id, person_id, worker_id, status,
                            invited_by, invited_at)
                        values (?, ?, ?, ?, 'invited', ?, ?) on conflict do nothing""")
                .params(id, requestId, personId, workerId, by.actorId(), Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            throw new IntroductionException(Reason.LIVE_INTRODUCTION);
        }
        notifier.tell(worker.id(), "introductions.email.invited", personFirstName(personId), "/introductions/" + id);
        return id;
    }

    /**
     * The introduction, for one of its sides: the worker, or someone who may read the person's plans.
     * A worker's look is written to the person's access log (a reader's is, by {@link RequestAccess}).
     *
     * @throws IntroductionException when there is none
     * @throws AccessDeniedException when the caller is neither side
     */
    @Transactional
    public Seen view(Caller by, UUID introductionId) {
        Introduction intro = find(introductionId).orElseThrow(() -> new IntroductionException(Reason.NOT_FOUND));
        if (by.accountId().equals(intro.workerId())) {
            audit.record(AuditEntry.by(
                            by, clock.instant(), "VIEW", intro.personId(), "introduction", AuditEntry.Outcome.ALLOWED)
                    .withDetail("Opened an introduction to meet (" + intro.id() + ")"));
            return new Seen(intro, Side.WORKER);
        }
        if (access.mayRead(by, intro.personId())) {
            return new Seen(intro, Side.PERSON);
        }
        throw new AccessDeniedException("not a side of this introduction");
    }

    /** Whether the caller may act for the person's side (answering, deciding, writing). */
    public boolean mayActFor(Caller by, Introduction intro) {
        return by.accountId().equals(intro.workerId()) || access.mayAct(by, intro.personId());
    }

    /** The worker accepts or declines the invitation; the person is told either way. */
    @Transactional
    public void respond(Caller by, UUID introductionId, boolean accept) {
        Introduction intro = locked(introductionId);
        if (!by.accountId().equals(intro.workerId())) {
            throw new AccessDeniedException("only the worker invited answers");
        }
        IntroductionState next = accept ? intro.state().accept() : intro.state().decline();
        jdbc.sql("update matching.introduction set status = ?, responded_at = ? where id = ?")
                .params(next.status().code(), Timestamp.from(clock.instant()), introductionId)
                .update();
        notifier.tell(
                intro.personId(),
                accept ? "introductions.email.accepted" : "introductions.email.declined",
                Notifier.firstName(name(intro.workerId())),
                "/introductions/" + introductionId);
    }

    /**
     * Either side sets or moves the trial session; it is booked as a visit to the person by the
     * worker, so it is in the person's schedule and the worker has the visiting worker's access around
     * it. Visits are booked in their own transactions (the visits module books that way), so: an
     * earlier trial visit is cancelled first with a reason (the new time may overlap it), then the new
     * visit is booked; if that fails, the earlier time is booked again and the error is passed on.
     * Finally the introduction takes the new visit; if it changed meanwhile, the new visit is cancelled
     * again and nothing else changes.
     *
     * @throws org.carecoop.visits.VisitClash when the worker is booked for another visit then
     * @throws org.carecoop.visits.VisitException when the visit cannot be booked (too long, say)
     */
    public void arrangeTrial(Caller by, UUID introductionId, Instant start, Instant end) {
        Introduction before = transactions.execute(status -> {
            Introduction intro = locked(introductionId);
            actingSide(by, intro);
            intro.state().arrangeTrial(start, end, clock.instant());
            return intro;
        });
        UUID earlier = before.trialVisitId();
        if (earlier != null) {
            try {
                visits.cancel(VisitsApi.SYSTEM, earlier, "The trial session was moved to another time");
            } catch (VisitException e) {
                // Someone else moved or called off the trial meanwhile.
                throw new IntroductionException(Reason.NOT_NOW);
            }
        }
        UUID visitId;
        try {
            visitId = visits.book(VisitsApi.SYSTEM, before.personId(), List.of(before.workerId()), start, end);
        } catch (RuntimeException e) {
            if (earlier != null) {
                rebookEarlier(before);
            }
            throw e;
        }
        Side side = transactions.execute(status -> {
            Introduction intro = locked(introductionId);
            Side acting = actingSide(by, intro);
            IntroductionState next;
            try {
                if (!java.util.Objects.equals(intro.trialVisitId(), earlier)) {
                    throw new IntroductionException(Reason.NOT_NOW);
                }
                next = intro.state().arrangeTrial(start, end, clock.instant());
            } catch (IntroductionException e) {
                visits.cancel(VisitsApi.SYSTEM, visitId, "The trial session was changed by someone else meanwhile");
                throw e;
            }
            jdbc.sql("""
                            update matching.introduction set status = ?, trial_visit_id = ?, trial_starts_at = ?,
                                trial_ends_at = ? where id = ?""")
                    .params(next.status().code(), visitId, Timestamp.from(start), Timestamp.from(end), introductionId)
                    .update();
            return acting;
        });
        tellOtherSide(before, side, "introductions.email.trial");
    }

    /**
     * Books the trial's earlier time again after moving it failed, and points the introduction at the
     * new booking; if even that cannot be booked, the introduction keeps its time without a visit.
     */
    private void rebookEarlier(Introduction before) {
        UUID again = null;
        try {
            again = visits.book(
                    VisitsApi.SYSTEM,
                    before.personId(),
                    List.of(before.workerId()),
                    before.state().trialStart(),
                    before.state().trialEnd());
        } catch (VisitException e) {
            // The earlier time was taken meanwhile: the introduction keeps its time without a visit.
        }
        jdbc.sql("update matching.introduction set trial_visit_id = ? where id = ? and trial_visit_id = ?")
                .params(again, before.id(), before.trialVisitId())
                .update();
    }

    /**
     * One side's private, final decision after the trial has started. Both continuing starts an
     * arrangement; either ending ends the introduction.
     *
     * @return the introduction's state after the decision
     */
    @Transactional
    public IntroductionState decide(Caller by, UUID introductionId, Decision decision) {
        Introduction intro = locked(introductionId);
        Side side = actingSide(by, intro);
        Instant now = clock.instant();
        IntroductionState next = intro.state().decide(side, decision, now);
        String column = side == Side.PERSON ? "person" : "worker";
        UUID arrangementId = null;
        if (next.status() == Status.CONTINUING) {
            arrangementId = arrangements.start(intro.personId(), intro.workerId(), introductionId, now);
        }
        jdbc.sql("update matching.introduction set status = ?, " + column + "_decision = ?, " + column
                        + "_decided_at = ?, ended_at = ?, arrangement_id = ? where id = ?")
                .params(
                        next.status().code(),
                        decision.code(),
                        Timestamp.from(now),
                        next.status() == Status.ENDED ? Timestamp.from(now) : null,
                        arrangementId,
                        introductionId)
                .update();
        return next;
    }

    /** Either side calls the introduction off before the trial; a booked trial visit is cancelled. */
    @Transactional
    public void withdraw(Caller by, UUID introductionId) {
        Introduction intro = locked(introductionId);
        Side side = actingSide(by, intro);
        Instant now = clock.instant();
        IntroductionState next = intro.state().withdraw(now);
        if (intro.trialVisitId() != null) {
            visits.cancel(VisitsApi.SYSTEM, intro.trialVisitId(), "The introduction was called off");
        }
        jdbc.sql("update matching.introduction set status = ?, ended_at = ?, trial_visit_id = null where id = ?")
                .params(next.status().code(), Timestamp.from(now), introductionId)
                .update();
        tellOtherSide(intro, side, "introductions.email.withdrawn");
    }

    /** A message from one side to the other; plain text checked by the caller. */
    @Transactional
    public void postMessage(Caller by, UUID introductionId, String body) {
        Introduction intro = locked(introductionId);
        actingSide(by, intro);
        if (!intro.state().mayMessage()) {
            throw new IntroductionException(Reason.NOT_NOW);
        }
        jdbc.sql("""
                        insert into matching.introduction_message (id, introduction_id, author_id, author_actor_id,
                            body, sent_at) values (?, ?, ?, ?, ?, ?)""")
                .params(
                        UUID.randomUUID(),
                        introductionId,
                        by.accountId(),
                        by.actorId(),
                        body,
                        Timestamp.from(clock.instant()))
                .update();
    }

    /** The messages, oldest first. */
    public List<Message> messages(UUID introductionId) {
        return jdbc.sql("""
                        select author_id, sent_at, body from matching.introduction_message
                        where introduction_id = ? order by sent_at, id""")
                .param(introductionId)
                .query((rs, n) -> new Message(
                        rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3)))
                .list();
    }

    /** The person's introductions, newest first. */
    public List<Introduction> ofPerson(UUID personId) {
        return jdbc.sql("select " + COLUMNS
                        + " from matching.introduction where person_id = ? order by invited_at desc, id")
                .param(personId)
                .query(Introductions::row)
                .list();
    }

    /** The worker's invitations and introductions, newest first. */
    public List<Introduction> ofWorker(UUID workerId) {
        return jdbc.sql("select " + COLUMNS
                        + " from matching.introduction where worker_id = ? order by invited_at desc, id")
                .param(workerId)
                .query(Introductions::row)
                .list();
    }

    public Optional<Introduction> find(UUID introductionId) {
        return jdbc.sql("select " + COLUMNS + " from matching.introduction where id = ?")
                .param(introductionId)
                .query(Introductions::row)
                .optional();
    }

    /** The account's name, or empty when it has gone. */
    public String name(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private String personFirstName(UUID personId) {
        return Notifier.firstName(name(personId));
    }

    private void tellOtherSide(Introduction intro, Side side, String key) {
        String path = "/introductions/" + intro.id();
        if (side == Side.PERSON) {
            notifier.tell(intro.workerId(), key, personFirstName(intro.personId()), path);
        } else {
            notifier.tell(intro.personId(), key, Notifier.firstName(name(intro.workerId())), path);
        }
    }

    private Side actingSide(Caller by, Introduction intro) {
        if (by.accountId().equals(intro.workerId())) {
            return Side.WORKER;
        }
        if (access.mayAct(by, intro.personId())) {
            return Side.PERSON;
        }
        throw new AccessDeniedException("not a side of this introduction");
    }

    /** The introduction with its row locked until the transaction ends. */
    private Introduction locked(UUID introductionId) {
        return jdbc.sql("select " + COLUMNS + " from matching.introduction where id = ? for update")
                .param(introductionId)
                .query(Introductions::row)
                .optional()
                .orElseThrow(() -> new IntroductionException(Reason.NOT_FOUND));
    }

    private static Introduction row(ResultSet rs, int n) throws SQLException {
        return new Introduction(
                rs.getObject("id", UUID.class),
                rs.getObject("request_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("worker_id", UUID.class),
                new IntroductionState(
                        Status.ofCode(rs.getString("status")),
                        instant(rs.getTimestamp("trial_starts_at")),
                        instant(rs.getTimestamp("trial_ends_at")),
                        decision(rs.getString("person_decision")),
                        decision(rs.getString("worker_decision"))),
                rs.getTimestamp("invited_at").toInstant(),
                rs.getObject("trial_visit_id", UUID.class),
                rs.getObject("arrangement_id", UUID.class));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Decision decision(@Nullable String code) {
        return code == null ? null : Decision.ofCode(code);
    }
}
