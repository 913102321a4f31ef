package org.carecoop.rota.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitsApi;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A person's visits, for those allowed to see their schedule. The teams module's {@link
 * AccessPolicy} decides (and logs the decision, allowed or not); a read that goes ahead is also
 * written to the access log with the period read, so the person sees who looked at which weeks. What
 * actually happened (who arrived and left when) comes with the plan, so the person and their family
 * can see that visits took place.
 */
@Service
public class PersonSchedules {

    static final String RECORD_TYPE = "schedule";

    private final PeopleApi people;
    private final VisitsApi visits;
    private final VisitDayApi visitDay;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    PersonSchedules(
            PeopleApi people,
            VisitsApi visits,
            VisitDayApi visitDay,
            AccessPolicy access,
            AuditLog audit,
            Clock clock) {
        this.people = people;
        this.visits = visits;
        this.visitDay = visitDay;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The visits of a person from {@code from} until {@code to}.
     *
     * @param person the account whose schedule it is
     * @param visits those visits, cancelled ones included, earliest first
     * @param actual when each worker arrived and left, by visit (visits nobody checked in to are absent)
     */
    public record Schedule(
            AccountSummary person,
            Instant from,
            Instant to,
            List<Visit> visits,
            Map<UUID, List<VisitDayApi.ActualTimes>> actual) {

        public Schedule {
            visits = List.copyOf(visits);
            actual = Map.copyOf(actual);
        }

        /** When the visit's workers arrived and left, earliest arrival first; empty before anyone arrived. */
        public List<VisitDayApi.ActualTimes> actual(Visit visit) {
            return actual.getOrDefault(visit.id(), List.of());
        }
    }

    /**
     * The person's visits that overlap the time from {@code from} until {@code to}; empty when there is no such account.
     *
     * @throws AccessDeniedException when the caller may not see the person's schedule
     */
    public Optional<Schedule> read(Caller caller, UUID personId, Instant from, Instant to) {
        Optional<AccountSummary> person = people.account(personId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        access.check(caller, personId, Category.SCHEDULE, Action.READ);
        List<Visit> found = visits.schedule(personId, from, to);
        audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", personId, RECORD_TYPE, AuditEntry.Outcome.ALLOWED)
                .withDetail("visits from " + from + " to " + to));
        Map<UUID, List<VisitDayApi.ActualTimes>> actual =
                visitDay.actualTimes(found.stream().map(Visit::id).toList());
        return Optional.of(new Schedule(person.get(), from, to, found, actual));
    }
}
