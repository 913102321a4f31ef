package org.carecoop.teams.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.CleanedImage;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessOverview;
import org.carecoop.teams.AccessOverview.CircleAccess;
import org.carecoop.teams.AccessOverview.CoverAccess;
import org.carecoop.teams.AccessOverview.Entitlement;
import org.carecoop.teams.AccessOverview.MemberAccess;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Circle;
import org.carecoop.teams.Decision;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Permission;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamLogo;
import org.carecoop.teams.TeamsApi;
import org.carecoop.teams.internal.PermissionRules.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TeamsApi}: the person, or a nominee of theirs, manages the team; every change is logged. */
@Service
class TeamManagement implements TeamsApi {

    static final String INVITED = "Invited";
    static final String PERMISSIONS = "permissions";
    static final String TEAM = "team";
    private static final int OPENINGS_SHOWN = 20;

    private final Teams teams;
    private final Grants grants;
    private final BreakGlassOpenings openings;
    private final BookedVisits visits;
    private final PeopleApi people;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration coverBefore;
    private final Duration coverAfter;

    TeamManagement(
            Teams teams,
            Grants grants,
            BreakGlassOpenings openings,
            BookedVisits visits,
            PeopleApi people,
            AuditLog audit,
            Clock clock,
            @Value("${carecoop.teams.cover-access-before:1h}") Duration coverBefore,
            @Value("${carecoop.teams.cover-access-after:1h}") Duration coverAfter) {
        this.teams = teams;
        this.grants = grants;
        this.openings = openings;
        this.visits = visits;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.coverBefore = coverBefore;
        this.coverAfter = coverAfter;
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
    @Transactional(readOnly = true)
    public boolean mayManage(Caller caller, UUID personId) {
        if (caller.accountId().equals(personId)) {
            return true;
        }
        return teams.teamIdOf(personId)
                .flatMap(id -> teams.openMembership(id, caller.accountId()))
                .filter(m -> m.role() == MemberRole.NOMINEE)
                .isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayViewTeam(Caller caller, UUID personId) {
        if (caller.accountId().equals(personId)) {
            return true;
        }
        boolean member = teams.teamIdOf(personId)
                .flatMap(id -> teams.openMembership(id, caller.accountId()))
                .isPresent();
        return member
                || (caller.hasRole(Role.COORDINATOR.name())
                        && openings.inForce(personId, caller.accountId(), clock.instant()));
    }

    @Override
    @Transactional
    public void addMember(Caller by, UUID personId, UUID accountId, MemberRole role) {
        if (role == MemberRole.WORKER) {
            throw new IllegalArgumentException("workers join through their arrangements and visits");
        }
        if (accountId.equals(personId)) {
            throw new IllegalArgumentException("the person is not a member of their own team");
        }
        UUID teamId = managedTeam(by, personId);
        Instant now = clock.instant();
        teams.join(teamId, accountId, role, INVITED, now);
        log(by, now, "ADD_MEMBER", personId, TEAM, role.name() + " " + nameOf(accountId));
    }

    @Override
    @Transactional
    public void removeMember(Caller by, UUID personId, UUID memberId) {
        UUID teamId = managedTeam(by, personId);
        Team.Member member = teams.openMembership(teamId, memberId)
                .filter(m -> m.role() != MemberRole.WORKER)
                .orElseThrow(() -> new IllegalArgumentException("not an invited member of this team: " + memberId));
        Instant now = clock.instant();
        teams.leave(teamId, memberId, now);
        log(by, now, "REMOVE_MEMBER", personId, TEAM, member.role().name() + " " + nameOf(memberId));
    }

    @Override
    @Transactional
    public void setGivesPersonalCare(Caller by, UUID personId, UUID workerId, boolean givesPersonalCare) {
        UUID teamId = managedTeam(by, personId);
        teams.setGivesPersonalCare(teamId, workerId, givesPersonalCare);
        log(by, clock.instant(), "PERSONAL_CARE", personId, PERMISSIONS, givesPersonalCare + " " + nameOf(workerId));
    }

    @Override
    @Transactional
    public void grant(Caller by, UUID personId, UUID memberId, Category category, Action action) {
        UUID teamId = managedTeam(by, personId);
        requireMember(teamId, memberId);
        Instant now = clock.instant();
        grants.grantMember(teamId, memberId, new Permission(category, action), by.accountId(), now);
        log(by, now, "GRANT", personId, PERMISSIONS, new Permission(category, action).code() + " " + nameOf(memberId));
    }

    @Override
    @Transactional
    public void revoke(Caller by, UUID personId, UUID memberId, Category category, Action action) {
        UUID teamId = managedTeam(by, personId);
        requireMember(teamId, memberId);
        Instant now = clock.instant();
        grants.revokeMember(teamId, memberId, new Permission(category, action), by.accountId(), now);
        log(by, now, "REVOKE", personId, PERMISSIONS, new Permission(category, action).code() + " " + nameOf(memberId));
    }

    @Override
    @Transactional
    public void setMemberPermissions(Caller by, UUID personId, UUID memberId, Set<Permission> allowed) {
        UUID teamId = managedTeam(by, personId);
        teams.lockPerson(personId);
        Team.Member member = teams.openMembership(teamId, memberId)
                .orElseThrow(() -> new IllegalArgumentException("not a member of this team: " + memberId));
        Relationship relationship = Relationship.of(member.role());
        Settings own = grants.ofMember(teamId, memberId);
        Settings circle = grants.ofCircle(teamId, member.role().circle());
        Instant now = clock.instant();
        for (Permission p : PermissionRules.ALL) {
            boolean holds = PermissionRules.decide(relationship, p, own, circle, member.givesPersonalCare(), false)
                    .allowed();
            if (allowed.contains(p) && !holds) {
                grants.grantMember(teamId, memberId, p, by.accountId(), now);
                log(by, now, "GRANT", personId, PERMISSIONS, p.code() + " " + nameOf(memberId));
            } else if (!allowed.contains(p)
                    && holds
                    && !PermissionRules.minimum(relationship, member.givesPersonalCare())
                            .contains(p)) {
                grants.revokeMember(teamId, memberId, p, by.accountId(), now);
                log(by, now, "REVOKE", personId, PERMISSIONS, p.code() + " " + nameOf(memberId));
            }
        }
    }

    @Override
    @Transactional
    public void setCirclePermissions(Caller by, UUID personId, Circle circle, Set<Permission> allowed) {
        UUID teamId = managedTeam(by, personId);
        teams.lockPerson(personId);
        Relationship relationship = PermissionRules.representative(circle);
        Settings settings = grants.ofCircle(teamId, circle);
        Instant now = clock.instant();
        for (Permission p : PermissionRules.ALL) {
            boolean holds = PermissionRules.decide(relationship, p, Settings.NONE, settings, false, false)
                    .allowed();
            if (allowed.contains(p) && !holds) {
                grants.grantCircle(teamId, circle, p, by.accountId(), now);
                log(by, now, "GRANT", personId, PERMISSIONS, p.code() + " circle:" + circle.slug());
            } else if (!allowed.contains(p)
                    && holds
                    && !PermissionRules.minimum(relationship, false).contains(p)) {
                grants.revokeCircle(teamId, circle, p, by.accountId(), now);
                log(by, now, "REVOKE", personId, PERMISSIONS, p.code() + " circle:" + circle.slug());
            }
        }
    }

    @Override
    @Transactional
    public AccessOverview accessOverview(Caller by, UUID personId) {
        UUID teamId = managedTeam(by, personId);
        Team team = teams.ofPerson(personId).orElseThrow();
        Instant now = clock.instant();
        List<MemberAccess> members = new ArrayList<>();
        for (Team.Member member : team.members()) {
            Relationship relationship = Relationship.of(member.role());
            Settings own = grants.ofMember(teamId, member.accountId());
            Settings circle = grants.ofCircle(teamId, member.role().circle());
            Set<Permission> minimum = PermissionRules.minimum(relationship, member.givesPersonalCare());
            members.add(new MemberAccess(
                    member,
                    entitlements(
                            p -> PermissionRules.decide(
                                    relationship, p, own, circle, member.givesPersonalCare(), false),
                            minimum)));
        }
        List<CircleAccess> circles = new ArrayList<>();
        for (Circle circle : Circle.values()) {
            Relationship relationship = PermissionRules.representative(circle);
            Settings settings = grants.ofCircle(teamId, circle);
            circles.add(new CircleAccess(
                    circle,
                    entitlements(
                            p -> PermissionRules.decide(relationship, p, Settings.NONE, settings, false, false),
                            PermissionRules.minimum(relationship, false))));
        }
        List<Category> coverCategories = PermissionRules.VISITING_WORKER_MINIMUM.stream()
                .map(Permission::category)
                .sorted()
                .toList();
        List<CoverAccess> cover = visits.openOrComing(personId, now, coverBefore, coverAfter).stream()
                .filter(w -> teams.openMembership(teamId, w.workerId()).isEmpty())
                .map(w -> new CoverAccess(
                        w.workerId(), w.visitId(), w.visitStart(), w.from(), w.until(), coverCategories))
                .toList();
        log(by, now, "VIEW", personId, PERMISSIONS, null);
        return new AccessOverview(team, members, circles, cover, openings.of(personId, OPENINGS_SHOWN));
    }

    @Override
    @Transactional
    public void rename(Caller by, UUID personId, String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a team's name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        UUID teamId = managedTeam(by, personId);
        teams.rename(teamId, stripped);
        log(by, clock.instant(), "RENAME", personId, TEAM, stripped);
    }

    @Override
    @Transactional
    public void setLogo(Caller by, UUID personId, byte[] upload) {
        UUID teamId = managedTeam(by, personId);
        CleanedImage logo = people.cleanImage(upload);
        Instant now = clock.instant();
        teams.setLogo(teamId, logo.contentType(), logo.bytes(), now);
        log(by, now, "LOGO", personId, TEAM, "changed");
    }

    @Override
    @Transactional
    public void removeLogo(Caller by, UUID personId) {
        UUID teamId = managedTeam(by, personId);
        teams.removeLogo(teamId);
        log(by, clock.instant(), "LOGO", personId, TEAM, "removed");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TeamLogo> logo(UUID personId) {
        return teams.logo(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instant> logoUpdatedAt(UUID personId) {
        return teams.logoUpdatedAt(personId);
    }

    private static List<Entitlement> entitlements(
            java.util.function.Function<Permission, Decision> rule, Set<Permission> minimum) {
        return PermissionRules.ALL.stream()
                .map(p -> new Entitlement(p.category(), p.action(), rule.apply(p), minimum.contains(p)))
                .toList();
    }

    /** The person's team, when the caller is the person or their nominee. */
    private UUID managedTeam(Caller by, UUID personId) {
        if (!mayManage(by, personId)) {
            throw new AccessDeniedException("only the person or their nominee may change their team");
        }
        return teams.teamIdOf(personId).orElseThrow(() -> new IllegalStateException("no team has formed yet"));
    }

    private void requireMember(UUID teamId, UUID memberId) {
        if (teams.openMembership(teamId, memberId).isEmpty()) {
            throw new IllegalArgumentException("not a member of this team: " + memberId);
        }
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(a -> a.displayName()).orElse(accountId.toString());
    }

    /**
     * Writes a change to the access log. Details start with a code (a permission, a role, a flag),
     * then a space and the name it concerns, so the person's access log can put them in words.
     */
    private void log(Caller by, Instant at, String action, UUID personId, String recordType, String detail) {
        audit.record(AuditEntry.by(by, at, action, personId, recordType, AuditEntry.Outcome.ALLOWED)
                .withDetail(detail));
    }
}
