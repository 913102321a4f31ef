package org.carecoop.planning.internal.solver;

import java.util.List;
import org.carecoop.planning.Visit;

/**
 * The earliest starts that keep every part of a synchronised group within its gaps of the part
 * before: part k starts no earlier than it is ready (arrived and the window open), at least {@code
 * minGap} after part k − 1, and at most {@code maxGap} after it, which can push part k − 1 later.
 * These are longest paths in a chain of difference constraints with no positive cycle (minGap ≤
 * maxGap), found by relaxing forwards and backwards until nothing moves.
 */
final class SyncedStarts {

    /** A part that is not on any shift yet: it neither waits nor makes anyone wait. */
    static final long UNKNOWN = Long.MIN_VALUE / 4;

    private SyncedStarts() {}

    /**
     * @param ready when each part could start on its own, or {@link #UNKNOWN}
     * @param syncs each part's gaps to the part before
     */
    static long[] relax(long[] ready, List<Visit.Sync> syncs) {
        int n = ready.length;
        long[] starts = ready.clone();
        boolean moved = true;
        for (int round = 0; moved && round <= 2 * n; round++) {
            moved = false;
            for (int k = 1; k < n; k++) {
                Visit.Sync sync = syncs.get(k);
                if (starts[k - 1] != UNKNOWN && starts[k - 1] + sync.minGap() > starts[k]) {
                    starts[k] = starts[k - 1] + sync.minGap();
                    moved = true;
                }
            }
            for (int k = n - 1; k > 0; k--) {
                Visit.Sync sync = syncs.get(k);
                if (starts[k] != UNKNOWN && starts[k] - sync.maxGap() > starts[k - 1]) {
                    starts[k - 1] = starts[k] - sync.maxGap();
                    moved = true;
                }
            }
        }
        return starts;
    }

    /**
     * {@link #relax} for a group of two, without the arrays: the commonest group, a double-up, is
     * worked out on every move that touches one of its parts. One pass each way settles a pair,
     * because pulling the first part later never takes it past the second's minimum gap.
     *
     * @param second the second part's gaps to the first
     * @param index which part's start is wanted, 0 or 1
     */
    static long pair(long ready0, long ready1, Visit.Sync second, int index) {
        long start1 = ready0 != UNKNOWN && ready0 + second.minGap() > ready1 ? ready0 + second.minGap() : ready1;
        if (index == 1) {
            return start1;
        }
        return start1 != UNKNOWN && start1 - second.maxGap() > ready0 ? start1 - second.maxGap() : ready0;
    }

    static Visit.Sync gaps(PlanningVisit part) {
        Visit.Sync sync = part.visit().sync();
        if (sync == null) {
            throw new IllegalStateException("Visit " + part.id() + " is in a group without a sync");
        }
        return sync;
    }
}
