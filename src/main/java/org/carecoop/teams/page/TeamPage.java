package org.carecoop.teams.page;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Team;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reading and adding to a person's team page (TE2, TE5). Everyone on the page — the person and the
 * open members of their team — reads it and adds to it, except conversations limited to chosen
 * members: only those members read them, and the person is told they exist. Every look and every
 * addition is written to the access log; so is every refusal.
 */
@Service
class TeamPage {

    private final TeamPageAccess access;
    private final Threads threads;
    private final Comments comments;
    private final Celebrations celebrations;
    private final ExpertQuestions questions;
    private final PageChanges changes;
    private final Presenter presenter;
    private final Clock clock;
    private final TransactionTemplate transactions;

    TeamPage(
            TeamPageAccess access,
            Threads threads,
            Comments comments,
            Celebrations celebrations,
            ExpertQuestions questions,
            PageChanges changes,
            Presenter presenter,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.access = access;
        this.threads = threads;
        this.comments = comments;
        this.celebrations = celebrations;
        this.questions = questions;
        this.changes = changes;
        this.presenter = presenter;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactions);
    }

    // --- Reading ---------------------------------------------------------------------------------

    /**
     * The whole page as the caller sees it.
     *
     * @throws NotFound when there is no such person
     * @throws AccessDeniedException when the caller is not on the page
     */
    Views.TeamPage open(Caller caller, UUID personId) {
        Viewer viewer = access.admit(caller, personId, TeamPageAccess.VIEW);
        Views.TeamPage page = page(viewer);
        access.viewed(viewer, "page");
        return page;
    }

    /**
     * The page again, if the caller can see more on it than the {@code seen} items they have;
     * otherwise empty, and nothing is logged because nothing was shown.
     */
    Optional<Views.TeamPage> changesSince(Caller caller, UUID personId, long seen) {
        Viewer viewer = access.admit(caller, personId, TeamPageAccess.VIEW);
        Team team = viewer.team();
        if (team == null || changes.onTeamPage(team.id(), viewer.accountId(), viewer.isPerson()) == seen) {
            return Optional.empty();
        }
        Views.TeamPage page = page(viewer);
        access.viewed(viewer, "updates");
        return Optional.of(page);
    }

    /**
     * One conversation with its messages.
     *
     * @throws NotFound when the team has no such conversation, or the caller is not in it and may not
     *     know it exists
     * @throws AccessDeniedException when the caller is the person, who knows it exists, but not in it
     */
    Views.ThreadPage thread(Caller caller, UUID personId, UUID threadId) {
        Viewer viewer = access.admit(caller, personId, TeamPageAccess.VIEW);
        Threads.Conversation thread = readableThread(viewer, threadId, TeamPageAccess.VIEW);
        Views.ThreadPage page = threadPage(viewer, thread);
        access.viewed(viewer, "thread " + threadId);
        return page;
    }

    /** The conversation again, if it has more messages than {@code seen}; otherwise empty. */
    Optional<Views.ThreadPage> threadChangesSince(Caller caller, UUID personId, UUID threadId, long seen) {
        Viewer viewer = access.admit(caller, personId, TeamPageAccess.VIEW);
        Threads.Conversation thread = readableThread(viewer, threadId, TeamPageAccess.VIEW);
        if (changes.inThread(threadId) == seen) {
            return Optional.empty();
        }
        Views.ThreadPage page = threadPage(viewer, thread);
        access.viewed(viewer, "thread " + threadId);
        return Optional.of(page);
    }

    /** One comment or question with its replies. */
    Views.CommentPage comment(Caller caller, UUID personId, UUID commentId) {
        Viewer viewer = access.admit(caller, personId, TeamPageAccess.VIEW);
        Team team = viewer.requireTeam();
        Comments.Comment comment =
                comments.find(team.id(), commentId).orElseThrow(() -> NotFound.item("comment", commentId));
        Views.CommentPage page = new Views.CommentPage(personId, team.name(), comment(comment, presenter.names()));
        access.viewed(viewer, "comment " + commentId);
        return page;
    }

    // --- Adding ----------------------------------------------------------------------------------

    /**
     * Lets the caller add to the person's page; call before anything else about the request, so that
     * someone not on the page is refused whatever they sent.
     *
     * @throws AccessDeniedException when the caller is not on the page
     */
    Viewer admitToAdd(Caller caller, UUID personId) {
        return access.admit(caller, personId, TeamPageAccess.ADD);
    }

    /**
     * Starts a conversation, open to everyone on the page or limited to the chosen people and the
     * starter.
     *
     * @throws IllegalArgumentException when someone chosen is not on the page
     */
    UUID startThread(Viewer viewer, String title, String message, Set<UUID> limitedTo) {
        Team team = viewer.requireTeam();
        for (UUID member : limitedTo) {
            if (!viewer.onPage(member)) {
                throw new IllegalArgumentException("not on this team page: " + member);
            }
        }
        return inTransaction(() -> {
            UUID id = threads.start(team.id(), title, viewer.accountId(), limitedTo, message, clock.instant());
            access.added(viewer, "thread " + id);
            return id;
        });
    }

    /** Adds a message to a conversation the viewer may read. */
    void reply(Viewer viewer, UUID threadId, String message) {
        readableThread(viewer, threadId, TeamPageAccess.ADD);
        inTransaction(() -> {
            threads.post(threadId, viewer.accountId(), message, clock.instant());
            access.added(viewer, "message in thread " + threadId);
            return threadId;
        });
    }

    UUID comment(Viewer viewer, String text, boolean question) {
        Team team = viewer.requireTeam();
        return inTransaction(() -> {
            UUID id = comments.add(team.id(), viewer.accountId(), text, question, clock.instant());
            access.added(viewer, (question ? "question " : "comment ") + id);
            return id;
        });
    }

    void replyToComment(Viewer viewer, UUID commentId, String text) {
        Team team = viewer.requireTeam();
        comments.find(team.id(), commentId).orElseThrow(() -> NotFound.item("comment", commentId));
        inTransaction(() -> {
            comments.reply(commentId, viewer.accountId(), text, clock.instant());
            access.added(viewer, "reply to comment " + commentId);
            return commentId;
        });
    }

    UUID celebrate(Viewer viewer, String text) {
        Team team = viewer.requireTeam();
        return inTransaction(() -> {
            UUID id = celebrations.add(team.id(), viewer.accountId(), text, clock.instant());
            access.added(viewer, "celebration " + id);
            return id;
        });
    }

    /** The outcome of saying well done. */
    enum WellDone {
        SAID,
        ALREADY_SAID,
        OWN
    }

    /** Says well done to someone else's celebration, once. */
    WellDone wellDone(Viewer viewer, UUID celebrationId) {
        Team team = viewer.requireTeam();
        UUID author = celebrations
                .authorOf(team.id(), celebrationId)
                .orElseThrow(() -> NotFound.item("celebration", celebrationId));
        if (author.equals(viewer.accountId())) {
            return WellDone.OWN;
        }
        return inTransaction(() -> {
            if (!celebrations.wellDone(celebrationId, viewer.accountId(), clock.instant())) {
                return WellDone.ALREADY_SAID;
            }
            access.added(viewer, "well done to celebration " + celebrationId);
            return WellDone.SAID;
        });
    }

    /** Asks the co-op's practitioners a question on the team's behalf. */
    UUID askExpert(Viewer viewer, String text) {
        Team team = viewer.requireTeam();
        return inTransaction(() -> {
            UUID id = questions.ask(team.id(), viewer.accountId(), text, clock.instant());
            access.added(viewer, "expert question " + id);
            return id;
        });
    }

    // --- Building the views ----------------------------------------------------------------------

    private Views.TeamPage page(Viewer viewer) {
        Presenter.Names names = presenter.names();
        String personName = names.of(viewer.personId());
        String firstName = Presenter.firstName(personName);
        Team team = viewer.team();
        if (team == null) {
            return new Views.TeamPage(
                    viewer.personId(),
                    personName,
                    firstName,
                    viewer.isPerson(),
                    null,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    0);
        }
        // Counted before reading, so that an item added in between shows at the next poll rather than never.
        long seen = changes.onTeamPage(team.id(), viewer.accountId(), viewer.isPerson());
        List<Views.Member> members = new ArrayList<>();
        members.add(names.member(viewer.personId(), Presenter.PERSON_ROLE_KEY, viewer));
        for (Team.Member member : team.members()) {
            members.add(names.member(member.accountId(), Presenter.roleKey(member.role()), viewer));
        }
        List<Views.Choice> choices = members.stream()
                .filter(m -> !m.you())
                .map(m -> new Views.Choice(m.accountId().toString(), m.name()))
                .toList();
        List<Views.Conversation> conversations = threads.ofTeam(team.id()).stream()
                .filter(t -> t.readableBy(viewer.accountId()) || viewer.isPerson())
                .map(t -> conversation(t, viewer, names))
                .toList();
        List<Views.Comment> commentViews =
                comments.ofTeam(team.id()).stream().map(c -> comment(c, names)).toList();
        List<Views.Celebration> celebrationViews = celebrations.ofTeam(team.id(), viewer.accountId()).stream()
                .map(c -> new Views.Celebration(
                        c.id(),
                        names.of(c.authorId()),
                        presenter.when(c.postedAt()),
                        c.body(),
                        c.wellDones(),
                        c.saidByViewer(),
                        c.authorId().equals(viewer.accountId())))
                .toList();
        List<Views.Question> questionViews = questions.ofTeam(team.id()).stream()
                .map(q -> new Views.Question(
                        names.of(q.askedBy()), presenter.when(q.askedAt()), q.body(), answer(q.answer(), names)))
                .toList();
        return new Views.TeamPage(
                viewer.personId(),
                personName,
                firstName,
                viewer.isPerson(),
                team.name(),
                members,
                choices,
                conversations,
                commentViews,
                celebrationViews,
                questionViews,
                seen);
    }

    private Views.ThreadPage threadPage(Viewer viewer, Threads.Conversation thread) {
        Team team = viewer.requireTeam();
        Presenter.Names names = presenter.names();
        long seen = changes.inThread(thread.id());
        List<Views.Post> messages = threads.messages(thread.id()).stream()
                .map(m -> new Views.Post(names.of(m.authorId()), presenter.when(m.postedAt()), m.body()))
                .toList();
        return new Views.ThreadPage(
                viewer.personId(), team.name(), conversation(thread, viewer, names), messages, seen);
    }

    private Views.Conversation conversation(Threads.Conversation thread, Viewer viewer, Presenter.Names names) {
        return new Views.Conversation(
                thread.id(),
                thread.title(),
                names.of(thread.startedBy()),
                presenter.when(thread.startedAt()),
                thread.restricted(),
                names.sorted(thread.members(), viewer.accountId()),
                presenter.when(thread.lastActiveAt()),
                thread.messages(),
                thread.readableBy(viewer.accountId()));
    }

    private Views.Comment comment(Comments.Comment comment, Presenter.Names names) {
        return new Views.Comment(
                comment.id(),
                names.of(comment.authorId()),
                presenter.when(comment.postedAt()),
                comment.body(),
                comment.question(),
                comment.replies().stream()
                        .map(r -> new Views.Post(names.of(r.authorId()), presenter.when(r.postedAt()), r.body()))
                        .toList());
    }

    private Views.@org.jspecify.annotations.Nullable Answer answer(
            ExpertQuestions.@org.jspecify.annotations.Nullable Answer answer, Presenter.Names names) {
        return answer == null
                ? null
                : new Views.Answer(names.of(answer.answeredBy()), presenter.when(answer.answeredAt()), answer.text());
    }

    /**
     * The conversation, if the viewer may read it. Someone in the team who is not in a limited
     * conversation is told it does not exist; the person, who is told it exists, is refused.
     */
    private Threads.Conversation readableThread(Viewer viewer, UUID threadId, String action) {
        Team team = viewer.requireTeam();
        Threads.Conversation thread =
                threads.find(team.id(), threadId).orElseThrow(() -> NotFound.item("thread", threadId));
        if (!thread.readableBy(viewer.accountId())) {
            access.refuse(viewer.caller(), viewer.personId(), action, "not_in_thread " + threadId);
            if (viewer.isPerson()) {
                throw new AccessDeniedException("the person is told this conversation exists, but is not in it");
            }
            throw NotFound.item("thread", threadId);
        }
        return thread;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        T result = transactions.execute(status -> work.get());
        if (result == null) {
            throw new IllegalStateException("no result");
        }
        return result;
    }
}
