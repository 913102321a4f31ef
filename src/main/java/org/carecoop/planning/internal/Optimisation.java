package org.carecoop.planning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One optimisation job as stored: what was asked, how far it has got, and its result.
 *
 * @param status queued, running, finished, failed, accepted or discarded
 * @param attempt how many times it has been started: a job abandoned by a restart runs again
 * @param bestScore the solver's score of the best plan so far, for the progress line only
 * @param metrics the problem's size (visits, parts, shifts, workers, places)
 * @param comparison the result, once finished
 * @param failure why it failed, in words for the co-ordinator
 */
public record Optimisation(
        UUID id,
        String area,
        LocalDate from,
        LocalDate to,
        String status,
        int attempt,
        UUID requestedBy,
        Instant requestedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String bestScore,
        long elapsedMs,
        @Nullable Integer unassigned,
        Map<String, Integer> metrics,
        @Nullable Comparison comparison,
        @Nullable String failure,
        @Nullable UUID decidedBy,
        @Nullable Instant decidedAt) {

    public Optimisation {
        metrics = Map.copyOf(metrics);
    }

    /** Still queued or running: the page keeps refreshing. */
    public boolean active() {
        return status.equals("queued") || status.equals("running");
    }

    /** Finished and not yet decided on. */
    public boolean decidable() {
        return status.equals("finished");
    }
}
