package org.carecoop.teams.internal;

import static org.carecoop.teams.Category.CARE_NOTES;
import static org.carecoop.teams.Category.EMERGENCY_CONTACT_ONLY;
import static org.carecoop.teams.Category.FINANCES_AND_BUDGET;
import static org.carecoop.teams.Category.INTIMATE_AND_PERSONAL_CARE;
import static org.carecoop.teams.Category.MEDICATION;
import static org.carecoop.teams.Category.PLANS_AND_OUTCOMES;
import static org.carecoop.teams.Category.PROFILE_AND_CONTACT;
import static org.carecoop.teams.Category.SCHEDULE;
import static org.carecoop.teams.Permission.read;
import static org.carecoop.teams.Permission.write;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Circle;
import org.carecoop.teams.Decision;
import org.carecoop.teams.Decision.Reason;
import org.carecoop.teams.Permission;

/**
 * The permission rule itself (TE3), free of storage so it can be checked over any grants: the person
 * has everything; minimums for a role hold whatever the grants say; then the member's own grants and
 * withdrawals; then their circle's; then their role's defaults. Outside the team, a cover worker gets
 * the visiting-worker minimum while their visit's access window is open, a co-ordinator gets in only
 * by break-glass, to read, and anyone else gets nothing.
 */
final class PermissionRules {

    /** What each role in the team may do unless the person withdraws it. */
    static final Map<Relationship, Set<Permission>> ROLE_DEFAULTS = Map.of(
            Relationship.NOMINEE,
            union(
                    readAll(),
                    Set.of(
                            write(PROFILE_AND_CONTACT),
                            write(SCHEDULE),
                            write(FINANCES_AND_BUDGET),
                            write(PLANS_AND_OUTCOMES))),
            Relationship.WORKER,
            Set.of(read(SCHEDULE), read(PLANS_AND_OUTCOMES), write(CARE_NOTES)),
            Relationship.FAMILY_OR_FRIEND,
            Set.of(read(SCHEDULE), read(EMERGENCY_CONTACT_ONLY)),
            Relationship.HEALTH_PROFESSIONAL,
            Set.of(read(PROFILE_AND_CONTACT), read(CARE_NOTES), read(MEDICATION), write(CARE_NOTES)),
            Relationship.VOLUNTEER,
            Set.of(read(SCHEDULE), read(PLANS_AND_OUTCOMES)),
            Relationship.PEER_SUPPORTER,
            Set.of(read(SCHEDULE), read(PLANS_AND_OUTCOMES)));

    /** What any visiting worker always has: address, access notes, risks and emergency contacts. */
    static final Set<Permission> VISITING_WORKER_MINIMUM =
            Set.of(read(PROFILE_AND_CONTACT), read(EMERGENCY_CONTACT_ONLY));

    /** What a worker who gives personal care always has as well: the care record. */
    static final Set<Permission> PERSONAL_CARE_MINIMUM = Set.of(read(CARE_NOTES), read(INTIMATE_AND_PERSONAL_CARE));

    /** Every permission there is, category by category, reading before writing. */
    static final List<Permission> ALL = Arrays.stream(Category.values())
            .flatMap(c -> Arrays.stream(Action.values()).map(a -> new Permission(c, a)))
            .toList();

    private PermissionRules() {}

    /**
     * What the person set for a member or a circle: for each permission the newest change decides.
     */
    record Settings(Set<Permission> granted, Set<Permission> withdrawn) {

        static final Settings NONE = new Settings(Set.of(), Set.of());

        Settings {
            granted = Set.copyOf(granted);
            withdrawn = Set.copyOf(withdrawn);
        }
    }

    /**
     * @param relationship how the caller stands to the person
     * @param own what the person set for this member
     * @param circle what the person set for the member's circle
     * @param givesPersonalCare whether this member gives the person personal care
     * @param breakGlassOpen whether a break-glass opening by this caller is in force
     */
    static Decision decide(
            Relationship relationship,
            Permission wanted,
            Settings own,
            Settings circle,
            boolean givesPersonalCare,
            boolean breakGlassOpen) {
        if (relationship == Relationship.SELF) {
            return Decision.allow(Reason.OWN_RECORD);
        }
        if (!relationship.member()) {
            return outsider(relationship, wanted, breakGlassOpen);
        }
        if (minimum(relationship, givesPersonalCare).contains(wanted)) {
            return Decision.allow(Reason.MINIMUM_FOR_ROLE);
        }
        if (own.granted().contains(wanted)) {
            return Decision.allow(Reason.GRANTED);
        }
        if (own.withdrawn().contains(wanted)) {
            return Decision.deny(Reason.NOT_GRANTED);
        }
        if (circle.granted().contains(wanted)) {
            return Decision.allow(Reason.GRANTED_TO_CIRCLE);
        }
        if (!circle.withdrawn().contains(wanted) && defaults(relationship).contains(wanted)) {
            return Decision.allow(Reason.ROLE_DEFAULT);
        }
        return Decision.deny(Reason.NOT_GRANTED);
    }

    private static Decision outsider(Relationship relationship, Permission wanted, boolean breakGlassOpen) {
        if (relationship == Relationship.COORDINATOR && breakGlassOpen && wanted.action() == Action.READ) {
            return Decision.allow(Reason.BREAK_GLASS);
        }
        if (relationship == Relationship.EMERGENCY_COVER && VISITING_WORKER_MINIMUM.contains(wanted)) {
            return Decision.allow(Reason.EMERGENCY_COVER);
        }
        return Decision.deny(Reason.NOT_IN_TEAM);
    }

    /** What members in this relationship have unless the person withdraws it. */
    static Set<Permission> defaults(Relationship relationship) {
        return ROLE_DEFAULTS.getOrDefault(relationship, Set.of());
    }

    /** What nobody can take away from a member in this relationship. */
    static Set<Permission> minimum(Relationship relationship, boolean givesPersonalCare) {
        if (relationship != Relationship.WORKER) {
            return Set.of();
        }
        return givesPersonalCare ? union(VISITING_WORKER_MINIMUM, PERSONAL_CARE_MINIMUM) : VISITING_WORKER_MINIMUM;
    }

    /** The relationship that stands for a circle when showing what the circle has. */
    static Relationship representative(Circle circle) {
        return switch (circle) {
            case NOMINEES -> Relationship.NOMINEE;
            case WORKERS -> Relationship.WORKER;
            case FAMILY_AND_FRIENDS -> Relationship.FAMILY_OR_FRIEND;
            case PROFESSIONALS -> Relationship.HEALTH_PROFESSIONAL;
            case VOLUNTEERS_AND_PEERS -> Relationship.VOLUNTEER;
        };
    }

    private static Set<Permission> readAll() {
        return Arrays.stream(Category.values()).map(Permission::read).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
