package org.carecoop.teams.page;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the team page templates show: names and times ready to print, nothing to look up. */
final class Views {

    private Views() {}

    /**
     * A moment as a page shows it.
     *
     * @param iso for the {@code datetime} attribute of a {@code <time>} element
     * @param text in the co-op's time zone, e.g. "23 Nov 2026, 9:05am"
     */
    record When(String iso, String text) {}

    /**
     * Someone in the team's header.
     *
     * @param photoUrl their photo, when they have one the viewer may see; otherwise their initials show
     * @param roleKey the message key of their part in the team, e.g. {@code team.role.WORKER}
     */
    record Member(
            UUID accountId,
            String name,
            String initials,
            @Nullable String photoUrl,
            String roleKey,
            boolean you) {}

    /** A choice offered by a checkbox, labelled with plain text rather than a message key. */
    record Choice(String value, String label) {}

    /** A yes-or-no checkbox for a boolean field, labelled by a message key. */
    record Flag(String value, String labelKey) {}

    /** Something someone wrote: a message, a reply. */
    record Post(String author, When at, String body) {}

    /**
     * A conversation in the list.
     *
     * @param members the names of those who may read it when it is restricted; empty when it is open
     * @param readable whether the viewer may read it; when not, they are the person and only told it
     *     exists
     */
    record Conversation(
            UUID id,
            String title,
            String startedBy,
            When startedAt,
            boolean restricted,
            List<String> members,
            When lastActive,
            int messages,
            boolean readable) {}

    /** A comment or question with its replies. */
    record Comment(UUID id, String author, When at, String body, boolean question, List<Post> replies) {}

    /**
     * A success to celebrate.
     *
     * @param said whether the viewer has said well done
     * @param own whether the viewer posted it (nobody says well done to themselves)
     */
    record Celebration(UUID id, String author, When at, String body, int wellDones, boolean said, boolean own) {}

    /** A practitioner's answer. */
    record Answer(String by, When at, String text) {}

    /** A question to the practitioners, as the team sees it. */
    record Question(
            String askedBy, When at, String body, @Nullable Answer answer) {}

    /**
     * The team page as one viewer sees it.
     *
     * @param teamName absent until the team has formed: the person then sees only an explanation
     * @param choices whom a new conversation can be limited to: everyone on the page but the viewer
     * @param seen how many items the viewer can see, for polling
     */
    record TeamPage(
            UUID personId,
            String personName,
            String personFirstName,
            boolean own,
            @Nullable String teamName,
            List<Member> members,
            List<Choice> choices,
            List<Conversation> threads,
            List<Comment> comments,
            List<Celebration> celebrations,
            List<Question> questions,
            long seen) {

        public boolean hasTeam() {
            return teamName != null;
        }
    }

    /** One conversation with its messages. */
    record ThreadPage(UUID personId, String teamName, Conversation thread, List<Post> messages, long seen) {}

    /** One comment or question with its replies. */
    record CommentPage(UUID personId, String teamName, Comment comment) {}

    /**
     * A question as a practitioner sees it: what was asked, by which team and when, never the rest of
     * the team page.
     */
    record ExpertQuestion(
            UUID id,
            String teamName,
            When askedAt,
            String body,
            @Nullable Answer answer) {}

    /** A team the viewer belongs to, for their list of teams. */
    record TeamLink(UUID personId, String teamName, String roleKey, String personFirstName, When since) {}
}
