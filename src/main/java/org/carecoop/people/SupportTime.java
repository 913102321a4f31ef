package org.carecoop.people;

/** When a person wants support. */
public enum SupportTime {
    MORNINGS,
    AFTERNOONS,
    EVENINGS,
    NIGHTS,
    WEEKDAYS,
    WEEKENDS
}
