package org.carecoop.teams.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TeamsApi}: the person, or a nominee of theirs, manages the team; every change is logged. */
@Service
class TeamManagement implements TeamsApi {

    static final String INVITED = "Invited";
    static final String PERMISSIONS = "permissions";

    private final Teams teams;
    private final Grants grants;
    private final AuditLog audit;
    private final Clock clock;

    TeamManagement(Teams teams, Grants grants, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Team> teamOf(UUID personId) {
        return teams.ofPerson(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Team> teamsOf(UUID memberId) {
        return teams.ofMember(memberId);
    }

    @Override
    @Transactional
    public void addMember(Caller by, UUID personId, UUID accountId, MemberRole role) {
        if (role == MemberRole.WORKER) {
            throw new IllegalArgumentException("workers join through their arrangements and visits");
        }
        UUID teamId = managedTeam(by, personId);
        Instant now = clock.instant();
        teams.join(teamId, accountId, role, INVITED, now);
        log(by, now, "ADD_MEMBER", personId, role + " " + accountId);
    }

    @Override
    @Transactional
    public void setGivesPersonalCare(Caller by, UUID personId, UUID workerId, boolean givesPersonalCare) {
        UUID teamId = managedTeam(by, personId);
        teams.setGivesPersonalCare(teamId, workerId, givesPersonalCare);
        log(by, clock.instant(), "PERSONAL_CARE", personId, workerId + " " + givesPersonalCare);
    }

    @Override
    @Transactional
    public void grant(Caller by, UUID personId, UUID memberId, Category category, Action action) {
        UUID teamId = managedTeam(by, personId);
        requireMember(teamId, memberId);
        Instant now = clock.instant();
        grants.grant(teamId, memberId, new Permission(category, action), by.accountId(), now);
        log(by, now, "GRANT", personId, action + " " + category.code() + " to " + memberId);
    }

    @Override
    @Transactional
    public void revoke(Caller by, UUID personId, UUID memberId, Category category, Action action) {
        UUID teamId = managedTeam(by, personId);
        requireMember(teamId, memberId);
        Instant now = clock.instant();
        grants.revoke(teamId, memberId, new Permission(category, action), by.accountId(), now);
        log(by, now, "REVOKE", personId, action + " " + category.code() + " from " + memberId);
    }

    /** The person's team, when the caller is the person or their nominee. */
    private UUID managedTeam(Caller by, UUID personId) {
        Optional<UUID> teamId = teams.teamIdOf(personId);
        boolean self = by.accountId().equals(personId);
        boolean nominee = teamId.flatMap(id -> teams.openMembership(id, by.accountId()))
                .filter(m -> m.role() == MemberRole.NOMINEE)
                .isPresent();
        if (!self && !nominee) {
            throw new AccessDeniedException("only the person or their nominee may change their team");
        }
        return teamId.orElseThrow(() -> new IllegalStateException("no team has formed yet"));
    }

    private void requireMember(UUID teamId, UUID memberId) {
        if (teams.openMembership(teamId, memberId).isEmpty()) {
            throw new IllegalArgumentException("not a member of this team: " + memberId);
        }
    }

    private void log(Caller by, Instant at, String action, UUID personId, String detail) {
        audit.record(AuditEntry.by(by, at, action, personId, PERMISSIONS, AuditEntry.Outcome.ALLOWED)
                .withDetail(detail));
    }
}
