package org.carecoop.teams;

import java.util.Locale;

/** A kind of record about a person, the unit in which access is granted (TE3). */
public enum Category {
    PROFILE_AND_CONTACT,
    SCHEDULE,
    CARE_NOTES,
    INTIMATE_AND_PERSONAL_CARE,
    MEDICATION,
    FINANCES_AND_BUDGET,
    SAFEGUARDING,
    PLANS_AND_OUTCOMES,
    EMERGENCY_CONTACT_ONLY;

    /** The record type written to the access log, e.g. {@code care_notes}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
