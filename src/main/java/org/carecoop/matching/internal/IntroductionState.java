package org.carecoop.matching.internal;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where an introduction stands and the only ways it can move on (CH4): the worker accepts or
 * declines the invitation; either side withdraws before the trial; either side sets or moves the
 * trial session until it starts; once it has started each side privately says continue or end, once.
 * Both saying continue makes it continuing (an arrangement); either saying end ends it. Pure: it
 * checks and returns the next state, or throws {@link IntroductionException}.
 *
 * @param trialStart when the trial session starts; null until one is set
 * @param trialEnd when it ends
 * @param personDecision the person's side's private decision
 * @param workerDecision the worker's private decision
 */
public record IntroductionState(
        Status status,
        @Nullable Instant trialStart,
        @Nullable Instant trialEnd,
        @Nullable Decision personDecision,
        @Nullable Decision workerDecision) {

    /** An invitation just sent. */
    public static IntroductionState invited() {
        return new IntroductionState(Status.INVITED, null, null, null, null);
    }

    /** The worker says yes to meeting. */
    public IntroductionState accept() {
        require(status == Status.INVITED);
        return new IntroductionState(Status.ACCEPTED, null, null, null, null);
    }

    /** The worker says no, with no reason asked. */
    public IntroductionState decline() {
        require(status == Status.INVITED);
        return new IntroductionState(Status.DECLINED, null, null, null, null);
    }

    /** Either side calls it off before the trial has started. */
    public IntroductionState withdraw(Instant now) {
        require(live() && !trialStarted(now));
        return new IntroductionState(Status.ENDED, trialStart, trialEnd, null, null);
    }

    /** Sets the trial session, or moves it, before it has started. */
    public IntroductionState arrangeTrial(Instant start, Instant end, Instant now) {
        require((status == Status.ACCEPTED || status == Status.TRIAL_ARRANGED) && !trialStarted(now));
        if (!end.isAfter(start)) {
            throw new IntroductionException(IntroductionException.Reason.TRIAL_END_NOT_AFTER_START);
        }
        if (!start.isAfter(now)) {
            throw new IntroductionException(IntroductionException.Reason.TRIAL_IN_PAST);
        }
        return new IntroductionState(Status.TRIAL_ARRANGED, start, end, null, null);
    }

    /** One side's private and final decision, once the trial has started. */
    public IntroductionState decide(Side side, Decision decision, Instant now) {
        require(status == Status.TRIAL_ARRANGED);
        if (!trialStarted(now)) {
            throw new IntroductionException(IntroductionException.Reason.TRIAL_NOT_STARTED);
        }
        if (decisionOf(side) != null) {
            throw new IntroductionException(IntroductionException.Reason.ALREADY_DECIDED);
        }
        Decision person = side == Side.PERSON ? decision : personDecision;
        Decision worker = side == Side.WORKER ? decision : workerDecision;
        Status next;
        if (person == Decision.END || worker == Decision.END) {
            next = Status.ENDED;
        } else if (person == Decision.CONTINUE && worker == Decision.CONTINUE) {
            next = Status.CONTINUING;
        } else {
            next = Status.TRIAL_ARRANGED;
        }
        return new IntroductionState(next, trialStart, trialEnd, person, worker);
    }

    /** The decision this side made, which is all that side may ever see of the decisions. */
    public @Nullable Decision decisionOf(Side side) {
        return side == Side.PERSON ? personDecision : workerDecision;
    }

    /** Invited, accepted or with a trial arranged: still going somewhere. */
    public boolean live() {
        return status == Status.INVITED || status == Status.ACCEPTED || status == Status.TRIAL_ARRANGED;
    }

    /** Whether the trial session has started by now. */
    public boolean trialStarted(Instant now) {
        return trialStart != null && !trialStart.isAfter(now);
    }

    /** Whether this side may make its decision now. */
    public boolean mayDecide(Side side, Instant now) {
        return status == Status.TRIAL_ARRANGED && trialStarted(now) && decisionOf(side) == null;
    }

    /** Whether either side may set or move the trial now. */
    public boolean mayArrangeTrial(Instant now) {
        return (status == Status.ACCEPTED || status == Status.TRIAL_ARRANGED) && !trialStarted(now);
    }

    /** Whether either side may call it off now. */
    public boolean mayWithdraw(Instant now) {
        return live() && !trialStarted(now);
    }

    /** Messages can be sent until it was declined or ended. */
    public boolean mayMessage() {
        return status != Status.DECLINED && status != Status.ENDED;
    }

    private static void require(boolean allowed) {
        if (!allowed) {
            throw new IntroductionException(IntroductionException.Reason.NOT_NOW);
        }
    }

    /** The stages of an introduction, stored by {@link #code()}. */
    public enum Status {
        INVITED,
        DECLINED,
        ACCEPTED,
        TRIAL_ARRANGED,
        CONTINUING,
        ENDED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Status ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** The two sides of an introduction. */
    public enum Side {
        /** The person, someone acting for them, or a co-ordinator in assisted mode. */
        PERSON,
        /** The worker invited. */
        WORKER
    }

    /** What a side decides after the trial, stored by {@link #code()}. */
    public enum Decision {
        CONTINUE,
        END;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Decision ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }
}
