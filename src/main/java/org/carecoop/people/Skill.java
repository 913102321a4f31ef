package org.carecoop.people;

/** What a worker can do: one skill for each {@link Need}, and some more specialist ones. */
public enum Skill {
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
    EMOTIONAL_SUPPORT,
    DRIVING,
    DEMENTIA_CARE,
    END_OF_LIFE_CARE,
    PEER_SUPPORT,
    FIRST_AID,
    CATHETER_AND_STOMA_CARE,
    SIGN_LANGUAGE
}
