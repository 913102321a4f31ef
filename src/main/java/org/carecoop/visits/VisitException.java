package org.carecoop.visits;

import java.util.Locale;

/** A booking or change of a visit that cannot be made, with the reason as a {@link Reason}. */
public class VisitException extends RuntimeException {

    /** Why it cannot be made. */
    public enum Reason {
        /** The visit would end at or before its start. */
        END_NOT_AFTER_START,
        /** The visit would last longer than {@link VisitsApi#LONGEST_VISIT}. */
        TOO_LONG,
        /** No worker was named. */
        NO_WORKERS,
        /** No person was named. */
        NO_PERSONS,
        /** A person was named twice for one shared session. */
        SAME_PERSON_TWICE,
        /** A weekly series without days of the week. */
        REPEAT_NO_DAYS,
        /** A weekly series that would end before its first visit, or run for more than a year. */
        REPEAT_UNTIL_NOT_RIGHT,
        /** A weekly series none of whose days falls between its start and its end. */
        REPEAT_NO_OCCURRENCES,
        /** The visit is not a request waiting for this worker's answer. */
        NOT_REQUESTED,
        /** There is no weekly series with this id, or none of its visits is still to come from that date. */
        SERIES_NOT_FOUND,
        /** A worker was named twice. */
        SAME_WORKER_TWICE,
        /** The visit is not for an account of a person who receives support. */
        NOT_A_SUPPORTED_PERSON,
        /** A worker is not an account of a care worker, volunteer or peer supporter. */
        NOT_A_WORKER,
        /** A worker the person has excluded (CH6) was named. */
        EXCLUDED_WORKER,
        /** The person was named as one of their own workers. */
        PERSON_AS_WORKER,
        /** A worker is already booked for an overlapping visit ({@link VisitClash}). */
        CLASH,
        /** There is no visit with this id. */
        NOT_FOUND,
        /** The visit was cancelled already. */
        ALREADY_CANCELLED,
        /** The visit was completed already. */
        ALREADY_COMPLETED,
        /** A check-out before the visit's start. */
        NOT_STARTED,
        /** A check-out in the future. */
        CHECK_OUT_IN_FUTURE,
        /** A decline reason longer than 500 characters or not plain text. */
        DECLINE_REASON_NOT_VALID,
        /** A cancellation reason that is blank, longer than 500 characters or not plain text. */
        REASON_NOT_VALID
    }

    private final Reason reason;

    protected VisitException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static VisitException of(Reason reason) {
        return new VisitException(reason, reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }

    public static VisitException notFound() {
        return of(Reason.NOT_FOUND);
    }
}
