package org.carecoop.people;

/** A worker's gender, as they choose to say it, so that people who prefer one can find them. */
public enum Gender {
    NOT_SAID,
    WOMAN,
    MAN,
    NON_BINARY
}
