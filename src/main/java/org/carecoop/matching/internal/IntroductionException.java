package org.carecoop.matching.internal;

import java.util.Locale;

/** Something about an introduction, an arrangement or a back-up invitation that cannot be done. */
public class IntroductionException extends RuntimeException {

    /** Why. */
    public enum Reason {
        /** There is no such introduction, request or arrangement. */
        NOT_FOUND(false),
        /** Not at this stage (e.g. accepting twice, moving a trial that has started). */
        NOT_NOW(true),
        /** A decision before the trial session has started. */
        TRIAL_NOT_STARTED(true),
        /** A side deciding a second time. */
        ALREADY_DECIDED(true),
        /** A trial session that would start in the past. */
        TRIAL_IN_PAST(false),
        /** A trial session that would end at or before its start. */
        TRIAL_END_NOT_AFTER_START(false),
        /** The two already have an introduction in progress. */
        LIVE_INTRODUCTION(true),
        /** Either side asked not to be matched with the other again. */
        EXCLUDED(true),
        /** The person and the worker are the same account. */
        SELF(false),
        /** The account is not a care worker, volunteer or peer supporter. */
        NOT_A_WORKER(false),
        /** The two already have an active arrangement. */
        ALREADY_ARRANGED(true),
        /** The request was closed. */
        REQUEST_CLOSED(true),
        /** The arrangement has ended already. */
        ALREADY_ENDED(true);

        private final boolean conflict;

        Reason(boolean conflict) {
            this.conflict = conflict;
        }

        /** Whether it is about the state things are in (409) rather than what was sent (400). */
        public boolean conflict() {
            return conflict;
        }

        /** The end of its message keys, e.g. {@code live_introduction}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;

    public IntroductionException(Reason reason) {
        super(reason.key().replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
