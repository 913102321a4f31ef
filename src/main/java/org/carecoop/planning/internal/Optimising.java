package org.carecoop.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.RotaApi;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What co-ordinators do with optimisations (CO5): start one for an area and a period, follow it, and
 * accept or discard its plan. Only co-ordinators at their own keyboard may; anyone else is refused with
 * {@link AccessDeniedException}.
 */
@Service
public class Optimising {

    /** The longest period planned at once: a week. */
    public static final int LONGEST_DAYS = 7;

    /** How far ahead a period may start. */
    public static final Period FURTHEST_AHEAD = Period.ofWeeks(8);

    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");

    private final Optimisations optimisations;
    private final OptimisationRunner runner;
    private final ProblemBuilder problems;
    private final RotaApi rota;
    private final AuditLog audit;
    private final Clock clock;

    Optimising(
            Optimisations optimisations,
            OptimisationRunner runner,
            ProblemBuilder problems,
            RotaApi rota,
            AuditLog audit,
            Clock clock) {
        this.optimisations = optimisations;
        this.runner = runner;
        this.problems = problems;
        this.rota = rota;
        this.audit = audit;
        this.clock = clock;
    }

    /** Why a request to optimise is refused, as a message key suffix and the field it is about. */
    public enum Refusal {
        AREA_MISSING("area"),
        AREA("area"),
        FROM_MISSING("from"),
        TO_MISSING("to"),
        FROM_PAST("from"),
        FROM_FAR("from"),
        TO_BEFORE("to"),
        TOO_LONG("to");

        private final String field;

        Refusal(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** The request to optimise is not right. */
    public static class Refused extends RuntimeException {
        private final Refusal refusal;

        public Refused(Refusal refusal) {
            super(refusal.name());
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** The areas with booked visits in the coming eight weeks, to choose from. */
    @Transactional(readOnly = true)
    public List<String> areas(Caller caller) {
        coordinator(caller);
        return problems.areas(LocalDate.now(clock)
                .plus(FURTHEST_AHEAD)
                .atStartOfDay(clock.getZone())
                .toInstant());
    }

    /**
     * Queues an optimisation of the area from {@code from} to {@code to} (whole days, inclusive).
     *
     * @throws Refused when the area or the dates are not right
     * @throws AlreadyOptimising when one is queued or running for the area
     */
    @Transactional
    public UUID start(Caller caller, String area, LocalDate from, LocalDate to) {
        coordinator(caller);
        String district = area.strip().toUpperCase(Locale.ROOT);
        if (!DISTRICT.matcher(district).matches()) {
            throw new Refused(Refusal.AREA);
        }
        LocalDate today = LocalDate.now(clock);
        if (from.isBefore(today)) {
            throw new Refused(Refusal.FROM_PAST);
        }
        if (from.isAfter(today.plus(FURTHEST_AHEAD))) {
            throw new Refused(Refusal.FROM_FAR);
        }
        if (to.isBefore(from)) {
            throw new Refused(Refusal.TO_BEFORE);
        }
        if (!to.isBefore(from.plusDays(LONGEST_DAYS))) {
            throw new Refused(Refusal.TOO_LONG);
        }
        Instant now = clock.instant();
        UUID id = optimisations.create(district, from, to, caller.accountId(), now);
        audit.record(entry(caller, "OPTIMISE", id, district + " " + from + " to " + to));
        afterCommit(() -> runner.schedule(id, 1));
        return id;
    }

    @Transactional(readOnly = true)
    public Optimisation find(Caller caller, UUID id) {
        coordinator(caller);
        return optimisations.find(id).orElseThrow(() -> new NoSuchOptimisation(id));
    }

    @Transactional(readOnly = true)
    public List<Optimisation> recent(Caller caller) {
        coordinator(caller);
        return optimisations.recent(20);
    }

    /**
     * Applies the plan through the rota and marks the job accepted, in one transaction.
     *
     * @throws NotDecidable when the job has not finished, or was decided on already
     * @throws org.carecoop.rota.RotaChanged when the rota changed since the plan was made
     */
    @Transactional
    public void accept(Caller caller, UUID id) {
        Optimisation job = find(caller, id);
        if (!job.decidable() || job.comparison() == null) {
            throw new NotDecidable(id);
        }
        if (!optimisations.decide(id, "accepted", caller.accountId(), clock.instant(), true)) {
            throw new NotDecidable(id);
        }
        rota.applyPlan(caller, id.toString(), job.comparison().planChanges());
        audit.record(entry(caller, "ACCEPT", id, job.comparison().changes().size() + " visits changed"));
    }

    /**
     * Sets the job aside; a running one stops at its next progress check.
     *
     * @throws NotDecidable when it was decided on already, or failed
     */
    @Transactional
    public void discard(Caller caller, UUID id) {
        find(caller, id);
        if (!optimisations.decide(id, "discarded", caller.accountId(), clock.instant(), false)) {
            throw new NotDecidable(id);
        }
        audit.record(entry(caller, "DISCARD", id, null));
    }

    /** There is no such job. */
    public static class NoSuchOptimisation extends RuntimeException {
        NoSuchOptimisation(UUID id) {
            super("No optimisation " + id);
        }
    }

    /** The job cannot be accepted or discarded in the state it is in. */
    public static class NotDecidable extends RuntimeException {
        NotDecidable(UUID id) {
            super("Optimisation " + id + " cannot be decided on now");
        }
    }

    /**
     * Checks that the caller may optimise, before anything they sent is looked at.
     *
     * @throws AccessDeniedException when they are not a co-ordinator at their own keyboard
     */
    public static void coordinator(Caller caller) {
        if (caller.assisted() || !caller.hasRole(Role.COORDINATOR.name())) {
            throw new AccessDeniedException("optimising the rota is for co-ordinators");
        }
    }

    private AuditEntry entry(Caller caller, String action, UUID id, @Nullable String detail) {
        return new AuditEntry(
                clock.instant(),
                caller.actorId(),
                caller.actorName(),
                null,
                action,
                null,
                "optimisation",
                id.toString(),
                AuditEntry.Outcome.ALLOWED,
                detail);
    }

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
