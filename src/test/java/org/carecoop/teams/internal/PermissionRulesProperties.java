package org.carecoop.teams.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/**
 * The permission rule over any sequence of grants and revocations the person might make. Settings are
 * folded exactly as {@code Grants} stores them: the newest change to a permission decides.
 */
class PermissionRulesProperties {

    /** One change the person makes to what a member may do. */
    record Change(Permission permission, boolean grant) {}

    /** A member's settings after a sequence of changes. */
    record Settings(Set<Permission> granted, Set<Permission> withdrawn) {

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
    }

    @Property
    void aWorkersMinimumsHoldWhateverThePersonGrantsOrRevokes(
            @ForAll("changes") List<Change> changes,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission wanted) {
        Settings settings = Settings.after(changes);

        Decision decision = PermissionRules.decide(
                Relationship.WORKER, wanted, settings.granted(), settings.withdrawn(), givesPersonalCare, false);

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
            @ForAll("changes") List<Change> changes,
            @ForAll boolean givesPersonalCare,
            @ForAll boolean breakGlassOpen,
            @ForAll("permissions") Permission wanted) {
        Settings settings = Settings.after(changes);

        Decision decision = PermissionRules.decide(
                Relationship.STRANGER,
                wanted,
                settings.granted(),
                settings.withdrawn(),
                givesPersonalCare,
                breakGlassOpen);

        assertThat(decision).isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Property
    void revokingMakesTheNextDecisionDenyUnlessItIsAMinimum(
            @ForAll("members") Relationship member,
            @ForAll("changes") List<Change> earlier,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission revoked) {
        List<Change> changes = new ArrayList<>(earlier);
        changes.add(new Change(revoked, false));
        Settings settings = Settings.after(changes);

        Decision decision = PermissionRules.decide(
                member, revoked, settings.granted(), settings.withdrawn(), givesPersonalCare, false);

        if (PermissionRules.minimum(member, givesPersonalCare).contains(revoked)) {
            assertThat(decision).isEqualTo(Decision.allow(Reason.MINIMUM_FOR_ROLE));
        } else {
            assertThat(decision).isEqualTo(Decision.deny(Reason.NOT_GRANTED));
        }
    }

    @Property
    void aMemberIsAllowedOnlyWhatIsGrantedOrTheirRoleHasByDefaultOrMinimum(
            @ForAll("members") Relationship member,
            @ForAll("changes") List<Change> changes,
            @ForAll boolean givesPersonalCare,
            @ForAll("permissions") Permission wanted) {
        Settings settings = Settings.after(changes);

        Decision decision = PermissionRules.decide(
                member, wanted, settings.granted(), settings.withdrawn(), givesPersonalCare, false);

        boolean expected = PermissionRules.minimum(member, givesPersonalCare).contains(wanted)
                || settings.granted().contains(wanted)
                || (!settings.withdrawn().contains(wanted)
                        && PermissionRules.ROLE_DEFAULTS.get(member).contains(wanted));
        assertThat(decision.allowed()).isEqualTo(expected);
    }

    @Property
    void aCoordinatorOutsideTheTeamOnlyReadsAndOnlyWhileTheGlassIsBroken(
            @ForAll("changes") List<Change> changes,
            @ForAll boolean breakGlassOpen,
            @ForAll("permissions") Permission wanted) {
        Settings settings = Settings.after(changes);

        Decision decision = PermissionRules.decide(
                Relationship.COORDINATOR, wanted, settings.granted(), settings.withdrawn(), false, breakGlassOpen);

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
        return Arbitraries.of(
                Relationship.NOMINEE,
                Relationship.WORKER,
                Relationship.FAMILY_OR_FRIEND,
                Relationship.HEALTH_PROFESSIONAL);
    }
}
