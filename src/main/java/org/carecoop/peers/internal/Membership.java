package org.carecoop.peers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.carecoop.peers.internal.MembershipRule.Circumstances;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.Condition;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which page: working out automatic memberships from the teams and profiles modules,
 * explicit joining and leaving, and the members a page lists.
 */
@Service
public class Membership {

    /** The access log's record type for a supported person's conditions used this way. */
    static final String CONDITIONS_RECORD = "conditions";

    private final Pages pages;
    private final PeopleApi people;
    private final TeamsApi teams;
    private final AuditLog audit;
    private final Clock clock;

    Membership(Pages pages, PeopleApi people, TeamsApi teams, AuditLog audit, Clock clock) {
        this.pages = pages;
        this.people = people;
        this.teams = teams;
        this.audit = audit;
        this.clock = clock;
    }

    /** A member as a page lists them: a name and roles, nothing about why they are there. */
    public record Member(UUID accountId, String name, Set<Role> roles) {}

    /**
     * Works out the pages the caller's account belongs to automatically, from its roles, its worker
     * profile and the teams it works in, and stores them in place of the last answer. Each supported
     * person whose conditions are read for this is told so in the access log.
     */
    @Transactional
    public void refresh(Caller caller) {
        UUID accountId = caller.accountId();
        Instant now = clock.instant();
        Set<Role> roles = people.account(accountId).map(AccountSummary::roles).orElse(Set.of());
        Set<PeerPage> automatic = Set.of();
        if (roles.stream().anyMatch(MembershipRule.JOIN_AUTOMATICALLY::contains)) {
            WorkerProfile profile = people.workerProfile(accountId).orElse(WorkerProfile.empty());
            automatic = MembershipRule.automaticPages(new Circumstances(
                    roles, profile.conditions(), profile.skills(), profile.postcode(), conditionsInTeams(caller, now)));
        }
        pages.replaceAutomatic(
                accountId,
                automatic.stream().map(page -> pages.ensure(page, now)).toList(),
                now);
    }

    /**
     * The conditions of the people the caller supports as a worker in their team. Only worker
     * memberships count: family, nominees and professionals in a team do not bring its person's
     * conditions with them.
     */
    private Set<Condition> conditionsInTeams(Caller caller, Instant now) {
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (Team team : teams.teamsOf(caller.accountId())) {
            boolean worker = team.members().stream()
                    .anyMatch(m -> m.accountId().equals(caller.accountId()) && m.role() == MemberRole.WORKER);
            if (worker) {
                people.personProfile(team.personId()).ifPresent(profile -> {
                    conditions.addAll(profile.conditions());
                    audit.record(AuditEntry.by(caller, now, "USE", team.personId(), CONDITIONS_RECORD, Outcome.ALLOWED)
                            .withDetail("Chose the peer pages of a worker in the person's team;"
                                    + " the conditions were not shown to them"));
                });
            }
        }
        return conditions;
    }

    @Transactional(readOnly = true)
    public Standing standing(UUID accountId, PeerPage page) {
        return pages.standing(page, accountId);
    }

    @Transactional(readOnly = true)
    public boolean isMember(UUID accountId, PeerPage page) {
        return standing(accountId, page).member();
    }

    /**
     * Refuses anyone who is not a member of the page.
     *
     * @throws AccessDeniedException when the caller's account is not a member
     */
    @Transactional(readOnly = true)
    public void requireMember(Caller caller, PeerPage page) {
        if (!isMember(caller.accountId(), page)) {
            throw new AccessDeniedException("Only members of " + page + " can do this");
        }
    }

    /** The pages the account belongs to, conditions first, each kind in order of its code. */
    @Transactional(readOnly = true)
    public List<Standing> pagesOf(UUID accountId) {
        return pages.standingsOf(accountId).stream()
                .filter(Standing::member)
                .sorted(Comparator.comparing((Standing s) -> s.page().kind())
                        .thenComparing(s -> s.page().code()))
                .toList();
    }

    /** The page's members by name. Accounts that no longer exist are left out. */
    @Transactional(readOnly = true)
    public List<Member> members(PeerPage page) {
        return pages.standingsOn(page).stream()
                .filter(Standing::member)
                .map(s -> people.account(s.accountId()))
                .flatMap(Optional::stream)
                .map(account -> new Member(account.id(), account.displayName(), account.roles()))
                .sorted(Comparator.comparing(Member::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(Member::accountId))
                .toList();
    }

    /** The area pages anyone has used, by district. */
    @Transactional(readOnly = true)
    public List<PeerPage> areaPages() {
        return pages.areaPages();
    }

    /** The caller joins the page: a choice that stays until they leave. */
    @Transactional
    public void join(Caller caller, PeerPage page) {
        Instant now = clock.instant();
        pages.choose(pages.ensure(page, now), caller.accountId(), Choice.JOINED, now);
    }

    /** The caller leaves the page, even one they belonged to automatically. */
    @Transactional
    public void leave(Caller caller, PeerPage page) {
        Instant now = clock.instant();
        pages.choose(pages.ensure(page, now), caller.accountId(), Choice.LEFT, now);
    }
}
