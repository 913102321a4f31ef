package org.carecoop.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.ArrangementStarted;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamFormationTests extends TeamTestSupport {

    @Autowired
    MatchingApi matching;

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
    void arrangementsRecordedTogetherFormOneTeamWithAllTheirWorkersInTheTransactionThatAnnouncesIt() {
        Caller nora = newCaller("Nora", Role.SUPPORTED_PERSON);
        List<Caller> workers = List.of(
                newCaller("Priya", Role.WORKER), newCaller("Rhys", Role.WORKER), newCaller("Sian", Role.WORKER));
        transactions.executeWithoutResult(status -> workers.forEach(worker ->
                matching.recordArrangement(VisitsApi.SYSTEM, nora.accountId(), worker.accountId(), clock.instant())));

        Team team = awaitTeamWith(nora, workers.toArray(Caller[]::new));
        awaitEventsHandled(nora);

        // Their events run side by side in any order; the one that forms the team reads the others too.
        List<Long> writtenBy =
                jdbc.sql("""
                        select m.xmin::text::bigint from teams.membership m
                        where m.team_id = ? union select t.xmin::text::bigint from teams.team t where t.id = ?""").params(team.id(), team.id()).query(Long.class).list();
        assertThat(writtenBy)
                .as("transactions that wrote the team and its memberships")
                .hasSize(1);
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
