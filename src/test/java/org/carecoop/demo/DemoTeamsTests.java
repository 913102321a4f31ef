package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Decision;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo teams form from the same events as real ones, and Eric's invitations take effect. */
class DemoTeamsTests extends IntegrationTest {

    @Autowired
    PeopleApi people;

    @Autowired
    TeamsApi teams;

    @Autowired
    AccessPolicy access;

    @Test
    void ericsTeamHasHisFourWorkersSamDrShahAndPat() {
        Team team = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> teams.teamOf(id("eric")).orElse(null),
                        t -> t != null && t.members().size() == 7);

        assertThat(team.name()).isEqualTo("Eric's team");
        assertThat(team.members().stream()
                        .filter(m -> m.role() == MemberRole.WORKER)
                        .map(Team.Member::accountId)
                        .collect(Collectors.toSet()))
                .isEqualTo(Set.of(id("amina"), id("ben"), id("chloe"), id("dev")));
        assertThat(team.members())
                .filteredOn(m -> m.role() == MemberRole.FAMILY_OR_FRIEND)
                .extracting(Team.Member::accountId)
                .containsExactlyInAnyOrder(id("sam"), id("pat"));
        assertThat(team.members())
                .filteredOn(m -> m.role() == MemberRole.HEALTH_PROFESSIONAL)
                .extracting(Team.Member::accountId)
                .containsExactly(id("drshah"));
    }

    @Test
    void samManagesFinancesDrShahSeesCareNotesAndMedicationAndPatIsRefusedTheSchedule() {
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        teams.teamOf(id("eric")).map(t -> t.members().size()).orElse(0) == 7);
        UUID eric = id("eric");

        assertThat(allowed("sam", eric, Category.FINANCES_AND_BUDGET, Action.WRITE))
                .isTrue();
        assertThat(allowed("sam", eric, Category.MEDICATION, Action.READ)).isFalse();
        assertThat(allowed("drshah", eric, Category.CARE_NOTES, Action.READ)).isTrue();
        assertThat(allowed("drshah", eric, Category.MEDICATION, Action.READ)).isTrue();
        assertThat(allowed("drshah", eric, Category.FINANCES_AND_BUDGET, Action.READ))
                .isFalse();
        assertThat(allowed("pat", eric, Category.EMERGENCY_CONTACT_ONLY, Action.READ))
                .isTrue();
        assertThat(access.decide(caller("pat"), eric, Category.SCHEDULE, Action.READ))
                .isEqualTo(Decision.deny(Decision.Reason.NOT_GRANTED));
    }

    @Test
    void lindaHasATeamWithEllaAndFinn() {
        Team team = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> teams.teamOf(id("linda")).orElse(null),
                        t -> t != null && t.members().size() == 2);

        assertThat(team.members()).extracting(Team.Member::accountId).containsExactlyInAnyOrder(id("ella"), id("finn"));
    }

    private boolean allowed(String name, UUID personId, Category category, Action action) {
        return access.decide(caller(name), personId, category, action).allowed();
    }

    private Caller caller(String name) {
        var account = people.accountByEmail(name + DemoData.DOMAIN).orElseThrow();
        Set<String> roles = account.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new Caller(account.id(), account.displayName(), account.id(), account.displayName(), roles);
    }

    private UUID id(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN).orElseThrow().id();
    }
}
