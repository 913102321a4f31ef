package org.carecoop.peers.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.peers.MeetUpPlan;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do on a page: posts and replies, meet-ups with answers and comments, and mentoring.
 * Every method refuses a caller who is not a member of the page with {@link AccessDeniedException};
 * an item that is not on the page is a {@link NoSuchElementException}.
 */
@Service
public class PeerActivity implements PeerPagesApi {

    /** How many of the newest posts a page shows. */
    public static final int POSTS_SHOWN = 50;

    /** How many of the latest past meet-ups a page shows. */
    public static final int PAST_MEET_UPS_SHOWN = 10;

    /** How many of the newest mentoring requests a page shows. */
    public static final int REQUESTS_SHOWN = 20;

    private final Membership membership;
    private final Pages pages;
    private final Conversations conversations;
    private final MeetUps meetUps;
    private final MentoringRequests mentoring;
    private final PeopleApi people;
    private final Clock clock;

    PeerActivity(
            Membership membership,
            Pages pages,
            Conversations conversations,
            MeetUps meetUps,
            MentoringRequests mentoring,
            PeopleApi people,
            Clock clock) {
        this.membership = membership;
        this.pages = pages;
        this.conversations = conversations;
        this.meetUps = meetUps;
        this.mentoring = mentoring;
        this.people = people;
        this.clock = clock;
    }

    /** Everything on a page for its members: what is coming up, the conversation, what went before. */
    public record Activity(
            List<MeetUp> upcoming, List<Post> posts, List<MentoringRequest> requests, List<MeetUp> past) {}

    /** A post with its replies, oldest first. */
    public record Discussion(Post post, List<Message> replies) {}

    /**
     * A meet-up with each member's answer and the comments.
     *
     * @param answers by account, in the order they first answered
     */
    public record Gathering(MeetUp meetUp, Map<UUID, Answer> answers, List<Message> comments) {}

    /** How an offer to mentor went. */
    public enum Offer {
        /** This member offered first. */
        MADE,
        /** Someone else had offered already. */
        TOO_LATE,
        /** It is the member's own request. */
        OWN_REQUEST
    }

    // Reading

    @Transactional(readOnly = true)
    public Activity activity(Caller caller, PeerPage page) {
        membership.requireMember(caller, page);
        Instant now = clock.instant();
        return pages.idOf(page)
                .map(id -> new Activity(
                        meetUps.upcoming(id, now),
                        conversations.posts(id, POSTS_SHOWN),
                        mentoring.onPage(id, REQUESTS_SHOWN),
                        meetUps.past(id, now, PAST_MEET_UPS_SHOWN)))
                .orElseGet(() -> new Activity(List.of(), List.of(), List.of(), List.of()));
    }

    @Transactional(readOnly = true)
    public Discussion discussion(Caller caller, PeerPage page, UUID postId) {
        membership.requireMember(caller, page);
        return new Discussion(post(page, postId), conversations.replies(postId));
    }

    @Transactional(readOnly = true)
    public Gathering gathering(Caller caller, PeerPage page, UUID meetUpId) {
        membership.requireMember(caller, page);
        MeetUp meetUp = meetUp(page, meetUpId);
        return new Gathering(meetUp, meetUps.answers(meetUpId), meetUps.comments(meetUpId));
    }

