package org.carecoop.teams.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.ArrangementEnded;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamFormed;
import org.carecoop.visits.VisitCompleted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Forms a person's team once more than one worker regularly supports them (TE1), and keeps its
 * worker memberships in step with arrangements and visits. "Regularly" means at least
 * {@code carecoop.teams.minimum-workers} workers with active arrangements, or that many workers who
 * completed visits within {@code carecoop.teams.visit-window}.
 *
 * <p>When an arrangement starts, the person's other active arrangements are read from the matching
 * module as well, so arrangements recorded together (an import, the demo data) form one team with all
 * their workers in the transaction that announces it with {@link TeamFormed}, whatever order their
 * events arrive in.
 */
@Service
class TeamFormation {

    static final String BY_ARRANGEMENT = "Regular arrangement";
    static final String BY_VISITS = "Recent visits";

    private final RegularSupport support;
    private final MatchingApi matching;
    private final Teams teams;
    private final PeopleApi people;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int minimumWorkers;
    private final Duration visitWindow;
    private final int regularVisits;

    TeamFormation(
            RegularSupport support,
            MatchingApi matching,
            Teams teams,
            PeopleApi people,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${carecoop.teams.minimum-workers:2}") int minimumWorkers,
            @Value("${carecoop.teams.visit-window:28d}") Duration visitWindow,
            @Value("${carecoop.teams.regular-visits:2}") int regularVisits) {
        this.support = support;
        this.matching = matching;
        this.teams = teams;
        this.people = people;
        this.clock = clock;
        this.events = events;
        this.minimumWorkers = minimumWorkers;
        this.visitWindow = visitWindow;
        this.regularVisits = regularVisits;
    }

    @ApplicationModuleListener
    void on(ArrangementStarted event) {
        teams.lockPerson(event.personId());
        support.arrangementStarted(event.arrangementId(), event.personId(), event.workerId(), event.startedAt());
        for (Arrangement other : matching.activeArrangements(event.personId())) {
            support.arrangementStarted(other.id(), other.personId(), other.workerId(), other.startedAt());
        }
        reconsider(event.personId());
    }

    @ApplicationModuleListener
    void on(ArrangementEnded event) {
        teams.lockPerson(event.personId());
        support.arrangementEnded(event.arrangementId(), event.personId(), event.workerId(), event.endedAt());
        reconsider(event.personId());
    }

    @ApplicationModuleListener
    void on(VisitCompleted event) {
        teams.lockPerson(event.personId());
        support.visitCompleted(event.visitId(), event.personId(), event.workerIds(), event.completedAt());
        reconsider(event.personId());
    }

    private void reconsider(UUID personId) {
        Instant now = clock.instant();
        Set<UUID> arranged = support.arrangedWorkers(personId);
        Set<UUID> visiting = support.visitingWorkersSince(personId, now.minus(visitWindow), regularVisits);
        UUID teamId = teams.teamIdOf(personId).orElse(null);
        if (teamId == null) {
            if (arranged.size() < minimumWorkers && visiting.size() < minimumWorkers) {
                return;
            }
            teamId = teams.create(personId, nameFor(personId), now);
            events.publishEvent(new TeamFormed(teamId, personId, now));
        }
        Set<UUID> qualifying = new TreeSet<>(arranged);
        qualifying.addAll(visiting);
        for (Team.Member member : teams.openMemberships(teamId)) {
            if (member.role() == MemberRole.WORKER && !qualifying.contains(member.accountId())) {
                teams.leave(teamId, member.accountId(), now);
            }
        }
        for (UUID worker : qualifying) {
            teams.join(teamId, worker, MemberRole.WORKER, arranged.contains(worker) ? BY_ARRANGEMENT : BY_VISITS, now);
        }
    }

    /** "Eric's team", from the first word of the name the person goes by. */
    private String nameFor(UUID personId) {
        AccountSummary person = people.account(personId)
                .orElseThrow(() -> new IllegalStateException("no account for person " + personId));
        String firstName = person.displayName().strip().split("\\s+", 2)[0];
        return firstName + "'s team";
    }
}
