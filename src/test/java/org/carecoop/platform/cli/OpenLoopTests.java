package org.carecoop.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The open-loop schedule of {@code bench booking --rate R} and how its latencies are counted. */
class OpenLoopTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void requestsAreDueEvenlyFromTheStart() {
        OpenLoop loop = new OpenLoop(5 * SECOND, 300);

        assertThat(loop.dueAt(0)).isEqualTo(5 * SECOND);
        assertThat(loop.dueAt(1)).isEqualTo(5 * SECOND + 3_333_333);
        assertThat(loop.dueAt(300)).isEqualTo(6 * SECOND);
        assertThat(loop.dueAt(9_000)).isEqualTo(35 * SECOND);
    }

    @Test
    void aLateRequestCountsFromWhenItWasDueNotWhenItWasSent() {
        OpenLoop loop = new OpenLoop(0, 100);
        long due = loop.dueAt(50);
        long sentHalfASecondLate = due + SECOND / 2;
        long answered = sentHalfASecondLate + 20_000_000;

        assertThat(OpenLoop.latency(due, answered)).isEqualTo(520_000_000);
    }

    @Test
    void theOfferedRateIsTheRequestsDueInTheMeasuredWindow() {
        OpenLoop loop = new OpenLoop(1_000, 300);
        long warmUntil = 1_000 + 3 * SECOND;
        long stopAt = warmUntil + 30 * SECOND;

        assertThat(loop.dueBetween(warmUntil, stopAt)).isEqualTo(9_000);
        assertThat(loop.dueBetween(0, warmUntil)).isEqualTo(900);
        assertThat(loop.dueBetween(warmUntil, warmUntil)).isZero();
    }

    @Test
    void windowsBetweenRequestsCountOnlyThoseDueInside() {
        OpenLoop loop = new OpenLoop(0, 3);

        // Due at 0, 333,333,333, 666,666,666 and 1,000,000,000 ns.
        assertThat(loop.dueBetween(1, SECOND)).isEqualTo(2);
        assertThat(loop.dueBetween(0, SECOND + 1)).isEqualTo(4);
        assertThat(loop.dueBetween(333_333_333, 333_333_334)).isEqualTo(1);
    }

    @Test
    void waitingForARequestAlreadyDueReturnsAtOnce() {
        OpenLoop loop = new OpenLoop(System.nanoTime() - SECOND, 10);
        long before = System.nanoTime();

        loop.awaitDue(5);

        assertThat(System.nanoTime() - before).isLessThan(SECOND / 10);
    }

    @Test
    void waitingForARequestStillToComeLastsUntilItIsDue() {
        OpenLoop loop = new OpenLoop(System.nanoTime(), 20);

        loop.awaitDue(2);

        assertThat(System.nanoTime()).isGreaterThanOrEqualTo(loop.dueAt(2));
    }

    @Test
    void percentilesAreNearestRankInMilliseconds() {
        long[] sorted = new long[100];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = (i + 1) * 1_000_000L;
        }

        assertThat(BookingBenchmark.millis(sorted, 50)).isEqualTo("50.0");
        assertThat(BookingBenchmark.millis(sorted, 99)).isEqualTo("99.0");
        assertThat(BookingBenchmark.millis(new long[] {7_500_000}, 99)).isEqualTo("7.5");
        assertThat(BookingBenchmark.millis(new long[0], 99)).isEqualTo("0");
    }

    @Test
    void anOpenLoopNeedsARate() {
        assertThatThrownBy(() -> new OpenLoop(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
