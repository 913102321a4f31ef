package org.carecoop.visits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** People to book visits for and with, and times to book them at, each test its own. */
public abstract class VisitTestSupport extends IntegrationTest {

    public static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    protected VisitsApi visits;

    /** A new account with these roles, as the caller it would be when signed in. */
    protected Caller newCaller(String name, Role... roles) {
        String email = newAccount(name, roles);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        Set<String> names = Stream.of(roles).map(Role::name).collect(Collectors.toSet());
        return new Caller(id, name, id, name, names);
    }

    protected Caller coordinator() {
        return newCaller("Cora Coordinator", Role.COORDINATOR);
    }

    protected UUID person(String name) {
        return newCaller(name, Role.SUPPORTED_PERSON).accountId();
    }

    protected UUID worker(String name) {
        return newCaller(name, Role.WORKER).accountId();
    }

    /** A time of day this many days from today, UK time. */
    protected Instant inDays(int days, String time) {
        return LocalDate.ofInstant(clock.instant(), UK)
                .plusDays(days)
                .atTime(LocalTime.parse(time))
                .atZone(UK)
                .toInstant();
    }

    protected static Instant plus(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }
}
