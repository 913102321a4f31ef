package org.carecoop.peers.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A meet-up planned on a page, with how many have answered each way.
 *
 * @param actorId who planned it: a co-ordinator acting for the organiser, or the organiser
 */
public record MeetUp(
        UUID id,
        UUID organiserId,
        UUID actorId,
        String title,
        Instant startsAt,
        String place,
        String description,
        int going,
        int maybe,
        int notGoing) {

    /** Whether it has started by then, so it is a past meet-up. */
    public boolean startedBy(Instant now) {
        return !startsAt.isAfter(now);
    }
}
