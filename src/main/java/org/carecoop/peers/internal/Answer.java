package org.carecoop.peers.internal;

import java.util.Locale;

/** A member's answer to a meet-up. */
public enum Answer {
    GOING,
    MAYBE,
    NOT_GOING;

    /** The code used in forms and message keys, e.g. {@code not-going}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
