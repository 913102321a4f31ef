package org.carecoop.teams.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Decision;
import org.carecoop.teams.Permission;
import org.carecoop.teams.Team;
import org.carecoop.teams.internal.PermissionRules.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link AccessPolicy} over the team's memberships, grants and break-glass openings as they are in
 * the database at the moment of asking, recording every decision in the access log.
 */
@Service
class RecordedAccessPolicy implements AccessPolicy {

    static final String BREAK_GLASS = "BREAK_GLASS";

    private final Teams teams;
    private final Grants grants;
    private final BreakGlassOpenings openings;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration breakGlassDuration;
    private final BookedVisits visits;
    private final Duration coverBefore;
    private final Duration coverAfter;
    private final TransactionTemplate ownTransaction;

    RecordedAccessPolicy(
            Teams teams,
            Grants grants,
            BreakGlassOpenings openings,
            BookedVisits visits,
            AuditLog audit,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${carecoop.teams.break-glass-duration:1h}") Duration breakGlassDuration,
            @Value("${carecoop.teams.cover-access-before:1h}") Duration coverBefore,
            @Value("${carecoop.teams.cover-access-after:1h}") Duration coverAfter) {
        this.teams = teams;
        this.grants = grants;
        this.openings = openings;
        this.audit = audit;
        this.clock = clock;
        this.breakGlassDuration = breakGlassDuration;
        this.visits = visits;
        this.coverBefore = coverBefore;
        this.coverAfter = coverAfter;
        // Its own transaction, so that a refusal stays in the log when the caller's work rolls back.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public Decision decide(Caller caller, UUID personId, Category category, Action action) {
        Decision decision = ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Decision d = decideAt(caller, personId, new Permission(category, action), now);
            if (d.reason() == Decision.Reason.OWN_RECORD && !caller.assisted()) {
                return d;
            }
            audit.record(AuditEntry.by(
                            caller,
                            now,
                            action.name(),
                            personId,
                            category.code(),
                            d.allowed() ? AuditEntry.Outcome.ALLOWED : AuditEntry.Outcome.DENIED)
                    .withDetail(d.reason().code()));
            return d;
        });
        if (decision == null) {
            throw new IllegalStateException("no decision");
        }
        return decision;
    }

    @Override
    public void check(Caller caller, UUID personId, Category category, Action action) {
        Decision decision = decide(caller, personId, category, action);
        if (!decision.allowed()) {
            throw new AccessDeniedException(action + " " + category.code() + " refused: "
                    + decision.reason().code());
        }
    }

    @Override
    public void breakGlass(Caller caller, UUID personId, String reason) {
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required to break the glass");
        }
        boolean coordinator = caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
        ownTransaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (coordinator) {
                openings.open(personId, caller.accountId(), reason.strip(), now, now.plus(breakGlassDuration));
            }
            audit.record(AuditEntry.by(
                            caller,
                            now,
                            BREAK_GLASS,
                            personId,
                            "record",
                            coordinator ? AuditEntry.Outcome.ALLOWED : AuditEntry.Outcome.DENIED)
                    .withDetail(reason.strip()));
        });
        if (!coordinator) {
            throw new AccessDeniedException("only co-ordinators may break the glass");
        }
    }

    private Decision decideAt(Caller caller, UUID personId, Permission wanted, Instant now) {
        return decideFor(caller.accountId(), caller.hasRole(Role.COORDINATOR.name()), personId, wanted, now);
    }

    /** The decision for an account, from the team, grants, visits and openings as they are now. */
    Decision decideFor(UUID accountId, boolean coordinator, UUID personId, Permission wanted, Instant now) {
        if (accountId.equals(personId)) {
            return PermissionRules.decide(Relationship.SELF, wanted, Settings.NONE, Settings.NONE, false, false);
        }
        Optional<UUID> teamId = teams.teamIdOf(personId);
        Optional<Team.Member> member = teamId.flatMap(id -> teams.openMembership(id, accountId));
        if (teamId.isPresent() && member.isPresent()) {
            return PermissionRules.decide(
                    Relationship.of(member.get().role()),
                    wanted,
                    grants.ofMember(teamId.get(), accountId),
                    grants.ofCircle(teamId.get(), member.get().role().circle()),
                    member.get().givesPersonalCare(),
                    false);
        }
        if (coordinator && openings.inForce(personId, accountId, now)) {
            return PermissionRules.decide(Relationship.COORDINATOR, wanted, Settings.NONE, Settings.NONE, false, true);
        }
        if (visits.coverOpen(personId, accountId, now, coverBefore, coverAfter)) {
            return PermissionRules.decide(
                    Relationship.EMERGENCY_COVER, wanted, Settings.NONE, Settings.NONE, false, false);
        }
        Relationship outsider = coordinator ? Relationship.COORDINATOR : Relationship.STRANGER;
        return PermissionRules.decide(outsider, wanted, Settings.NONE, Settings.NONE, false, false);
    }
}
