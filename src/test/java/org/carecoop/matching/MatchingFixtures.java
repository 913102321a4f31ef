package org.carecoop.matching;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;

/** Accounts and open requests for the introduction tests. */
final class MatchingFixtures {

    private MatchingFixtures() {}

    /** An account as it is signed in: its email address and the caller it makes. */
    record Account(String email, UUID id, Caller caller) {}

    static Account account(PeopleApi people, String name, String password, Role role) {
        String email =
                name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + UUID.randomUUID() + "@example.test";
        UUID id = people.createAccount(email, name, password, Set.of(role));
        return new Account(email, id, new Caller(id, name, id, name, Set.of(role.name())));
    }

    /** An open weekly request of the person's, shared with suitable workers. */
    static UUID request(Requests requests, Clock clock, UUID personId) {
        SupportRequest request = new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Companion to meet",
                "",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.of(List.of(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))),
                2,
                null,
                null,
                Set.of(),
                Set.of(),
                List.of(),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(),
                null,
                "HX7",
                clock.instant());
        requests.insert(request, personId, personId);
        return request.id();
    }
}
