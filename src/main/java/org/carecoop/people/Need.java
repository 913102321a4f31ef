package org.carecoop.people;

/** Kinds of support a person may need, as they tick them on their profile. */
public enum Need {
    PERSONAL_CARE,
    MEDICATION,
    MEALS,
    HOUSEHOLD,
    SHOPPING,
    COMPANIONSHIP,
    GETTING_OUT,
    MOVING_AND_HANDLING,
    NIGHT_SUPPORT,
    MEMORY,
    EMOTIONAL_SUPPORT;

    /** The worker skill that meets this need. */
    public Skill skill() {
        return Skill.valueOf(name());
    }
}
