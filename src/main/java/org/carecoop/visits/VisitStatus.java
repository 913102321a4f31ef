package org.carecoop.visits;

import java.util.Locale;

/** Where a visit stands. */
public enum VisitStatus {
    /**
     * Asked of its workers by a person or their family outside the workers' availability; their time
     * is not held until every worker has accepted.
     */
    REQUESTED,
    /** Planned; its workers' time is held for it. */
    BOOKED,
    /** A request a worker declined. */
    DECLINED,
    /** Called off; its workers' time is free again. */
    CANCELLED,
    /** Carried out: its workers checked out. */
    COMPLETED;

    /** How it is stored and sent in the API, e.g. {@code booked}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VisitStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
