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
        Caller eric = newCaller("Eric Hughes", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);

        startArrangement(eric, amira);
        awaitEventsHandled(eric);
        assertThat(teamsApi.teamOf(eric.accountId()))
                .as("one worker is not yet a team")
                .isEmpty();

        startArrangement(eric, ben);
        Team team = awaitTeamWith(eric, amira, ben);

        assertThat(team.name()).isEqualTo("Eric's team");
        assertThat(team.members()).allSatisfy(m -> {
            assertThat(m.role()).isEqualTo(MemberRole.WORKER);
            assertThat(m.reason()).isEqualTo("Regular arrangement");
        });
    }

    @Test
    void twoArrangementsWithTheSameWorkerAreNotATeam() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);

        startArrangement(eric, amira);
        startArrangement(eric, amira);
        awaitEventsHandled(eric);

        assertThat(teamsApi.teamOf(eric.accountId())).isEmpty();
    }

    @Test
    void aTeamFormsFromVisitsByTwoWorkersWithinTheLast28Days() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);

        completeVisit(eric, clock.instant().minus(Duration.ofDays(27)), amira);
        completeVisit(eric, clock.instant().minus(Duration.ofHours(2)), ben);

        Team team = awaitTeamWith(eric, amira, ben);
        assertThat(team.members()).extracting(Team.Member::reason).containsOnly("Recent visits");
    }

    @Test
    void visitsOlderThanTheWindowDoNotCount() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);

        completeVisit(eric, clock.instant().minus(Duration.ofDays(29)), amira);
        completeVisit(eric, clock.instant().minus(Duration.ofHours(2)), ben);
        completeVisit(eric, clock.instant().minus(Duration.ofHours(1)), ben);
        awaitEventsHandled(eric);

        assertThat(teamsApi.teamOf(eric.accountId())).isEmpty();
    }

    @Test
    void endingAnArrangementRemovesTheWorkerAndKeepsTheirMembershipInTheHistory() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);
        Caller chen = newCaller("Chen", Role.WORKER);
        UUID amirasArrangement = startArrangement(eric, amira);
        startArrangement(eric, ben);
        startArrangement(eric, chen);
        awaitTeamWith(eric, amira, ben, chen);

        endArrangement(amirasArrangement, eric, amira);

        Team team = awaitTeamWith(eric, ben, chen);
        List<Instant> amirasLeaving = jdbc.sql(
                        "select left_at from teams.membership where team_id = ? and account_id = ?")
                .params(team.id(), amira.accountId())
                .query(Instant.class)
                .list();
        assertThat(amirasLeaving).hasSize(1).doesNotContainNull();
    }

    @Test
    void aWorkerWhoseArrangementEndsStaysWhileTheyStillVisitRegularly() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);
        UUID amirasArrangement = startArrangement(eric, amira);
        startArrangement(eric, ben);
        completeVisit(eric, clock.instant().minus(Duration.ofDays(3)), amira);
        awaitTeamWith(eric, amira, ben);

        endArrangement(amirasArrangement, eric, amira);
        awaitEventsHandled(eric);

        assertThat(teamsApi.teamOf(eric.accountId()).orElseThrow().members())
                .extracting(Team.Member::accountId)
                .containsExactlyInAnyOrder(amira.accountId(), ben.accountId());
    }

    @Test
    void theSameEventDeliveredTwiceChangesNothing() {
        Caller eric = newCaller("Eric", Role.SUPPORTED_PERSON);
        Caller amira = newCaller("Amira", Role.WORKER);
        Caller ben = newCaller("Ben", Role.WORKER);
        ArrangementStarted amirasStart =
                new ArrangementStarted(UUID.randomUUID(), eric.accountId(), amira.accountId(), clock.instant());
        publish(amirasStart);
        startArrangement(eric, ben);
        Team formed = awaitTeamWith(eric, amira, ben);

        try (var later = clock.advance(Duration.ofMinutes(5))) {
            publish(amirasStart);
            awaitEventsHandled(eric);
        }

        assertThat(teamsApi.teamOf(eric.accountId()).orElseThrow()).isEqualTo(formed);
        long amirasMemberships = jdbc.sql("select count(*) from teams.membership where account_id = ?")
                .param(amira.accountId())
                .query(Long.class)
                .single();
        assertThat(amirasMemberships).isOne();
    }
}
