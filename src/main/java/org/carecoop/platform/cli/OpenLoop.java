package org.carecoop.platform.cli;

import java.util.concurrent.locks.LockSupport;

/**
 * The fixed schedule of an open-loop benchmark ({@code bench booking --rate R}), as wrk2 keeps one:
 * request {@code n} (counting from 0) is due {@code n / R} seconds after the start, whatever became of
 * the requests before it. A request's latency is measured from when it was due, not from when a client
 * thread got round to sending it, so a server that stalls shows up in the percentiles instead of only
 * slowing the clients down (no coordinated omission). Times are {@link System#nanoTime()} values.
 */
final class OpenLoop {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long start;
    private final int perSecond;

    /**
     * @param start when request 0 is due
     * @param perSecond how many requests are due each second, at least 1
     */
    OpenLoop(long start, int perSecond) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("an open loop sends at least one request a second");
        }
        this.start = start;
        this.perSecond = perSecond;
    }

    /** When request {@code n} is due. */
    long dueAt(long n) {
        return start + Math.multiplyExact(n, NANOS_PER_SECOND) / perSecond;
    }

    /** How many requests are due at or after {@code from} and before {@code until}. */
    long dueBetween(long from, long until) {
        return firstDueAtOrAfter(until) - firstDueAtOrAfter(from);
    }

    /** The first request due at or after {@code at}. */
    private long firstDueAtOrAfter(long at) {
        if (at <= start) {
            return 0;
        }
        long n = Math.multiplyExact(at - start, perSecond) / NANOS_PER_SECOND;
        while (dueAt(n) < at) {
            n++;
        }
        return n;
    }

    /** Waits until request {@code n} is due; returns at once when it already is (the client is behind). */
    void awaitDue(long n) {
        long due = dueAt(n);
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** The request's latency: from when it was due until its answer came, however late it was sent. */
    static long latency(long due, long answered) {
        return answered - due;
    }
}
