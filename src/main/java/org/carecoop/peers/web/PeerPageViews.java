package org.carecoop.peers.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.Answer;
import org.carecoop.peers.internal.MeetUp;
import org.carecoop.peers.internal.Membership.Member;
import org.carecoop.peers.internal.MentoringRequest;
import org.carecoop.peers.internal.Message;
import org.carecoop.peers.internal.Names;
import org.carecoop.peers.internal.PeerActivity.Activity;
import org.carecoop.peers.internal.PeerActivity.Discussion;
import org.carecoop.peers.internal.PeerActivity.Gathering;
import org.carecoop.peers.internal.Post;
import org.carecoop.people.Condition;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns what the peers module knows into what its pages show: names instead of account ids, times in
 * the co-op's zone, and for each region a version, so that a page polling for changes is told when
 * nothing has changed and keeps what the reader is looking at.
 */
@Component
class PeerPageViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);
    private static final DateTimeFormatter POSTED = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private final MessageSource messages;
    private final Names names;
    private final Clock clock;

    PeerPageViews(MessageSource messages, Names names, Clock clock) {
        this.messages = messages;
        this.names = names;
        this.clock = clock;
    }

    /** How a page is named and described. */
    record Heading(String path, String caption, String title, String description) {}

    /** A page in a list of pages. */
    record PageLink(String path, String title, boolean member, boolean automatic) {}

    /**
     * A post, reply or comment.
     *
     * @param helper the co-ordinator who typed it for the author, if one did
     */
    record Said(String id, String author, @Nullable String helper, String body, String when) {}

    /** A post in the page's list, with its replies counted. */
    record PostItem(Said said, int replies, String path) {}

    record MeetUpItem(
            String id,
            String title,
            String when,
            String place,
            String description,
            String organiser,
            int going,
            int maybe,
            int notGoing,
            String path) {}

    /**
     * A mentoring request as the caller sees it: the mentor's name only for the person who asked and
     * the mentor.
     */
    record RequestItem(
            String id,
            String requester,
            String need,
            String when,
            MentoringRequest.Status status,
            boolean mine,
            boolean canOffer,
            boolean canAccept,
            @Nullable String mentor,
            String offerPath,
            String acceptPath) {}

    record MemberItem(String name, String roles) {}

    /** What the page's polled region shows. */
    record ActivityView(
            List<MeetUpItem> upcoming,
            List<PostItem> posts,
            List<RequestItem> requests,
            List<MeetUpItem> past,
            List<MemberItem> members,
            String version) {}

    record DiscussionView(PostItem post, List<Said> replies, String version) {}

    /** Who answered what: names under each answer. */
    record AnswerGroup(String answerKey, List<String> names) {}

    record GatheringView(
            MeetUpItem meetUp,
            boolean past,
            @Nullable String myAnswer,
            List<AnswerGroup> answers,
            List<Said> comments,
            String version) {}

    Heading heading(PeerPage page) {
        String caption = text(page.kind() == PeerPage.Kind.CONDITION ? "peers.kind.condition" : "peers.kind.area");
        return new Heading(page.path(), caption, title(page), description(page));
    }

    String title(PeerPage page) {
        return page.condition()
                .map(PeerPageViews::conditionKey)
                .map(this::text)
                .orElseGet(() -> text("peers.area.title", page.code()));
    }

    PageLink link(PeerPage page, boolean member, boolean automatic) {
        return new PageLink(page.path(), title(page), member, automatic);
    }

    ActivityView activity(Caller caller, PeerPage page, Activity activity, List<Member> members) {
        Function<UUID, String> name = names.lookup();
        List<RequestItem> requests = activity.requests().stream()
                .map(r -> request(caller, page, r, name))
                .toList();
        List<MemberItem> memberItems = members.stream()
                .map(m -> new MemberItem(
                        m.name(),
                        String.join(
                                ", ",
                                m.roles().stream()
                                        .sorted()
                                        .map(role -> text("role." + role.name().toLowerCase(Locale.ROOT)))
                                        .toList())))
                .toList();
        List<MeetUpItem> upcoming =
                activity.upcoming().stream().map(m -> meetUp(page, m, name)).toList();
        List<PostItem> posts =
                activity.posts().stream().map(p -> post(page, p, name)).toList();
        List<MeetUpItem> past =
                activity.past().stream().map(m -> meetUp(page, m, name)).toList();
        return new ActivityView(
                upcoming, posts, requests, past, memberItems, version(upcoming, posts, requests, past, memberItems));
    }

    DiscussionView discussion(PeerPage page, Discussion discussion) {
        Function<UUID, String> name = names.lookup();
        PostItem post = post(page, discussion.post(), name);
        List<Said> replies =
                discussion.replies().stream().map(r -> said(r, name)).toList();
        return new DiscussionView(post, replies, version(post, replies));
    }

    GatheringView gathering(Caller caller, PeerPage page, Gathering gathering) {
        Function<UUID, String> name = names.lookup();
        MeetUpItem meetUp = meetUp(page, gathering.meetUp(), name);
        List<AnswerGroup> answers = new ArrayList<>();
        for (Answer answer : Answer.values()) {
            List<String> who = gathering.answers().entrySet().stream()
                    .filter(e -> e.getValue() == answer)
                    .map(Map.Entry::getKey)
                    .map(id -> shown(name.apply(id)))
                    .toList();
            answers.add(new AnswerGroup("peers.answer.group." + answer.code(), who));
        }
        Answer mine = gathering.answers().get(caller.accountId());
        List<Said> comments =
                gathering.comments().stream().map(c -> said(c, name)).toList();
        boolean past = gathering.meetUp().startedBy(clock.instant());
        return new GatheringView(
                meetUp,
                past,
                mine == null ? null : mine.name(),
                answers,
                comments,
                version(meetUp, answers, comments, past));
    }

    private PostItem post(PeerPage page, Post post, Function<UUID, String> name) {
        Said said = new Said(
                post.id().toString(),
                shown(name.apply(post.authorId())),
                helper(post.authorId(), post.actorId(), name),
                post.body(),
                posted(post.postedAt()));
        return new PostItem(said, post.replies(), page.path() + "/posts/" + post.id());
    }

    private Said said(Message message, Function<UUID, String> name) {
        return new Said(
                message.id().toString(),
                shown(name.apply(message.authorId())),
                helper(message.authorId(), message.actorId(), name),
                message.body(),
                posted(message.postedAt()));
    }

    private MeetUpItem meetUp(PeerPage page, MeetUp meetUp, Function<UUID, String> name) {
        return new MeetUpItem(
                meetUp.id().toString(),
                meetUp.title(),
                when(meetUp.startsAt()),
                meetUp.place(),
                meetUp.description(),
                shown(name.apply(meetUp.organiserId())),
                meetUp.going(),
                meetUp.maybe(),
                meetUp.notGoing(),
                page.path() + "/meet-ups/" + meetUp.id());
    }

    private RequestItem request(Caller caller, PeerPage page, MentoringRequest r, Function<UUID, String> name) {
        UUID me = caller.accountId();
        boolean mine = r.requesterId().equals(me);
        boolean mentoring = me.equals(r.mentorId());
        MentoringRequest.Status status = r.status();
        String base = page.path() + "/mentoring/" + r.id();
        return new RequestItem(
                r.id().toString(),
                shown(name.apply(r.requesterId())),
                r.need(),
                posted(r.askedAt()),
                status,
                mine,
                !mine && status == MentoringRequest.Status.OPEN,
                mine && status == MentoringRequest.Status.OFFERED,
                (mine || mentoring) && r.mentorId() != null ? shown(name.apply(r.mentorId())) : null,
                base + "/offer",
                base + "/accept");
    }

    private @Nullable String helper(UUID authorId, UUID actorId, Function<UUID, String> name) {
        return authorId.equals(actorId) ? null : shown(name.apply(actorId));
    }

    private String shown(String name) {
        return name.equals(Names.UNKNOWN) ? text("peers.formerMember") : name;
    }

    /** When something starts, in the co-op's zone: "Saturday 5 December 2026 at 10:30am". */
    String when(Instant at) {
        return WHEN.format(at.atZone(clock.getZone()));
    }

    private String posted(Instant at) {
        return POSTED.format(at.atZone(clock.getZone()));
    }

    private String description(PeerPage page) {
        return page.kind() == PeerPage.Kind.CONDITION
                ? text("peers.condition.description")
                : text("peers.area.description", page.code());
    }

    private static String conditionKey(Condition condition) {
        return "condition." + condition.name().toLowerCase(Locale.ROOT);
    }

    /**
     * A fingerprint of what a region shows, from its text, so it is the same on every instance of the
     * application and changes when anything shown changes.
     */
    private static String version(Object... shown) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.asList(shown).toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
