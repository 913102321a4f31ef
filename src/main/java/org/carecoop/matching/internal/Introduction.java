package org.carecoop.matching.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One introduction as stored: who, the request it came from, its state and its trial visit.
 *
 * @param requestId the request the person invited the worker from
 * @param trialVisitId the visit booked for the trial session, while there is one
 * @param arrangementId the arrangement it led to, once both chose to continue
 */
public record Introduction(
        UUID id,
        @Nullable UUID requestId,
        UUID personId,
        UUID workerId,
        IntroductionState state,
        Instant invitedAt,
        @Nullable UUID trialVisitId,
        @Nullable UUID arrangementId) {}
