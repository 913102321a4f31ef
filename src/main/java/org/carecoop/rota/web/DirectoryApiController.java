package org.carecoop.rota.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workers and the people a caller may book or look up, with the ids the booking and schedule
 * APIs take. Co-ordinators see everyone; others see the workers of the teams they belong to (and of
 * their own team), and the people whose schedule the access policy lets them read (themself
 * included).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Schedules")
class DirectoryApiController {

    /** Roles of the accounts that can be booked to visit someone. */
    private static final Set<Role> GIVES_SUPPORT = EnumSet.of(Role.WORKER, Role.VOLUNTEER, Role.PEER_SUPPORTER);

    private final PeopleApi people;
    private final TeamsApi teams;
    private final AccessPolicy access;

    DirectoryApiController(PeopleApi people, TeamsApi teams, AccessPolicy access) {
        this.people = people;
        this.teams = teams;
        this.access = access;
    }

    @Schema(description = "An account the caller may see, with its roles")
    record Entry(UUID id, String name, List<String> roles) {

        static Entry of(AccountSummary account) {
            return new Entry(
                    account.id(),
                    account.displayName(),
                    account.roles().stream().map(Role::name).sorted().toList());
        }
    }

    @GetMapping("/workers")
    @Operation(
            summary = "Workers the caller may see",
            description = "Care workers, volunteers and peer supporters, by name: all of them for "
                    + "co-ordinators; for anyone else, those in the teams they belong to or their own.",
            responses = @ApiResponse(responseCode = "200", description = "The workers"))
    List<Entry> workers() {
        Caller caller = Caller.current().orElseThrow();
        Stream<AccountSummary> accounts = coordinator(caller)
                ? GIVES_SUPPORT.stream().flatMap(role -> people.accountsWithRole(role).stream())
                : teamsAround(caller)
                        .flatMap(team -> team.members().stream())
                        .map(Team.Member::accountId)
                        .distinct()
                        .map(people::account)
                        .flatMap(Optional::stream)
                        .filter(a -> a.roles().stream().anyMatch(GIVES_SUPPORT::contains));
        return sorted(accounts);
    }

    @GetMapping("/people")
    @Operation(
            summary = "People the caller may see",
            description = "People who receive support, by name: all of them for co-ordinators; for "
                    + "anyone else, themself and those who let them read their schedule.",
            responses = @ApiResponse(responseCode = "200", description = "The people"))
    List<Entry> people() {
        Caller caller = Caller.current().orElseThrow();
        if (coordinator(caller)) {
            return sorted(people.accountsWithRole(Role.SUPPORTED_PERSON).stream());
        }
        Stream<UUID> self = caller.hasRole(Role.SUPPORTED_PERSON.name()) ? Stream.of(caller.accountId()) : Stream.of();
        Stream<UUID> others = teams.teamsOf(caller.accountId()).stream()
                .map(Team::personId)
                .filter(person -> !person.equals(caller.accountId()))
                .distinct()
                .filter(person -> access.decide(caller, person, Category.SCHEDULE, Action.READ)
                        .allowed());
        return sorted(Stream.concat(self, others).map(people::account).flatMap(Optional::stream));
    }

    /** The teams the caller belongs to, and their own. */
    private Stream<Team> teamsAround(Caller caller) {
        return Stream.concat(teams.teamsOf(caller.accountId()).stream(), teams.teamOf(caller.accountId()).stream());
    }

    private static boolean coordinator(Caller caller) {
        return caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
    }

    /** Each account once, by name. */
    private static List<Entry> sorted(Stream<AccountSummary> accounts) {
        Map<UUID, AccountSummary> once = new LinkedHashMap<>();
        accounts.forEach(a -> once.putIfAbsent(a.id(), a));
        return once.values().stream()
                .sorted(Comparator.comparing(AccountSummary::displayName).thenComparing(AccountSummary::id))
                .map(Entry::of)
                .toList();
    }
}
