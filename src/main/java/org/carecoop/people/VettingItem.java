package org.carecoop.people;

/**
 * What a worker's vetting is made of (CH2). Tier 1 needs identity, an enhanced DBS check,
 * qualifications and two references from different referees; tier 2 adds an application form, a
 * competency interview and a skills test.
 */
public enum VettingItem {
    IDENTITY(1, 1),
    DBS(1, 1),
    QUALIFICATIONS(1, 1),
    REFERENCE(1, 2),
    APPLICATION_FORM(2, 1),
    COMPETENCY_INTERVIEW(2, 1),
    SKILLS_TEST(2, 1);

    private final int tier;
    private final int needed;

    VettingItem(int tier, int needed) {
        this.tier = tier;
        this.needed = needed;
    }

    /** The tier that first needs this item. */
    public int tier() {
        return tier;
    }

    /** How many distinct pieces of evidence the tier needs (two references from different referees). */
    public int needed() {
        return needed;
    }
}
