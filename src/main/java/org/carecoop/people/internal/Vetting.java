package org.carecoop.people.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingException;
import org.carecoop.people.VettingException.Problem;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;
import org.carecoop.people.WorkerChanged;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vetting (CH2): co-ordinators record and withdraw evidence; workers see their own checklist and
 * co-ordinators everyone's. Every change publishes {@link WorkerChanged}, since matching depends on
 * the tier, and every look at a worker's vetting by someone else is written to the access log.
 */
@Service
public class Vetting {

    public static final int NAME_MAX = 100;
    public static final int DETAILS_MAX = 500;
    public static final int REASON_MAX = 500;

    private static final String RECORD_TYPE = "vetting";

    private final VettingRecords records;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final long warnDays;

    Vetting(
            VettingRecords records,
            Accounts accounts,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${carecoop.vetting.warn-before:30d}") Duration warnBefore) {
        this.records = records;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.warnDays = warnBefore.toDays();
    }

    /** How many days ahead of expiry warnings start. */
    public long warnDays() {
        return warnDays;
    }

    /** Whether the account is a worker, volunteer or peer supporter, who can be vetted. */
    public static boolean vetted(Account account) {
        return ProfileSections.worker(account.roles());
    }

    /**
     * A co-ordinator records evidence for a worker.
     *
     * @throws VettingException when something is missing or not right; nothing is saved
     * @throws AccessDeniedException when the caller is not a co-ordinator at their own keyboard
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    @Transactional
    public UUID record(Caller caller, UUID workerId, VettingEvidence evidence) {
        requireCoordinator(caller);
        Account worker = worker(workerId);
        UUID id = insert(worker, evidence, caller.actorId());
        audit.record(AuditEntry.by(caller, clock.instant(), "CREATE", workerId, RECORD_TYPE, Outcome.ALLOWED)
                .withDetail("Recorded " + evidence.item().name() + " evidence"));
        return id;
    }

    /** Records evidence on the system's authority (demo data, imports) as checked by the co-ordinator given. */
    @Transactional
    public UUID recordBySystem(UUID workerId, UUID coordinatorId, VettingEvidence evidence) {
        Account coordinator =
                accounts.byId(coordinatorId).orElseThrow(() -> new IllegalArgumentException("No such co-ordinator"));
        if (!coordinator.hasRole(Role.COORDINATOR)) {
            throw new IllegalArgumentException("Evidence is checked by a co-ordinator");
        }
        UUID id = insert(worker(workerId), evidence, coordinatorId);
        audit.record(new AuditEntry(
                clock.instant(),
                null,
                ProfileEditing.SYSTEM_ACTOR,
                null,
                "CREATE",
                workerId,
                RECORD_TYPE,
                workerId.toString(),
                Outcome.ALLOWED,
                "Recorded " + evidence.item().name() + " evidence"));
        return id;
    }

    private UUID insert(Account worker, VettingEvidence evidence, UUID checkedBy) {
        VettingEvidence clean = checked(evidence, LocalDate.now(clock));
        UUID id = UUID.randomUUID();
        records.insert(id, worker.id(), clean, checkedBy, clock.instant());
        events.publishEvent(new WorkerChanged(worker.id()));
        return id;
    }

    /**
     * A co-ordinator withdraws a piece of evidence, saying why; it is kept for history but no longer
     * counts. Withdrawing it twice changes nothing the second time.
     *
     * @throws VettingException when the reason is missing or not right
     * @throws java.util.NoSuchElementException when the worker has no such evidence
     */
    @Transactional
    public void withdraw(Caller caller, UUID workerId, UUID evidenceId, String reason) {
        requireCoordinator(caller);
        VettingRecord record = records.byId(evidenceId)
                .filter(r -> r.workerId().equals(workerId))
                .orElseThrow(() -> new java.util.NoSuchElementException("No such evidence"));
        String tidy = reason.strip();
        if (tidy.isEmpty()) {
            throw new VettingException(List.of(new Problem("reason", "vetting.reason.required")));
        }
        if (tidy.length() > REASON_MAX) {
            throw new VettingException(List.of(new Problem("reason", "vetting.reason.size")));
        }
        if (!PlainText.Validator.plain(tidy)) {
            throw new VettingException(List.of(new Problem("reason", "validation.plainText")));
        }
        if (records.withdraw(record.id(), caller.actorId(), tidy, clock.instant())) {
            audit.record(AuditEntry.by(caller, clock.instant(), "WITHDRAW", workerId, RECORD_TYPE, Outcome.ALLOWED)
                    .withDetail("Withdrew " + record.item().name() + " evidence"));
            events.publishEvent(new WorkerChanged(workerId));
        }
    }

    /**
     * A worker's checklist, for the worker themself (or a co-ordinator acting for them) and for
     * co-ordinators. Looks by anyone but the worker are written to the access log; refusals too.
     *
     * @throws AccessDeniedException when the caller may not see it
     * @throws IllegalArgumentException when the account is not a worker, volunteer or peer supporter
     */
    @Transactional
    public VettingChecklist checklist(Caller caller, UUID workerId) {
        boolean own = caller.accountId().equals(workerId);
        boolean coordinator = caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
        if (!own && !coordinator) {
            audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", workerId, RECORD_TYPE, Outcome.DENIED));
            throw new AccessDeniedException("Only the worker and co-ordinators see a worker's vetting");
        }
        Account worker = worker(workerId);
        if (caller.assisted() || !own) {
            audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", workerId, RECORD_TYPE, Outcome.ALLOWED));
        }
        return VettingChecklist.of(
                workerId, worker.displayName(), records.of(workerId), LocalDate.now(clock), warnDays);
    }