    @Transactional(readOnly = true)
    public MeetUp meetUp(Caller caller, PeerPage page, UUID meetUpId) {
        membership.requireMember(caller, page);
        return meetUp(page, meetUpId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPosts(PeerPage page) {
        return pages.idOf(page).map(conversations::hasPosts).orElse(false);
    }

    // Writing

    @Transactional
    public UUID post(Caller caller, PeerPage page, String text) {
        membership.requireMember(caller, page);
        Instant now = clock.instant();
        return conversations.post(
                pages.ensure(page, now), caller.accountId(), caller.actorId(), checked(text, POST_MAX), now);
    }

    @Transactional
    public UUID reply(Caller caller, PeerPage page, UUID postId, String text) {
        membership.requireMember(caller, page);
        post(page, postId);
        return conversations.reply(
                postId, caller.accountId(), caller.actorId(), checked(text, POST_MAX), clock.instant());
    }

    /**
     * Plans a meet-up organised by the caller.
     *
     * @throws IllegalArgumentException when it would start in the past or its texts hold markup
     */
    @Transactional
    public UUID planMeetUp(Caller caller, PeerPage page, MeetUpPlan plan) {
        membership.requireMember(caller, page);
        Instant now = clock.instant();
        if (!plan.startsAt().isAfter(now)) {
            throw new IllegalArgumentException("A meet-up is planned for the future");
        }
        checked(plan.title(), MeetUpPlan.TITLE_MAX);
        checked(plan.place(), MeetUpPlan.PLACE_MAX);
        if (!PlainText.Validator.plain(plan.description())) {
            throw new IllegalArgumentException("Use plain text only");
        }
        return meetUps.plan(pages.ensure(page, now), caller.accountId(), caller.actorId(), plan, now);
    }

    /**
     * Records the caller's answer, replacing an earlier one.
     *
     * @throws IllegalStateException when the meet-up has already started
     */
    @Transactional
    public void answer(Caller caller, PeerPage page, UUID meetUpId, Answer answer) {
        MeetUp meetUp = meetUp(caller, page, meetUpId);
        Instant now = clock.instant();
        if (meetUp.startedBy(now)) {
            throw new IllegalStateException("The meet-up has already started");
        }
        meetUps.answer(meetUpId, caller.accountId(), answer, now);
    }

    @Transactional
    public UUID comment(Caller caller, PeerPage page, UUID meetUpId, String text) {
        meetUp(caller, page, meetUpId);
        return meetUps.comment(
                meetUpId, caller.accountId(), caller.actorId(), checked(text, POST_MAX), clock.instant());
    }

    @Transactional
    public UUID askForMentor(Caller caller, PeerPage page, String need) {
        membership.requireMember(caller, page);
        Instant now = clock.instant();
        return mentoring.ask(
                pages.ensure(page, now),
                caller.accountId(),
                caller.actorId(),
                checked(need, MentoringRequest.NEED_MAX),
                now);
    }

    /** The caller offers to mentor whoever asked; the first offer is the one that counts. */
    @Transactional
    public Offer offerToMentor(Caller caller, PeerPage page, UUID requestId) {
        MentoringRequest request = request(caller, page, requestId);
        if (request.requesterId().equals(caller.accountId())) {
            return Offer.OWN_REQUEST;
        }
        return mentoring.offer(requestId, caller.accountId(), clock.instant()) ? Offer.MADE : Offer.TOO_LATE;
    }

    /**
     * The person who asked accepts the offer, which closes the request.
     *
     * @return false when there is no offer waiting (none yet, or accepted already)
     * @throws AccessDeniedException when the caller is not the person who asked
     */
    @Transactional
    public boolean acceptMentor(Caller caller, PeerPage page, UUID requestId) {
        MentoringRequest request = request(caller, page, requestId);
        if (!request.requesterId().equals(caller.accountId())) {
            throw new AccessDeniedException("Only the person who asked accepts a mentor");
        }
        return mentoring.accept(requestId, caller.accountId(), clock.instant());
    }

    // For other modules, as the account given (see PeerPagesApi)

    @Override
    @Transactional
    public UUID post(UUID authorId, PeerPage page, String text) {
        Caller author = callerFor(authorId);
        membership.refresh(author);
        return post(author, page, text);
    }

    @Override
    @Transactional
    public UUID planMeetUp(UUID organiserId, PeerPage page, MeetUpPlan plan) {
        Caller organiser = callerFor(organiserId);
        membership.refresh(organiser);
        return planMeetUp(organiser, page, plan);
    }

    private Caller callerFor(UUID accountId) {
        AccountSummary account =
                people.account(accountId).orElseThrow(() -> new AccessDeniedException("No account " + accountId));
        return new Caller(
                account.id(),
                account.displayName(),
                account.id(),
                account.displayName(),
                account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }

    private Post post(PeerPage page, UUID postId) {
        return pages.idOf(page)
                .flatMap(id -> conversations.post(id, postId))
                .orElseThrow(() -> new NoSuchElementException("No post " + postId + " on " + page));
    }

    private MeetUp meetUp(PeerPage page, UUID meetUpId) {
        return pages.idOf(page)
                .flatMap(id -> meetUps.meetUp(id, meetUpId))
                .orElseThrow(() -> new NoSuchElementException("No meet-up " + meetUpId + " on " + page));
    }

    private MentoringRequest request(Caller caller, PeerPage page, UUID requestId) {
        membership.requireMember(caller, page);
        Optional<MentoringRequest> request = pages.idOf(page).flatMap(id -> mentoring.request(id, requestId));
        return request.orElseThrow(() -> new NoSuchElementException("No request " + requestId + " on " + page));
    }

    /** The text stripped, after checking what the form checks too. */
    private static String checked(@Nullable String text, int max) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > max) {
            throw new IllegalArgumentException("Text must be 1 to " + max + " characters");
        }
        if (!PlainText.Validator.plain(stripped)) {
            throw new IllegalArgumentException("Use plain text only");
        }
        return stripped;
    }
}
