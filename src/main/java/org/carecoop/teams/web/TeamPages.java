package org.carecoop.teams.web;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** What the teams pages share: reading addresses, finding the person and their team, and names. */
@Component
class TeamPages {

    private final TeamsApi teams;
    private final PeopleApi people;

    TeamPages(TeamsApi teams, PeopleApi people) {
        this.teams = teams;
        this.people = people;
    }

    static Caller caller() {
        return Caller.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    /** The person the address names; 404 when there is no such account. */
    AccountSummary person(String id) {
        return people.account(uuid(id)).orElseThrow(TeamPages::notFound);
    }

    /** The person, when the caller manages their team; 403 otherwise. */
    AccountSummary managedPerson(Caller caller, String id) {
        AccountSummary person = person(id);
        if (!teams.mayManage(caller, person.id())) {
            throw new AccessDeniedException("only the person or their nominee");
        }
        return person;
    }

    /** The person's team; 404 when none has formed yet. */
    Team team(UUID personId) {
        return teams.teamOf(personId).orElseThrow(TeamPages::notFound);
    }

    /** Names by account, looked up once per page. */
    Names names() {
        return new Names(people);
    }

    /** A page's lookups of account names. */
    static final class Names {

        private final PeopleApi people;
        private final Map<UUID, String> cache = new ConcurrentHashMap<>();

        Names(PeopleApi people) {
            this.people = people;
        }

        /** The account's name, or an empty string for an account that no longer exists. */
        public String of(UUID accountId) {
            return cache.computeIfAbsent(
                    accountId,
                    id -> people.account(id).map(AccountSummary::displayName).orElse(""));
        }
    }
}
