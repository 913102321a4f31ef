package org.carecoop.matching;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A regular arrangement between a person and a worker (CH4): after a trial both sides chose to
 * continue, or one that began before CareCoop. Either side may end it ("no fault, no blame").
 *
 * @param id the arrangement, as in its {@link ArrangementStarted} and {@link ArrangementEnded}
 * @param personId the account of the person supported
 * @param workerId the account of the worker
 * @param introductionId the introduction it came from; null when it began before CareCoop
 * @param startedAt when it began
 * @param endedAt when it ended; null while it goes on
 */
public record Arrangement(
        UUID id,
        UUID personId,
        UUID workerId,
        @Nullable UUID introductionId,
        Instant startedAt,
        @Nullable Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }
}
