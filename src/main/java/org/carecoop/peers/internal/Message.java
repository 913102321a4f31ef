package org.carecoop.peers.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A post's reply or a meet-up's comment.
 *
 * @param actorId who typed it: a co-ordinator acting for the author, or the author
 */
public record Message(UUID id, UUID authorId, UUID actorId, String body, Instant postedAt) {}
