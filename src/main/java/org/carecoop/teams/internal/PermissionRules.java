package org.carecoop.teams.internal;

import static org.carecoop.teams.Category.CARE_NOTES;
import static org.carecoop.teams.Category.EMERGENCY_CONTACT_ONLY;
import static org.carecoop.teams.Category.FINANCES_AND_BUDGET;
import static org.carecoop.teams.Category.INTIMATE_AND_PERSONAL_CARE;
import static org.carecoop.teams.Category.MEDICATION;
import static org.carecoop.teams.Category.PLANS_AND_OUTCOMES;
import static org.carecoop.teams.Category.PROFILE_AND_CONTACT;
import static org.carecoop.teams.Category.SCHEDULE;
import static org.carecoop.teams.internal.Permission.read;
import static org.carecoop.teams.internal.Permission.write;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Decision;
import org.carecoop.teams.Decision.Reason;

/**
 * The permission rule itself (TE3), free of storage so it can be checked over any grants: the person
 * has everything; minimums for a role hold whatever the grants say; then the member's own grants and
 * withdrawals; then their role's defaults. Co-ordinators outside the team get in only by break-glass,
 * to read; anyone else outside the team gets nothing.
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
            Set.of(read(PROFILE_AND_CONTACT), read(CARE_NOTES), read(MEDICATION), write(CARE_NOTES)));

    /** What any visiting worker always has: address, access notes, risks and emergency contacts. */
    static final Set<Permission> VISITING_WORKER_MINIMUM =
            Set.of(read(PROFILE_AND_CONTACT), read(EMERGENCY_CONTACT_ONLY));

    /** What a worker who gives personal care always has as well: the care record. */
    static final Set<Permission> PERSONAL_CARE_MINIMUM = Set.of(read(CARE_NOTES), read(INTIMATE_AND_PERSONAL_CARE));

    private PermissionRules() {}

    /**
     * @param granted what the person currently grants this member
     * @param withdrawn what the person has withdrawn from this member (and not granted again)
     * @param givesPersonalCare whether this member gives the person personal care
     * @param breakGlassOpen whether a break-glass opening by this caller is in force
     */
    static Decision decide(
            Relationship relationship,
            Permission wanted,
            Set<Permission> granted,
            Set<Permission> withdrawn,
            boolean givesPersonalCare,
            boolean breakGlassOpen) {
        if (relationship == Relationship.SELF) {
            return Decision.allow(Reason.OWN_RECORD);
        }
        if (!relationship.member()) {
            if (relationship == Relationship.COORDINATOR && breakGlassOpen && wanted.action() == Action.READ) {
                return Decision.allow(Reason.BREAK_GLASS);
            }
            return Decision.deny(Reason.NOT_IN_TEAM);
        }
        if (minimum(relationship, givesPersonalCare).contains(wanted)) {
            return Decision.allow(Reason.MINIMUM_FOR_ROLE);
        }
        if (granted.contains(wanted)) {
            return Decision.allow(Reason.GRANTED);
        }
        if (!withdrawn.contains(wanted)
                && ROLE_DEFAULTS.getOrDefault(relationship, Set.of()).contains(wanted)) {
            return Decision.allow(Reason.ROLE_DEFAULT);
        }
        return Decision.deny(Reason.NOT_GRANTED);
    }

    /** What nobody can take away from a member in this relationship. */
    static Set<Permission> minimum(Relationship relationship, boolean givesPersonalCare) {
        if (relationship != Relationship.WORKER) {
            return Set.of();
        }
        return givesPersonalCare ? union(VISITING_WORKER_MINIMUM, PERSONAL_CARE_MINIMUM) : VISITING_WORKER_MINIMUM;
    }

    private static Set<Permission> readAll() {
        return Arrays.stream(Category.values()).map(Permission::read).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<Permission> union(Set<Permission> a, Set<Permission> b) {
        return Stream.concat(a.stream(), b.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
