package org.carecoop.teams.internal;

import org.carecoop.teams.MemberRole;

/** How a caller stands to the person whose records they want. */
enum Relationship {
    SELF,
    NOMINEE,
    WORKER,
    FAMILY_OR_FRIEND,
    HEALTH_PROFESSIONAL,
    VOLUNTEER,
    PEER_SUPPORTER,
    /** A worker outside the team, within the access window around a visit they cover. */
    EMERGENCY_COVER,
    /** A co-ordinator who is not in the team: allowed in only by break-glass. */
    COORDINATOR,
    STRANGER;

    static Relationship of(MemberRole role) {
        return switch (role) {
            case WORKER -> WORKER;
            case NOMINEE -> NOMINEE;
            case FAMILY_OR_FRIEND -> FAMILY_OR_FRIEND;
            case HEALTH_PROFESSIONAL -> HEALTH_PROFESSIONAL;
            case VOLUNTEER -> VOLUNTEER;
            case PEER_SUPPORTER -> PEER_SUPPORTER;
        };
    }

    boolean member() {
        return this != SELF && this != EMERGENCY_COVER && this != COORDINATOR && this != STRANGER;
    }
}
