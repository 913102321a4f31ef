package org.carecoop.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Decision;
import org.carecoop.teams.Decision.Reason;
import org.carecoop.teams.Permission;
import org.carecoop.teams.internal.PermissionRules.Settings;

/**
 * The permission rule over any sequence of grants and revocations the person might make, for a member
 * and for their circle. Settings are folded exactly as {@code Grants} stores them: the newest change
 * to a permission decides.
 */
class PermissionRulesProperties {

    /** One change the person makes to what a member or a circle may do. */
    record Change(Permission permission, boolean grant) {}

    static Settings after(List<Change> changes) {
        Set<Permission> granted = new HashSet<>();
        Set<Permission> withdrawn = new HashSet<>();
        for (Change change : changes) {
            granted.remove(change.permission());
            withdrawn.remove(change.permission());
            (change.grant() ? granted : withdrawn).add(change.permission());
        }
        return new Settings(granted, withdrawn);
    }

    @Property
    void aWorkersMinimumsHoldWhateverThePersonGrantsOrRevokes(
            @ForAll("changes") List<Change> own,
            @ForAll("changes") List<Change> circle,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission wanted) {
        Decision decision = PermissionRules.decide(
                Relationship.WORKER, wanted, after(own), after(circle), givesPersonalCare, false);

        boolean visitingMinimum = PermissionRules.VISITING_WORKER_MINIMUM.contains(wanted);
        boolean careMinimum = givesPersonalCare && PermissionRules.PERSONAL_CARE_MINIMUM.contains(wanted);
        if (visitingMinimum || careMinimum) {
            assertThat(decision).isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
        }
        assertThat(PermissionRules.minimum(Relationship.WORKER, givesPersonalCare))
                .contains(
                        Permission.read(Category.PROFILE_AND_CONTACT),
                        Permission.read(Category.EMERGENCY_CONTACT_ONLY));
    }

    @Property
    void aStrangerIsNeverAllowedAnything(
            @ForAll("changes") List<Change> own,
            @ForAll("changes") List<Change> circle,
            @ForAll boolean givesPersonalCare,
            @ForAll boolean breakGlassOpen,
            @ForAll("permissions") Permission wanted) {
        Decision decision = PermissionRules.decide(
                Relationship.STRANGER, wanted, after(own), after(circle), givesPersonalCare, breakGlassOpen);

        assertThat(decision).isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Property
    void aCoverWorkerOutsideTheTeamGetsTheVisitingMinimumAndNothingElse(
            @ForAll("changes") List<Change> own,
            @ForAll("changes") List<Change> circle,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission wanted) {
        Decision decision = PermissionRules.decide(
                Relationship.EMERGENCY_COVER, wanted, after(own), after(circle), givesPersonalCare, false);

        assertThat(decision)
                .isEqualTo(
                        PermissionRules.VISITING_WORKER_MINIMUM.contains(wanted)
                                ? Decision.allow(Reason.EMERGENCY_COVER)
                                : Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Property
    void revokingFromAMemberMakesTheNextDecisionDenyUnlessItIsAMinimum(
            @ForAll("members") Relationship member,
            @ForAll("changes") List<Change> earlier,
            @ForAll("changes") List<Change> circle,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission revoked) {
        List<Change> changes = new ArrayList<>(earlier);
        changes.add(new Change(revoked, false));

        Decision decision =
                PermissionRules.decide(member, revoked, after(changes), after(circle), givesPersonalCare, false);

        if (PermissionRules.minimum(member, givesPersonalCare).contains(revoked)) {
            assertThat(decision).isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
        } else {
            assertThat(decision).isEqualTo(Decision.deny(Reason.NOT_GRANTED));
        }
    }

    @Property
    void aMembersOwnSettingsOverrideTheirCircles(
            @ForAll("members") Relationship member,
            @ForAll("changes") List<Change> own,
            @ForAll("changes") List<Change> circle,
            @ForAll("permissions") Permission wanted) {
        Settings mine = after(own);

        Decision decision = PermissionRules.decide(member, wanted, mine, after(circle), false, false);

        if (mine.granted().contains(wanted)) {
            assertThat(decision.allowed()).isTrue();
        }
        if (mine.withdrawn().contains(wanted)
                && !PermissionRules.minimum(member, false).contains(wanted)) {
            assertThat(decision.allowed()).isFalse();
        }
    }

    @Property
    void aMemberIsAllowedOnlyWhatIsGrantedToThemOrTheirCircleOrTheirRoleHasByDefaultOrMinimum(
            @ForAll("members") Relationship member,
            @ForAll("changes") List<Change> own,
            @ForAll("changes") List<Change> circle,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission wanted) {
        Settings mine = after(own);
        Settings ours = after(circle);

        Decision decision = PermissionRules.decide(member, wanted, mine, ours, givesPersonalCare, false);

        boolean expected = PermissionRules.minimum(member, givesPersonalCare).contains(wanted)
                || mine.granted().contains(wanted)
                || (!mine.withdrawn().contains(wanted)
                        && (ours.granted().contains(wanted)
                                || (!ours.withdrawn().contains(wanted)
                                        && PermissionRules.defaults(member).contains(wanted))));
        assertThat(decision.allowed()).isEqualTo(expected);
    }

    @Property
    void aCoordinatorOutsideTheTeamOnlyReadsAndOnlyWhileTheGlassIsBroken(
            @ForAll("changes") List<Change> own,
            @ForAll boolean breakGlassOpen,
            @ForAll("permissions") Permission wanted) {
        Decision decision = PermissionRules.decide(
                Relationship.COORDINATOR, wanted, after(own), Settings.NONE, false, breakGlassOpen);

        assertThat(decision.allowed()).isEqualTo(breakGlassOpen && wanted.action() == Action.READ);
    }

    @Provide
    Arbitrary<Permission> permissions() {
        return Combinators.combine(Arbitraries.of(Category.class), Arbitraries.of(Action.class))
                .as(Permission::new);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        Arbitrary<Change> change =
                Combinators.combine(permissions(), Arbitraries.of(true, false)).as(Change::new);
        return change.list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Relationship> members() {
        return Arbitraries.of(Arrays.stream(Relationship.values())
                .filter(Relationship::member)
                .toList());
    }
}
