package org.carecoop.peers.internal;

import java.util.UUID;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.jspecify.annotations.Nullable;

/**
 * Where an account stands with a page: whether it belongs automatically and what it chose.
 *
 * @param automatic whether the account belongs to the page automatically
 * @param choice what it chose itself, if anything
 */
public record Standing(
        PeerPage page,
        UUID accountId,
        boolean automatic,
        @Nullable Choice choice) {

    /** Whether the account is a member, by {@link MembershipRule#isMember}. */
    public boolean member() {
        return MembershipRule.isMember(automatic, choice);
    }

    /** A member who chose nothing: they are there automatically. */
    public boolean memberAutomatically() {
        return member() && choice != Choice.JOINED;
    }
}
