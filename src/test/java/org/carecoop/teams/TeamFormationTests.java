package org.carecoop.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.junit.jupiter.api.Test;

class TeamFormationTests extends TeamTestSupport {

    @Test
    void aTeamFormsAroundAPersonOnceTwoWorkersHaveRegularArrangements() {
        Caller nora = newCaller("Nora Hughes", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);

        startArrangement(nora, priya);
        awaitEventsHandled(nora);
        assertThat(teamsApi.teamOf(nora.accountId()))
                .as("one worker is not yet a team")
                .isEmpty();

        startArrangement(nora, rhys);
        Team team = awaitTeamWith(nora, priya, rhys);

        assertThat(team.name()).isEqualTo("Nora's team");
        assertThat(team.members()).allSatisfy(m -> {
            assertThat(m.role()).isEqualTo(MemberRole.WORKER);
            assertThat(m.reason()).isEqualTo("Regular arrangement");
        });
    }

    @Test
    void twoArrangementsWithTheSameWorkerAreNotATeam() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);

        startArrangement(nora, priya);
        startArrangement(nora, priya);
        awaitEventsHandled(nora);

        assertThat(teamsApi.teamOf(nora.accountId())).isEmpty();
    }

    @Test
    void aTeamFormsFromVisitsByTwoWorkersWithinTheLast28Days() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);

        completeVisit(nora, clock.instant().minus(Duration.ofDays(27)), priya);
        completeVisit(nora, clock.instant().minus(Duration.ofDays(20)), priya, rhys);
        completeVisit(nora, clock.instant().minus(Duration.ofHours(2)), rhys);

        Team team = awaitTeamWith(nora, priya, rhys);
        assertThat(team.members()).extracting(Team.Member::reason).containsOnly("Recent visits");
    }

    @Test
    void aSingleCoverVisitDoesNotMakeAWorkerAMember() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);
        Caller cole = newCaller("Cole", Role.WORKER);
        startArrangement(nora, priya);
        startArrangement(nora, rhys);
        awaitTeamWith(nora, priya, rhys);

        completeVisit(nora, clock.instant().minus(Duration.ofHours(3)), cole);
        awaitEventsHandled(nora);

        assertThat(teamsApi.teamOf(nora.accountId()).orElseThrow().members())
                .extracting(Team.Member::accountId)
                .containsExactlyInAnyOrder(priya.accountId(), rhys.accountId());
    }

    @Test
    void visitsOlderThanTheWindowDoNotCount() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);

        completeVisit(nora, clock.instant().minus(Duration.ofDays(29)), priya);
        completeVisit(nora, clock.instant().minus(Duration.ofDays(3)), priya);
        completeVisit(nora, clock.instant().minus(Duration.ofHours(2)), rhys);
        completeVisit(nora, clock.instant().minus(Duration.ofHours(1)), rhys);
        awaitEventsHandled(nora);

        assertThat(teamsApi.teamOf(nora.accountId())).isEmpty();
    }

    @Test
    void endingAnArrangementRemovesTheWorkerAndKeepsTheirMembershipInTheHistory() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);
        Caller tariq = newCaller("Tariq", Role.WORKER);
        UUID priyasArrangement = startArrangement(nora, priya);
        startArrangement(nora, rhys);
        startArrangement(nora, tariq);
        awaitTeamWith(nora, priya, rhys, tariq);

        endArrangement(priyasArrangement, nora, priya);

        Team team = awaitTeamWith(nora, rhys, tariq);
        List<Instant> priyasLeaving = jdbc.sql(
                        "select left_at from teams.membership where team_id = ? and account_id = ?")
                .params(team.id(), priya.accountId())
                .query(Instant.class)
                .list();
        assertThat(priyasLeaving).hasSize(1).doesNotContainNull();
    }

    @Test
    void aWorkerWhoseArrangementEndsStaysWhileTheyStillVisitRegularly() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);
        UUID priyasArrangement = startArrangement(nora, priya);
        startArrangement(nora, rhys);
        completeVisit(nora, clock.instant().minus(Duration.ofDays(3)), priya);
        completeVisit(nora, clock.instant().minus(Duration.ofDays(2)), priya);
        awaitTeamWith(nora, priya, rhys);

        endArrangement(priyasArrangement, nora, priya);
        awaitEventsHandled(nora);

        assertThat(teamsApi.teamOf(nora.accountId()).orElseThrow().members())
                .extracting(Team.Member::accountId)
                .containsExactlyInAnyOrder(priya.accountId(), rhys.accountId());
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        Caller priya = newCaller("Priya", Role.WORKER);
        Caller rhys = newCaller("Rhys", Role.WORKER);
        ArrangementStarted priyasStart =
                new ArrangementStarted(UUID.randomUUID(), nora.accountId(), priya.accountId(), clock.instant());
        publish(priyasStart);
        startArrangement(nora, rhys);
        Team formed = awaitTeamWith(nora, priya, rhys);

        try (var later = clock.advance(Duration.ofMinutes(5))) {
            publish(priyasStart);
            awaitEventsHandled(nora);
        }

        assertThat(teamsApi.teamOf(nora.accountId()).orElseThrow()).isEqualTo(formed);
        long priyasMemberships = jdbc.sql("select count(*) from teams.membership where account_id = ?")
                .param(priya.accountId())
                .query(Long.class)
                .single();
        assertThat(priyasMemberships).isOne();
    }
}
