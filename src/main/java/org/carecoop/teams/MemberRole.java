package org.carecoop.teams;

/** Why someone belongs to a person's team. */
public enum MemberRole {
    /** Supports the person regularly; joins and leaves with arrangements and visits. */
    WORKER,
    /** Someone the person has delegated to: they manage the team and its permissions too. */
    NOMINEE,
    /** Family or a friend the person invited. */
    FAMILY_OR_FRIEND,
    /** A health professional the person invited. */
    HEALTH_PROFESSIONAL,
    /** A volunteer the person invited, e.g. a befriender. */
    VOLUNTEER,
    /** A peer supporter with lived experience the person invited. */
    PEER_SUPPORTER;

    /** The circle of the team this role belongs to. */
    public Circle circle() {
        return switch (this) {
            case WORKER -> Circle.WORKERS;
            case NOMINEE -> Circle.NOMINEES;
            case FAMILY_OR_FRIEND -> Circle.FAMILY_AND_FRIENDS;
            case HEALTH_PROFESSIONAL -> Circle.PROFESSIONALS;
            case VOLUNTEER, PEER_SUPPORTER -> Circle.VOLUNTEERS_AND_PEERS;
        };
    }
}
