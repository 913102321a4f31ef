package org.carecoop.people;

/**
 * Whether a worker can take a visit at a given time, as {@link PeopleApi#availabilityAt} works it out:
 * leave or sickness touching any part of the time wins; otherwise their usual week, then their on-call
 * windows, decide. Bookings and cover use it to tell a confirmed booking from a request.
 */
public enum AvailabilityAt {
    /** Their usual weekly availability covers the whole time. */
    AVAILABLE,
    /** Outside their usual week, but an on-call window covers the whole time. */
    ON_CALL,
    /** Neither their usual week nor an on-call window covers the whole time. */
    OUTSIDE_AVAILABILITY,
    /** Leave touches some of the time. */
    ON_LEAVE,
    /** Sickness touches some of the time. */
    OFF_SICK
}
