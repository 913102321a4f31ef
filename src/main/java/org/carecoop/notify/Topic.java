package org.carecoop.notify;

/**
 * What a notification is about. Urgent topics (someone running late, a missed visit, cover needed)
 * are sent at once, even in the recipient's quiet hours; the rest wait until the quiet hours end.
 */
public enum Topic {
    BOOKING,
    REMINDER,
    RUNNING_LATE,
    MISSED_VISIT,
    COVER,
    ACCOUNT;

    /** Whether it is sent even in the recipient's quiet hours. */
    public boolean urgent() {
        return this == RUNNING_LATE || this == MISSED_VISIT || this == COVER;
    }
}
