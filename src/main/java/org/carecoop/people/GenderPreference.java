package org.carecoop.people;

/** The gender of worker a person prefers, if any (for personal care, many people have one). */
public enum GenderPreference {
    NO_PREFERENCE,
    WOMAN,
    MAN,
    NON_BINARY
}
