package org.carecoop.matching.internal;

import java.util.Locale;

/**
 * A rule a shortlist never breaks (CH3), in the order they are checked: a worker left out is counted
 * under the first rule they fail, so the person can see which "must" to relax.
 */
public enum HardFilter {
    /** The worker has not said where they live. */
    NO_PLACE,
    /** The worker is the person themself. */
    SELF,
    /** The person lives beyond how far the worker travels. */
    TOO_FAR,
    /** The worker's vetting is below the lowest tier the person accepts, today. */
    TIER,
    /** Either side asked not to be matched with the other. */
    EXCLUDED,
    /** Not the kind of support asked for: a peer supporter needs lived experience of their condition. */
    KIND,
    /** Cannot give a help the person must have. */
    MUST_SKILL,
    /** Not of the gender the person must have. */
    MUST_GENDER,
    /** Does not speak a language the person must have. */
    MUST_LANGUAGE,
    /** Does not drive, which the person must have. */
    MUST_DRIVES,
    /** Has not supported people with a condition the person must have experience of. */
    MUST_CONDITION,
    /** Not free for enough of the hours wanted. */
    NOT_FREE;

    /** The message saying how many were left out by this rule: {0} is the number. */
    public String messageKey() {
        return "shortlist.leftOut." + name().toLowerCase(Locale.ROOT);
    }
}
