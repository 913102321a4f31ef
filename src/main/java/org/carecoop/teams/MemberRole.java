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
    HEALTH_PROFESSIONAL
}
