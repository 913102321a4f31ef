package org.carecoop.teams.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's team and access log over the API (TE1, TE3, DA1). */
@RestController
@RequestMapping("/api/v1/people/{personId}")
@Tag(name = "Teams")
class TeamApiController {

    private final TeamsApi teams;
    private final TeamPages pages;
    private final AuditLog audit;
    private final Clock clock;

    TeamApiController(TeamsApi teams, TeamPages pages, AuditLog audit, Clock clock) {
        this.teams = teams;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    record TeamResponse(UUID id, UUID personId, String name, Instant createdAt, List<MemberResponse> members) {}

    /**
     * @param role {@code worker}, {@code nominee}, {@code family_or_friend}, {@code health_professional},
     *     {@code volunteer} or {@code peer_supporter}
     */
    record MemberResponse(UUID id, String name, String role, Instant joinedAt, boolean givesPersonalCare) {}

    record AccessLogEntry(
            Instant at,
            @Nullable UUID actorId,
            String actor,
            @Nullable UUID onBehalfOf,
            String action,
            String record,
            String outcome,
            @Nullable String detail) {}

    record AccessLogResponse(UUID personId, List<AccessLogEntry> entries) {}

    @GetMapping("/team")
    @Operation(
            summary = "The person's team and its members with their roles",
            description = "For the person, the team's members, and a co-ordinator while a break-glass opening of"
                    + " theirs is in force. 404 until a team has formed.")
    TeamResponse team(@PathVariable String personId) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.person(personId);
        boolean allowed = teams.mayViewTeam(caller, person.id());
        boolean own = caller.accountId().equals(person.id()) && !caller.assisted();
        if (!own) {
            audit.record(AuditEntry.by(
                    caller,
                    clock.instant(),
                    "VIEW",
                    person.id(),
                    "team",
                    allowed ? AuditEntry.Outcome.ALLOWED : AuditEntry.Outcome.DENIED));
        }
        if (!allowed) {
            throw new AccessDeniedException("not in the team");
        }
        Team team = pages.team(person.id());
        TeamPages.Names names = pages.names();
        return new TeamResponse(
                team.id(),
                team.personId(),
                team.name(),
                team.createdAt(),
                team.members().stream()
                        .map(m -> new MemberResponse(
                                m.accountId(),
                                names.of(m.accountId()),
                                m.role().name().toLowerCase(Locale.ROOT),
                                m.joinedAt(),
                                m.givesPersonalCare()))
                        .toList());
    }

    @GetMapping("/access-log")
    @Operation(
            summary = "Every read of the person's records and every refused attempt, newest first",
            description = "For the person and their nominees. Each entry's outcome is allowed or denied.")
    AccessLogResponse accessLog(@PathVariable String personId) {
        Caller caller = TeamPages.caller();
        AccountSummary person = pages.managedPerson(caller, personId);
        return new AccessLogResponse(
                person.id(),
                audit.aboutPerson(person.id(), AccessLogController.LIMIT).stream()
                        .map(e -> new AccessLogEntry(
                                e.occurredAt(),
                                e.actorId(),
                                e.actorLabel(),
                                e.onBehalfOf(),
                                e.action().toLowerCase(Locale.ROOT),
                                e.recordType(),
                                e.outcome().code(),
                                e.detail()))
                        .toList());
    }
}
