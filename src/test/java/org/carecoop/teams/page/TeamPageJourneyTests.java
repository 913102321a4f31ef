package org.carecoop.teams.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.teams.page.TeamFixtures.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The team page in a real browser with JavaScript: conversations limited to some members, a reply
 * swapped in by htmx, news arriving on an open page, and a practitioner answering a question. Every
 * page on the way is checked for accessibility and for fitting a small phone.
 */
class TeamPageJourneyTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Test
    void thePersonStartsAConversationForTwoMembersOneRepliesAndSheIsToldOfAnotherSheIsNotIn() {
        Scenario team = new TeamFixtures(context).scenario();

        signInAs(team.vera().email(), PASSWORD);
        click("My team");
        assertThat(heading()).isEqualTo("Vera's team");
        assertThat(texts(".carecoop-member__name"))
                .contains("Vera Thwaite (you)", "Tomasz Wright", "Ursula Yeadon", "Tessa Young", "Yusuf Zaman");

        fill("title", "Birthday plans");
        fill("message", "I would like a trip to the coast on my birthday.");
        choose("Tomasz Wright");
        choose("Ursula Yeadon");
        click("Start conversation");
        assertThat(heading()).isEqualTo("Birthday plans");
        assertThat(successMessage()).isEqualTo("Your conversation has started");
        assertThat(texts("#thread-page > p.govuk-body").get(0))
                .contains("Tomasz Wright", "Ursula Yeadon", "Vera Thwaite (you)")
                .doesNotContain("Wes Yates");
        signOut();

        signInAs(team.tomasz().email(), PASSWORD);
        click("My teams");
        click("Vera's team");
        click("Birthday plans");
        fill("reply", "Whitby? I can drive.");
        click("Send reply");
        // htmx posts the reply and swaps in the conversation with it; the page does not reload.
        waitUntil(() -> texts("#thread-messages .carecoop-post p.govuk-body")
                .equals(List.of("I would like a trip to the coast on my birthday.", "Whitby? I can drive.")));
        assertThat(valueOf("reply")).isEmpty();
        checkAccessibility();
        checkReflow();

        click("Back to Vera's team");
        fill("title", "A present for Vera");
        fill("message", "Shall we club together for binoculars?");
        choose("Ursula Yeadon");
        click("Start conversation");
        signOut();

        signInAs(team.wes().email(), PASSWORD);
        click("My teams");
        click("Vera's team");
        assertThat(texts("#team-threads h3")).isEmpty();
        signOut();

        signInAs(team.vera().email(), PASSWORD);
        click("My team");
        assertThat(texts("#team-threads h3")).containsExactly("A present for Vera", "Birthday plans");
        assertThat(texts("#team-threads li").get(0))
                .contains("Started by Tomasz Wright", "Only for Tomasz Wright, Ursula Yeadon")
                .contains("You are not in this conversation");
        assertThat(browser().findElements(By.linkText("A present for Vera"))).isEmpty();
        click("Birthday plans");
        assertThat(texts("#thread-messages p.govuk-body")).contains("Whitby? I can drive.");
    }

    @Test
    void somethingNewAppearsOnAnOpenTeamPageWithoutAReload() {
        TeamFixtures fixtures = new TeamFixtures(context);
        Scenario team = fixtures.scenario();
        signInAs(team.tessa().email(), PASSWORD);
        open("/people/" + team.vera().id() + "/team");
        assertThat(texts("#team-comments .carecoop-post")).isEmpty();

        fixtures.comment(team.tomasz(), team.vera(), "Vera beat me at dominoes again.", false);

        // htmx asks every 10 seconds; the comment arrives in the list without the page loading again.
        new WebDriverWait(browser(), Duration.ofSeconds(25))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> texts("#team-comments .carecoop-post p.govuk-body")
                        .contains("Vera beat me at dominoes again."));
        assertThat(path()).isEqualTo("/people/" + team.vera().id() + "/team");
        checkAccessibility();
    }

    @Test
    void aPractitionerAnswersTheQuestionThePersonAskedAndSheSeesTheAnswerWithTheirName() {
        Scenario team = new TeamFixtures(context).scenario();
        Account nurse = new TeamFixtures(context).account("Xena Wade", Role.HEALTH_PROFESSIONAL);

        signInAs(team.vera().email(), PASSWORD);
        click("My team");
        fill("expertQuestion", "My knee aches after the stairs. What can I do?");
        click("Ask the practitioners");
        assertThat(successMessage()).isEqualTo("Your question has been sent to the co-op's practitioners");
        assertThat(texts("#team-questions .govuk-tag")).containsExactly("Waiting for an answer");
        signOut();

        signInAs(nurse.email(), PASSWORD);
        click("Questions for practitioners");
        assertThat(texts(".carecoop-post p.govuk-body")).contains("My knee aches after the stairs. What can I do?");
        // Other tests' teams are called Vera's team too: answer the question by what it asks.
        browser()
                .findElement(
                        By.xpath("//li[p[normalize-space(.)='My knee aches after the stairs. What can I do?']]//a"))
                .click();
        assertThat(texts(".carecoop-post")).singleElement().asString().contains("My knee aches after the stairs.");
        click("Send answer");
        assertThat(errorSummary()).containsExactly("Enter your answer");
        assertThat(errorSummaryTargets()).containsExactly("#answer");
        fill("answer", "Try the exercises on the sheet I left, twice a day.");
        click("Send answer");
        assertThat(path()).isEqualTo("/expert-questions");
        assertThat(successMessage()).isEqualTo("Your answer has been sent to the team");
        assertThat(texts(".carecoop-post p.govuk-body"))
                .doesNotContain("My knee aches after the stairs. What can I do?");
        signOut();

        signInAs(team.vera().email(), PASSWORD);
        click("My team");
        assertThat(texts("#team-questions .carecoop-answer"))
                .singleElement()
                .asString()
                .contains("Answer from Xena Wade", "Try the exercises on the sheet I left, twice a day.");
    }

    private void waitUntil(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser(), Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }
}
