package org.carecoop.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Decision.Reason;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Setting what a member or a circle may do, as the who-sees-what page does, through the real policy. */
class PermissionSettingTests extends TeamTestSupport {

    static final List<Permission> ALL = EnumSet.allOf(Category.class).stream()
            .flatMap(c -> EnumSet.allOf(Action.class).stream().map(a -> new Permission(c, a)))
            .toList();

    @Autowired
    AccessPolicy access;

    @Autowired
    AuditLog auditLog;

    record Setting(Caller person, Caller worker, Caller friend, Caller volunteer) {}

    Setting team() {
        Caller person = newCaller("Mabel", Role.SUPPORTED_PERSON);
        Caller worker = newCaller("Ned", Role.WORKER);
        Caller other = newCaller("Ola", Role.WORKER);
        startArrangement(person, worker);
        startArrangement(person, other);
        awaitTeamWith(person, worker, other);
        Caller friend = newCaller("Pip", Role.FAMILY);
        Caller volunteer = newCaller("Quin", Role.VOLUNTEER);
        teamsApi.addMember(person, person.accountId(), friend.accountId(), MemberRole.FAMILY_OR_FRIEND);
        teamsApi.addMember(person, person.accountId(), volunteer.accountId(), MemberRole.VOLUNTEER);
        return new Setting(person, worker, friend, volunteer);
    }

    /**
     * Over random sets of permissions the person ticks for a member: afterwards the member may do
     * exactly what was ticked plus their role's minimum; every other attempt is refused and logged as
     * denied with its category.
     */
    @Test
    void overRandomGrantSetsNothingOutsideThemSucceedsAndEveryRefusalIsLogged() {
        Setting s = team();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 12; round++) {
            Caller member = List.of(s.worker(), s.friend(), s.volunteer()).get(random.nextInt(3));
            Set<Permission> ticked = new HashSet<>();
            for (Permission p : ALL) {
                if (random.nextBoolean()) {
                    ticked.add(p);
                }
            }
            teamsApi.setMemberPermissions(s.person(), s.person().accountId(), member.accountId(), ticked);

            Set<Permission> minimum = member == s.worker()
                    ? Set.of(
                            Permission.read(Category.PROFILE_AND_CONTACT),
                            Permission.read(Category.EMERGENCY_CONTACT_ONLY))
                    : Set.of();
            int deniedBefore = deniedCount(s.person().accountId());
            int expectedDenials = 0;
            for (Permission p : ALL) {
                Decision decision = access.decide(member, s.person().accountId(), p.category(), p.action());
                boolean expected = ticked.contains(p) || minimum.contains(p);
                assertThat(decision.allowed())
                        .as("seed %d round %d: %s for %s", seed, round, p, member.displayName())
                        .isEqualTo(expected);
                if (!expected) {
                    expectedDenials++;
                    AuditEntry logged =
                            auditLog.aboutPerson(s.person().accountId(), 1).get(0);
                    assertThat(logged.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
                    assertThat(logged.recordType()).isEqualTo(p.category().code());
                    assertThat(logged.action()).isEqualTo(p.action().name());
                    assertThat(logged.actorId()).isEqualTo(member.accountId());
                }
            }
            assertThat(deniedCount(s.person().accountId()) - deniedBefore).isEqualTo(expectedDenials);
        }
    }

