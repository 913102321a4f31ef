package org.carecoop.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.peers.internal.Membership;
import org.carecoop.peers.internal.PeerActivity;
import org.carecoop.peers.internal.PeerActivity.Offer;
import org.carecoop.people.Condition;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.web.MockHttpServletResponse;

/** What members do on a page: posts and replies, meet-ups and answers, mentoring, and live updates. */
class PeerActivityTests extends PeerTestSupport {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d M yyyy");
    private static final Pattern SEEN = Pattern.compile("hx-get=\"([^\"]+\\?seen=[0-9a-f]+)\"");

    @Autowired
    PeerActivity activity;

    @Autowired
    Membership membership;

    @Autowired
    PeerPagesApi api;

    /** Members of one page of their own: each test uses a condition page, joined explicitly. */
    record Members(Account first, Account second, Account third) {}

    Members joined(String page) throws Exception {
        Members members = new Members(
                account("Asha", Role.WORKER), account("Bryn", Role.VOLUNTEER), account("Cait", Role.PEER_SUPPORTER));
        for (Account member : List.of(members.first(), members.second(), members.third())) {
            submit(member, page + "/join", Map.of());
        }
        return members;
    }

    @Test
    void membersPostAndReplyAndSeeWhoWroteWhat() throws Exception {
        Members m = joined("/peers/conditions/diabetes");
        String text = "Carb counting tips " + UUID.randomUUID();

        MockHttpServletResponse posted =
                submit(m.first(), "/peers/conditions/diabetes/posts", Map.of("message", "  " + text + "\n"));
        assertThat(posted.getRedirectedUrl()).isEqualTo("/peers/conditions/diabetes");
        assertThat(posted.getContentAsString()).isEmpty();

        String page = read(m.second(), "/peers/conditions/diabetes");
        assertThat(page).contains(text, m.first().name());
        String postPath = postPath(page, text);

        submit(m.second(), postPath + "/replies", Map.of("reply", "Thanks, that helps"));
        String discussion = read(m.third(), postPath);
        assertThat(discussion).contains(text, "Thanks, that helps", m.second().name());
        assertThat(read(m.third(), "/peers/conditions/diabetes")).contains("1 reply");
    }

    @Test
    void whatACoordinatorWritesForSomeoneSaysSo() throws Exception {
        Members m = joined("/peers/conditions/autism");
        Account coordinator = account("Cora", Role.COORDINATOR);
        Caller actingFor =
                new Caller(m.first().id(), m.first().name(), coordinator.id(), coordinator.name(), Set.of("WORKER"));

        activity.post(actingFor, PeerPage.of(Condition.AUTISM), "Typed for me at the hub");

        assertThat(read(m.second(), "/peers/conditions/autism"))
                .contains("Typed for me at the hub", "written with help from " + coordinator.name());
    }

