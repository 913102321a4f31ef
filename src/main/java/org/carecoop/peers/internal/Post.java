package org.carecoop.peers.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A post on a page.
 *
 * @param actorId who typed it: a co-ordinator acting for the author, or the author
 * @param replies how many replies it has
 */
public record Post(UUID id, UUID authorId, UUID actorId, String body, Instant postedAt, int replies) {}