    @Test
    void aCircleGrantReachesEveryoneInItUnlessTheirOwnSettingsSayOtherwise() {
        Setting s = team();
        UUID person = s.person().accountId();
        Caller cousin = newCaller("Rory", Role.FAMILY);
        teamsApi.addMember(s.person(), person, cousin.accountId(), MemberRole.FAMILY_OR_FRIEND);
        assertThat(access.decide(s.friend(), person, Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));

        Set<Permission> familyCircle = new HashSet<>(Set.of(
                Permission.read(Category.SCHEDULE),
                Permission.read(Category.EMERGENCY_CONTACT_ONLY),
                Permission.read(Category.MEDICATION)));
        teamsApi.setCirclePermissions(s.person(), person, Circle.FAMILY_AND_FRIENDS, familyCircle);

        assertThat(access.decide(s.friend(), person, Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.allow(Reason.GRANTED_TO_CIRCLE));
        assertThat(access.decide(cousin, person, Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.allow(Reason.GRANTED_TO_CIRCLE));
        assertThat(access.decide(s.volunteer(), person, Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));

        // Rory's own settings override the circle's, both ways.
        teamsApi.revoke(s.person(), person, cousin.accountId(), Category.MEDICATION, Action.READ);
        assertThat(access.decide(cousin, person, Category.MEDICATION, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
        familyCircle.remove(Permission.read(Category.SCHEDULE));
        teamsApi.setCirclePermissions(s.person(), person, Circle.FAMILY_AND_FRIENDS, familyCircle);
        assertThat(access.decide(s.friend(), person, Category.SCHEDULE, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
        teamsApi.grant(s.person(), person, s.friend().accountId(), Category.SCHEDULE, Action.READ);
        assertThat(access.decide(s.friend(), person, Category.SCHEDULE, Action.READ))
                .isEqualTo(Decision.allow(Reason.GRANTED));
        assertThat(access.decide(cousin, person, Category.SCHEDULE, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
    }

    @Test
    void aWorkersCircleCannotLoseTheVisitingMinimum() {
        Setting s = team();
        UUID person = s.person().accountId();

        teamsApi.setCirclePermissions(s.person(), person, Circle.WORKERS, Set.of());

        assertThat(access.decide(s.worker(), person, Category.PROFILE_AND_CONTACT, Action.READ))
                .isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
        assertThat(access.decide(s.worker(), person, Category.SCHEDULE, Action.READ))
                .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
    }

    /** At the very instant a grant is withdrawn, it no longer holds; the instant before, it did. */
    @Test
    void aRevokedGrantEndsAtTheInstantOfRevocation() {
        Setting s = team();
        UUID person = s.person().accountId();
        var base = clock.instant();
        try (var granting = clock.freezeAt(base)) {
            teamsApi.grant(s.person(), person, s.friend().accountId(), Category.CARE_NOTES, Action.READ);
            assertThat(access.decide(s.friend(), person, Category.CARE_NOTES, Action.READ))
                    .isEqualTo(Decision.allow(Reason.GRANTED));
        }
        try (var revoking = clock.freezeAt(base.plus(Duration.ofMinutes(5)))) {
            assertThat(access.decide(s.friend(), person, Category.CARE_NOTES, Action.READ)
                            .allowed())
                    .isTrue();
            teamsApi.revoke(s.person(), person, s.friend().accountId(), Category.CARE_NOTES, Action.READ);
            assertThat(access.decide(s.friend(), person, Category.CARE_NOTES, Action.READ))
                    .isEqualTo(Decision.deny(Reason.NOT_GRANTED));
        }
    }

    @Test
    void theOverviewExplainsEachMembersPermissionsAndMarksMinimums() {
        Setting s = team();
        UUID person = s.person().accountId();
        teamsApi.grant(s.person(), person, s.friend().accountId(), Category.FINANCES_AND_BUDGET, Action.READ);

        AccessOverview overview = teamsApi.accessOverview(s.person(), person);

        AccessOverview.MemberAccess friend = overview.members().stream()
                .filter(m -> m.member().accountId().equals(s.friend().accountId()))
                .findFirst()
                .orElseThrow();
        assertThat(friend.entitlements()).hasSize(ALL.size());
        List<String> allowed = new ArrayList<>();
        friend.entitlements().stream()
                .filter(e -> e.decision().allowed())
                .forEach(e -> allowed.add(
                        e.category() + " " + e.action() + " " + e.decision().reason()));
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        "SCHEDULE READ ROLE_DEFAULT",
                        "EMERGENCY_CONTACT_ONLY READ ROLE_DEFAULT",
                        "FINANCES_AND_BUDGET READ GRANTED");
        AccessOverview.MemberAccess worker = overview.members().stream()
                .filter(m -> m.member().accountId().equals(s.worker().accountId()))
                .findFirst()
                .orElseThrow();
        assertThat(worker.entitlements().stream().filter(AccessOverview.Entitlement::fixed))
                .extracting(e -> e.category())
                .containsExactlyInAnyOrder(Category.PROFILE_AND_CONTACT, Category.EMERGENCY_CONTACT_ONLY);
        assertThat(overview.circles()).hasSize(Circle.values().length);
    }

    private int deniedCount(UUID personId) {
        return jdbc.sql("select count(*) from audit.access_log where subject_person_id = ? and outcome = 'denied'")
                .param(personId)
                .query(Integer.class)
                .single();
    }
}