    @Test
    void aMemberChangesTheirAnswerToAMeetUpAndKeepsOneAnswer() throws Exception {
        Members m = joined("/peers/conditions/brain-injury");
        String meetUp = planMeetUp(m.first(), "/peers/conditions/brain-injury", "Headway cafe", 3);

        submit(m.second(), meetUp + "/answer", Map.of("answer", "GOING"));
        submit(m.second(), meetUp + "/answer", Map.of("answer", "MAYBE"));
        submit(m.third(), meetUp + "/answer", Map.of("answer", "NOT_GOING"));

        UUID meetUpId = UUID.fromString(meetUp.substring(meetUp.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select account_id, answer from peers.meet_up_answer where meet_up_id = ?")
                        .param(meetUpId)
                        .query((rs, row) -> rs.getString("account_id") + " " + rs.getString("answer"))
                        .list())
                .containsExactlyInAnyOrder(m.second().id() + " MAYBE", m.third().id() + " NOT_GOING");
        String shown = read(m.first(), meetUp);
        assertThat(shown.substring(shown.indexOf("Maybe (1)")))
                .contains(m.second().name());
        assertThat(read(m.first(), "/peers/conditions/brain-injury")).contains("0 going, 1 maybe");

        assertThatThrownBy(() -> jdbc.sql("""
                                insert into peers.meet_up_answer (meet_up_id, account_id, answer, answered_at)
                                values (?, ?, 'GOING', now())""").params(meetUpId, m.second().id()).update())
                .as("the database keeps one answer per member")
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void aMeetUpCannotBePlannedInThePastAndOnceItHasHappenedIsListedAsPast() throws Exception {
        Members m = joined("/peers/conditions/end-of-life");
        String yesterday = LocalDate.now(clock).minusDays(1).format(TYPED);
        String refused = submit(
                        m.first(),
                        "/peers/conditions/end-of-life/meet-ups",
                        Map.of("title", "Too late", "date", yesterday, "time", "10am", "place", "The library"))
                .getContentAsString();
        assertThat(refused).contains("The meet-up must be in the future");

        String meetUp = planMeetUp(m.first(), "/peers/conditions/end-of-life", "Death cafe", 1);
        try (TestClock.Moved later = clock.advance(Duration.ofDays(3))) {
            String page = read(m.second(), "/peers/conditions/end-of-life");
            assertThat(page.substring(page.indexOf("Past meet-ups"))).contains("Death cafe");
            assertThat(page.substring(0, page.indexOf("Past meet-ups"))).doesNotContain("Death cafe");
            assertThat(submit(m.second(), meetUp + "/answer", Map.of("answer", "GOING"))
                            .getContentAsString())
                    .contains("This meet-up has happened, so answers are closed");
        }
    }

    @Test
    void ofTwoMembersOfferingToMentorAtOnceExactlyOneIsTheMentor() throws Exception {
        Members m = joined("/peers/conditions/learning-disability");
        PeerPage page = PeerPage.of(Condition.LEARNING_DISABILITY);
        UUID request = activity.askForMentor(m.first().caller(), page, "Supporting someone at college");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Offer>> offers = new ArrayList<>();
            for (Account mentor : List.of(m.second(), m.third())) {
                offers.add(threads.submit(() -> {
                    start.await();
                    return activity.offerToMentor(mentor.caller(), page, request);
                }));
            }
            start.countDown();
            List<Offer> outcomes = new ArrayList<>();
            for (Future<Offer> offer : offers) {
                outcomes.add(offer.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(Offer.MADE, Offer.TOO_LATE);
            Account winner = outcomes.get(0) == Offer.MADE ? m.second() : m.third();
            Account loser = winner == m.second() ? m.third() : m.second();
            assertThat(jdbc.sql("select mentor_id from peers.mentoring_request where id = ?")
                            .param(request)
                            .query(UUID.class)
                            .single())
                    .isEqualTo(winner.id());

            assertThat(read(m.first(), "/peers/conditions/learning-disability"))
                    .contains(winner.name() + " has offered to mentor you.", "Accept the offer");
            assertThat(read(loser, "/peers/conditions/learning-disability"))
                    .contains("Someone has offered")
                    .doesNotContain(winner.name() + " has offered");
            String accept = "/peers/conditions/learning-disability/mentoring/" + request + "/accept";
            assertThat(submit(loser, accept, Map.of()).getStatus()).isEqualTo(403);
            assertThat(submit(m.first(), accept, Map.of()).getRedirectedUrl())
                    .isEqualTo("/peers/conditions/learning-disability");
            assertThat(read(m.first(), "/peers/conditions/learning-disability"))
                    .contains(winner.name() + " is your mentor.", "Matched");
            assertThat(activity.offerToMentor(loser.caller(), page, request)).isEqualTo(Offer.TOO_LATE);
            assertThat(activity.offerToMentor(m.first().caller(), page, request))
                    .isEqualTo(Offer.OWN_REQUEST);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void thePolledRegionIsAFragmentThatAnswersNoContentUntilSomethingChanges() throws Exception {
        Members m = joined("/peers/conditions/sensory-impairment");
        String full = read(m.first(), "/peers/conditions/sensory-impairment");
        String poll = seen(full);

        MockHttpServletResponse unchanged = poll(m.first(), poll);
        assertThat(unchanged.getStatus()).isEqualTo(204);
        assertThat(unchanged.getContentAsString()).isEmpty();

        api.post(m.second().id(), PeerPage.of(Condition.SENSORY_IMPAIRMENT), "BSL taster session on Friday");
        MockHttpServletResponse changed = poll(m.first(), poll);
        assertThat(changed.getStatus()).isEqualTo(200);
        assertThat(changed.getContentAsString())
                .startsWith("<div id=\"activity\"")
                .contains("BSL taster session on Friday")
                .doesNotContain("<html", "Write a post");
        assertThat(seen(changed.getContentAsString())).isNotEqualTo(poll);
    }

    @Test
    void theApiRefusesAnAuthorWhoIsNotAMemberAndTextThatIsNotPlain() {
        Account outsider = account("Nobody", Role.FAMILY);
        Account member = worker("Kit", "OL14 6AB", Set.of(), Set.of());
        PeerPage todmorden = PeerPage.ofDistrict("OL14");

        assertThatThrownBy(() -> api.post(outsider.id(), todmorden, "Hello"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> api.post(member.id(), todmorden, "<script>alert(1)</script>"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(api.post(member.id(), todmorden, "Hello Todmorden")).isNotNull();
        assertThat(membership.isMember(member.id(), todmorden)).isTrue();
    }

    private String planMeetUp(Account organiser, String page, String title, int daysAhead) throws Exception {
        String date = LocalDate.now(clock).plusDays(daysAhead).format(TYPED);
        MockHttpServletResponse planned = submit(
                organiser,
                page + "/meet-ups",
                Map.of("title", title, "date", date, "time", "2:30pm", "place", "The Fox and Goose"));
        assertThat(planned.getRedirectedUrl()).as(planned.getContentAsString()).startsWith(page + "/meet-ups/");
        return planned.getRedirectedUrl();
    }

    private static String postPath(String page, String text) {
        int at = page.indexOf(text);
        Matcher link =
                Pattern.compile("href=\"(/peers/[^\"]+/posts/[0-9a-f-]+)\"").matcher(page);
        assertThat(link.find(at)).as("a link to the post").isTrue();
        return link.group(1);
    }

    private static String seen(String html) {
        Matcher poll = SEEN.matcher(html);
        assertThat(poll.find()).as("a polled region").isTrue();
        return poll.group(1).replace("&amp;", "&");
    }

    private MockHttpServletResponse poll(Account account, String path) throws Exception {
        return mvc.perform(get(path).with(as(account.email())).header("HX-Request", "true"))
                .andReturn()
                .getResponse();
    }
}
