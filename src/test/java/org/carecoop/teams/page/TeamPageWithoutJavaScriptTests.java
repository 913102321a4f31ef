package org.carecoop.teams.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoop.support.BrowserTest;
import org.carecoop.teams.page.TeamFixtures.Scenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The team page in a browser that does not run JavaScript: every form posts and comes back, mistakes
 * are shown in the error summary, and a reload shows everything.
 */
class TeamPageWithoutJavaScriptTests extends BrowserTest {

    @Autowired
    ApplicationContext context;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void familyAskAQuestionAfterCorrectingAMistakeAWorkerAnswersAndEveryoneCelebrates() {
        Scenario team = new TeamFixtures(context).scenario();

        signInAs(team.tessa().email(), PASSWORD);
        click("My teams");
        click("Vera's team");
        choose("Yes, I would like an answer");
        click("Add");
        assertThat(title()).startsWith("Error: ");
        assertThat(errorSummary()).containsExactly("Enter your comment or question");
        assertThat(errorSummaryTargets()).containsExactly("#comment");
        fill("comment", "Is Vera still going to the lunch club on Fridays?");
        click("Add");
        assertThat(successMessage()).isEqualTo("Your question has been added");
        signOut();

        signInAs(team.tomasz().email(), PASSWORD);
        click("My teams");
        click("Vera's team");
        click("Answer the question from Tessa Young");
        fill("commentReply", "Yes, I take him at noon.");
        click("Send reply");
        assertThat(successMessage()).isEqualTo("Your reply has been added");
        assertThat(texts("#team-comments .carecoop-replies p.govuk-body")).containsExactly("Yes, I take him at noon.");
        fill("title", "Lunch club");
        fill("message", "The minibus is late on Fridays now.");
        click("Start conversation");
        fill("reply", "");
        click("Send reply");
        assertThat(errorSummary()).containsExactly("Enter your reply");
        fill("reply", "Noted, I will wait with him.");
        click("Send reply");
        assertThat(texts("#thread-messages p.govuk-body"))
                .containsExactly("The minibus is late on Fridays now.", "Noted, I will wait with him.");
        signOut();

        signInAs(team.vera().email(), PASSWORD);
        click("My team");
        fill("celebration", "I went to lunch club and won the raffle!");
        click("Celebrate");
        assertThat(successMessage()).isEqualTo("Your celebration has been shared with the team");
        assertThat(texts("#team-celebrations button")).isEmpty();
        signOut();

        signInAs(team.tessa().email(), PASSWORD);
        click("My teams");
        click("Vera's team");
        click("Say well done to Vera Thwaite");
        assertThat(successMessage()).isEqualTo("You said well done");
        assertThat(texts("#team-celebrations .govuk-body-s")).contains("You said well done");
        assertThat(texts("#team-celebrations button")).isEmpty();
    }
}
