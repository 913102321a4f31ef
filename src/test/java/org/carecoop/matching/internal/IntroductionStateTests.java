package org.carecoop.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.carecoop.matching.internal.IntroductionException.Reason;
import org.carecoop.matching.internal.IntroductionState.Decision;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.IntroductionState.Status;
import org.junit.jupiter.api.Test;

class IntroductionStateTests {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant TRIAL = NOW.plus(Duration.ofDays(2));

    private static IntroductionState trialArranged() {
        return IntroductionState.invited().accept().arrangeTrial(TRIAL, TRIAL.plus(Duration.ofHours(1)), NOW);
    }

    @Test
    void theWorkerAcceptsOrDeclinesAnInvitationOnce() {
        assertThat(IntroductionState.invited().accept().status()).isEqualTo(Status.ACCEPTED);
        assertThat(IntroductionState.invited().decline().status()).isEqualTo(Status.DECLINED);
        assertThatThrownBy(() -> IntroductionState.invited().accept().accept())
                .isInstanceOf(IntroductionException.class)
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.NOT_NOW);
        assertThatThrownBy(() -> IntroductionState.invited().decline().accept())
                .isInstanceOf(IntroductionException.class);
    }

    @Test
    void aTrialNeedsAnAcceptedInvitationAndAFutureTimeAndCanBeMovedUntilItStarts() {
        assertThatThrownBy(() -> IntroductionState.invited().arrangeTrial(TRIAL, TRIAL.plusSeconds(3600), NOW))
                .isInstanceOf(IntroductionException.class);
        IntroductionState accepted = IntroductionState.invited().accept();
        assertThatThrownBy(() -> accepted.arrangeTrial(NOW.minusSeconds(60), NOW.plusSeconds(3600), NOW))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.TRIAL_IN_PAST);
        assertThatThrownBy(() -> accepted.arrangeTrial(TRIAL, TRIAL, NOW))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.TRIAL_END_NOT_AFTER_START);
        IntroductionState moved = trialArranged().arrangeTrial(TRIAL.plusSeconds(7200), TRIAL.plusSeconds(9000), NOW);
        assertThat(moved.status()).isEqualTo(Status.TRIAL_ARRANGED);
        assertThat(moved.trialStart()).isEqualTo(TRIAL.plusSeconds(7200));
        assertThatThrownBy(() -> trialArranged().arrangeTrial(TRIAL.plusSeconds(7200), TRIAL.plusSeconds(9000), TRIAL))
                .isInstanceOf(IntroductionException.class);
    }

    @Test
    void decisionsWaitForTheTrialToStart() {
        assertThatThrownBy(() -> trialArranged().decide(Side.PERSON, Decision.CONTINUE, NOW))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.TRIAL_NOT_STARTED);
        assertThatThrownBy(() -> IntroductionState.invited().accept().decide(Side.PERSON, Decision.CONTINUE, TRIAL))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.NOT_NOW);
    }

    @Test
    void bothContinuingMakesItContinuingWhicheverAnswersFirst() {
        IntroductionState personFirst = trialArranged()
                .decide(Side.PERSON, Decision.CONTINUE, TRIAL)
                .decide(Side.WORKER, Decision.CONTINUE, TRIAL);
        IntroductionState workerFirst = trialArranged()
                .decide(Side.WORKER, Decision.CONTINUE, TRIAL)
                .decide(Side.PERSON, Decision.CONTINUE, TRIAL);
        assertThat(personFirst.status()).isEqualTo(Status.CONTINUING);
        assertThat(workerFirst.status()).isEqualTo(Status.CONTINUING);
    }

    @Test
    void eitherSayingEndEndsItAtOnceAndNothingMoreCanBeDecided() {
        IntroductionState ended = trialArranged().decide(Side.WORKER, Decision.END, TRIAL);
        assertThat(ended.status()).isEqualTo(Status.ENDED);
        assertThatThrownBy(() -> ended.decide(Side.PERSON, Decision.CONTINUE, TRIAL))
                .isInstanceOf(IntroductionException.class);
        IntroductionState afterContinue =
                trialArranged().decide(Side.PERSON, Decision.CONTINUE, TRIAL).decide(Side.WORKER, Decision.END, TRIAL);
        assertThat(afterContinue.status()).isEqualTo(Status.ENDED);
    }

    @Test
    void aDecisionIsFinalAndEachSideSeesOnlyItsOwn() {
        IntroductionState decided = trialArranged().decide(Side.PERSON, Decision.CONTINUE, TRIAL);
        assertThat(decided.status()).isEqualTo(Status.TRIAL_ARRANGED);
        assertThat(decided.decisionOf(Side.PERSON)).isEqualTo(Decision.CONTINUE);
        assertThat(decided.decisionOf(Side.WORKER)).isNull();
        assertThat(decided.mayDecide(Side.PERSON, TRIAL)).isFalse();
        assertThat(decided.mayDecide(Side.WORKER, TRIAL)).isTrue();
        assertThatThrownBy(() -> decided.decide(Side.PERSON, Decision.END, TRIAL))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(Reason.ALREADY_DECIDED);
        IntroductionState workerEnded = trialArranged().decide(Side.WORKER, Decision.END, TRIAL);
        assertThat(workerEnded.decisionOf(Side.PERSON)).isNull();
    }

    @Test
    void eitherSideWithdrawsOnlyBeforeTheTrial() {
        assertThat(IntroductionState.invited().withdraw(NOW).status()).isEqualTo(Status.ENDED);
        assertThat(trialArranged().withdraw(NOW).status()).isEqualTo(Status.ENDED);
        assertThatThrownBy(() -> trialArranged().withdraw(TRIAL)).isInstanceOf(IntroductionException.class);
        assertThatThrownBy(() -> IntroductionState.invited().decline().withdraw(NOW))
                .isInstanceOf(IntroductionException.class);
        assertThat(IntroductionState.invited().decline().mayMessage()).isFalse();
    }
}
