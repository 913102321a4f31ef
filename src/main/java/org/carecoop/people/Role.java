package org.carecoop.people;

/** What an account does in the co-op. One account may hold several roles. */
public enum Role {
    SUPPORTED_PERSON,
    FAMILY,
    WORKER,
    VOLUNTEER,
    PEER_SUPPORTER,
    HEALTH_PROFESSIONAL,
    COORDINATOR,
    PROVIDER,
    ADMIN;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles anyone may choose for themselves at sign-up; the rest are given by the co-op. */
    public boolean selfChosen() {
        return this == SUPPORTED_PERSON
                || this == FAMILY
                || this == WORKER
                || this == VOLUNTEER
                || this == PEER_SUPPORTER
                || this == HEALTH_PROFESSIONAL
                || this == PROVIDER;
    }
}
