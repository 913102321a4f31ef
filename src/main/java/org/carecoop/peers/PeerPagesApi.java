package org.carecoop.peers;

import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * The peers module's facade for other modules (the demo co-op so far). Everything is done as the
 * account given, with the same rules as on the pages: the account's automatic memberships are worked
 * out first, and only members of a page can write on it.
 */
public interface PeerPagesApi {

    /** The longest post, reply or comment, in characters. */
    int POST_MAX = 2000;

    /** Whether anyone has posted on the page yet. */
    boolean hasPosts(PeerPage page);

    /**
     * Posts on the page as this account.
     *
     * @return the new post's id
     * @throws AccessDeniedException when the account is not a member of the page
     * @throws IllegalArgumentException when the text is blank, longer than {@value #POST_MAX}
     *     characters, or holds markup
     */
    UUID post(UUID authorId, PeerPage page, String text);

    /**
     * Plans a meet-up on the page, organised by this account.
     *
     * @return the new meet-up's id
     * @throws AccessDeniedException when the account is not a member of the page
     * @throws IllegalArgumentException when it would start in the past, or its texts hold markup
     */
    UUID planMeetUp(UUID organiserId, PeerPage page, MeetUpPlan plan);
}