    /**
     * Every worker, volunteer and peer supporter with their checklist today, for co-ordinators:
     * expired first, then the soonest to expire, then by name.
     */
    @Transactional(readOnly = true)
    public List<VettingChecklist> overview(Caller caller) {
        requireCoordinator(caller);
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<VettingRecord>> byWorker =
                records.all().stream().collect(Collectors.groupingBy(VettingRecord::workerId));
        Map<UUID, Account> workers = new LinkedHashMap<>();
        Stream.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER)
                .flatMap(role -> accounts.withRole(role).stream())
                .forEach(account -> workers.putIfAbsent(account.id(), account));
        List<VettingChecklist> lists = new ArrayList<>();
        for (Account worker : workers.values()) {
            lists.add(VettingChecklist.of(
                    worker.id(), worker.displayName(), byWorker.getOrDefault(worker.id(), List.of()), today, warnDays));
        }
        lists.sort(Comparator.comparing(Vetting::urgency)
                .thenComparing(c -> c.workerName().toLowerCase(java.util.Locale.ROOT)));
        return lists;
    }

    /** Days until the first warning's date (negative once expired); no warning sorts last. */
    private static long urgency(VettingChecklist checklist) {
        return checklist.warnings().stream()
                .map(VettingChecklist.Item::daysLeft)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(Long.MAX_VALUE);
    }

    @Transactional(readOnly = true)
    public VettingTiers tiers(UUID workerId) {
        return TierRule.tiers(records.of(workerId));
    }

    @Transactional(readOnly = true)
    public boolean hasEvidence(UUID workerId) {
        return records.any(workerId);
    }

    /** The worker, volunteer or peer supporter with this id. */
    public Account worker(UUID workerId) {
        return accounts.byId(workerId)
                .filter(Vetting::vetted)
                .orElseThrow(() -> new IllegalArgumentException("Not a worker, volunteer or peer supporter"));
    }

    private static void requireCoordinator(Caller caller) {
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("Only co-ordinators record vetting evidence");
        }
    }

    /** What is wrong with the evidence, if anything, as recording it today would find. */
    public List<Problem> problems(VettingEvidence evidence) {
        try {
            checked(evidence, LocalDate.now(clock));
            return List.of();
        } catch (VettingException e) {
            return e.problems();
        }
    }

    /**
     * The evidence checked and tidied: only the fields its item uses, text stripped.
     *
     * @throws VettingException listing every problem
     */
    static VettingEvidence checked(VettingEvidence e, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        VettingItem item = e.item();
        if (e.checkedOn().isAfter(today)) {
            problems.add(new Problem("checkedOn", "vetting.checkedOn.future"));
        }
        String certificate = null;
        LocalDate issuedOn = null;
        Boolean updateService = null;
        String referee = null;
        String relationship = null;
        if (item == VettingItem.DBS) {
            certificate =
                    e.certificateNumber() == null ? "" : e.certificateNumber().replace(" ", "");
            if (certificate.isEmpty()) {
                problems.add(new Problem("certificateNumber", "vetting.certificateNumber.required"));
            } else if (!certificate.matches("[0-9]{12}")) {
                problems.add(new Problem("certificateNumber", "vetting.certificateNumber.format"));
            }
            issuedOn = e.issuedOn();
            if (issuedOn == null) {
                problems.add(new Problem("issuedOn", "vetting.issuedOn.required"));
            } else if (issuedOn.isAfter(today)) {
                problems.add(new Problem("issuedOn", "vetting.issuedOn.future"));
            }
            updateService = e.updateService();
            if (updateService == null) {
                problems.add(new Problem("updateService", "vetting.updateService.required"));
            }
            if (e.validUntil() == null) {
                problems.add(new Problem("validUntil", "vetting.validUntil.dbsRequired"));
            } else if (issuedOn != null && !e.validUntil().isAfter(issuedOn)) {
                problems.add(new Problem("validUntil", "vetting.validUntil.afterIssue"));
            }
        }
        if (item == VettingItem.REFERENCE) {
            referee = text(e.refereeName(), "refereeName", NAME_MAX, true, problems);
            relationship = text(e.relationship(), "relationship", NAME_MAX, true, problems);
        }
        String details = text(e.details(), "details", DETAILS_MAX, item == VettingItem.QUALIFICATIONS, problems);
        if (e.validUntil() != null
                && e.validUntil().isBefore(e.checkedOn())
                && problems.stream().noneMatch(p -> p.field().equals("validUntil"))) {
            problems.add(new Problem("validUntil", "vetting.validUntil.beforeChecked"));
        }
        if (!problems.isEmpty()) {
            throw new VettingException(problems);
        }
        return new VettingEvidence(
                item,
                e.checkedOn(),
                e.validUntil(),
                certificate,
                issuedOn,
                updateService,
                referee,
                relationship,
                details);
    }

    private static String text(
            @org.jspecify.annotations.Nullable String value,
            String field,
            int max,
            boolean required,
            List<Problem> problems) {
        String tidy = value == null ? "" : value.strip();
        if (tidy.isEmpty() && required) {
            problems.add(new Problem(field, "vetting." + field + ".required"));
        } else if (tidy.length() > max) {
            problems.add(new Problem(field, "vetting." + field + ".size"));
        } else if (!PlainText.Validator.plain(tidy)) {
            problems.add(new Problem(field, "validation.plainText"));
        }
        return tidy;
    }
}
