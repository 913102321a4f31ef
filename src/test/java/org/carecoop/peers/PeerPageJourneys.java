package org.carecoop.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.Role;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Peer pages (TE6) in a real browser: a worker finds the pages they belong to through their work and
 * where they live, posts, plans a meet-up after a mistake, answers it, comments and replies. The same
 * journey runs with JavaScript ({@link PeerPageJourneyTests}) and without it ({@link
 * PeerPageJourneyWithoutJavaScriptTests}); every page on the way is checked for accessibility and for
 * fitting a small phone.
 */
abstract class PeerPageJourneys extends BrowserTest {

    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d M yyyy");

    /** A worker living in Luddenden Foot (HX2) with experience of brain injury; returns the email. */
    String workerWithAProfile(String name) {
        String email = newAccount(name, Role.WORKER);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        people.saveWorkerProfile(
                id,
                new WorkerProfile(
                        "",
                        Gender.NOT_SAID,
                        Set.of(),
                        "",
                        2,
                        Set.of(Condition.BRAIN_INJURY),
                        List.of(),
                        List.of(),
                        EmploymentBasis.SELF_EMPLOYED,
                        Postcode.of("HX2 7AB"),
                        10,
                        Money.ofPence(1500),
                        false));
        return email;
    }

    String typedDate(int daysFromToday) {
        return LocalDate.now(clock).plusDays(daysFromToday).format(TYPED);
    }

    @Test
    void aWorkerFindsTheirPagesPostsPlansAMeetUpAnswersItAndReplies() {
        String post = "Headway group tips " + UUID.randomUUID().toString().substring(0, 8);
        signInAs(workerWithAProfile("Wren Walker"), PASSWORD);

        click("Peer support");
        assertThat(heading()).isEqualTo("Peer support");
        assertThat(texts("#your-pages a")).contains("Brain injury", "HX2 area");

        click("Brain injury");
        assertThat(heading()).isEqualTo("Brain injury");
        fill("message", post);
        click("Post");
        assertThat(successMessage()).isEqualTo("Your post has been added");
        assertThat(texts("#posts .carecoop-peer-text")).contains(post);

        click("Plan a meet-up");
        fill("title", "Coffee after the Headway group");
        fill("date", typedDate(-1));
        fill("time", "11am");
        fill("place", "The Book Case cafe");
        click("Plan meet-up");
        assertThat(title()).startsWith("Error: ");
        assertThat(errorSummary()).containsExactly("The meet-up must be in the future");
        assertThat(errorSummaryTargets()).containsExactly("#date");
        assertThat(valueOf("place")).isEqualTo("The Book Case cafe");

        fill("date", typedDate(7));
        click("Plan meet-up");
        assertThat(successMessage()).isEqualTo("Your meet-up has been added");
        assertThat(heading()).isEqualTo("Coffee after the Headway group");

        choose("Going");
        click("Save answer");
        assertThat(successMessage()).isEqualTo("Your answer has been saved");
        assertThat(texts("#gathering h3")).contains("Going (1)", "Maybe (0)");
        assertThat(texts("#gathering li")).contains("Wren Walker");

        fill("comment", "I'll bring the leaflets");
        click("Add comment");
        assertThat(texts("#comment-list .carecoop-peer-text")).containsExactly("I'll bring the leaflets");

        click("Back to the page");
        assertThat(texts("#upcoming-meet-ups h3")).contains("Coffee after the Headway group");
        browser().findElement(By.cssSelector("#posts li:first-child a")).click();
        assertThat(texts("#post-body")).containsExactly(post);
        fill("reply", "Thanks for sharing");
        click("Reply");
        assertThat(successMessage()).isEqualTo("Your reply has been added");
        assertThat(texts("#reply-list .carecoop-peer-text")).containsExactly("Thanks for sharing");

        open("/peers");
        click("HX2 area");
        assertThat(heading()).isEqualTo("HX2 area");
        assertThat(texts("#members li")).anySatisfy(member -> assertThat(member).startsWith("Wren Walker"));
    }

    @Test
    void aPostThatIsTooLongIsRefusedWithTheTextKept() {
        signInAs(workerWithAProfile("Xavi Long"), PASSWORD);
        open("/peers/areas/HX2");

        fill("message", "Too long. " + "x".repeat(2000));
        click("Post");

        assertThat(errorSummary()).containsExactly("Your post must be 2,000 characters or fewer");
        assertThat(errorSummaryTargets()).containsExactly("#message");
        assertThat(errorMessage("message")).isEqualTo("Your post must be 2,000 characters or fewer");
        assertThat(valueOf("message")).startsWith("Too long.");
    }
}
