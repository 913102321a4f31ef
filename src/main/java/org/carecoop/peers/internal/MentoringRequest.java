package org.carecoop.peers.internal;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "I'd like a mentor for…": open until a member offers, then waiting for the person who asked to
 * accept, then closed.
 *
 * @param actorId who asked: a co-ordinator acting for the requester, or the requester
 * @param mentorId the member who offered first
 */
public record MentoringRequest(
        UUID id,
        UUID requesterId,
        UUID actorId,
        String need,
        Instant askedAt,
        @Nullable UUID mentorId,
        @Nullable Instant offeredAt,
        @Nullable Instant acceptedAt) {

    public static final int NEED_MAX = 500;

    /** Where a request has got to. */
    public enum Status {
        OPEN,
        OFFERED,
        ACCEPTED
    }

    public Status status() {
        if (acceptedAt != null) {
            return Status.ACCEPTED;
        }
        return mentorId == null ? Status.OPEN : Status.OFFERED;
    }
}
