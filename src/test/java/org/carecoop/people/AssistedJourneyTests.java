package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A co-ordinator helps someone who is not online, in a real browser. */
class AssistedJourneyTests extends BrowserTest {

    @Test
    void aCoordinatorCreatesAnAccountForSomeoneAfterCorrectingAMistakeThenActsForThem() {
        String name = "Winifred " + uniqueEmail("w").substring(0, 8);
        signInAsDemo("coordinator");
        open("/assisted");
        click("Create an account for someone");

        fill("displayName", name);
        choose("Person who receives support");
        click("Create account");
        assertThat(errorSummary())
                .containsExactly("Confirm that the person has agreed to you creating this account for them");
        assertThat(errorSummaryTargets()).containsExactly("#agreed");
        assertThat(valueOf("displayName")).isEqualTo(name);

        choose("The person has agreed to me creating this account for them");
        click("Create account");
        assertThat(path()).isEqualTo("/assisted");
        assertThat(successMessage()).isEqualTo("The account has been created. You can now act for them");

        fill("q", name);
        click("Search");
        click("Act for " + name);
        assertThat(path()).isEqualTo("/dashboard");
        assertThat(texts(".carecoop-assisted-banner p").get(0)).contains("you are acting for " + name);

        click("Stop acting for this person");
        assertThat(path()).isEqualTo("/assisted");
        assertThat(texts(".carecoop-assisted-banner")).isEmpty();
    }

    @Test
    void theListOfPeopleFollowsWhatTheCoordinatorTypesWithoutReloadingThePage() {
        signInAsDemo("coordinator");
        open("/assisted?q=Walsh");
        assertThat(texts(".carecoop-people-list h3")).contains("Eric Walsh").doesNotContain("Linda Sutcliffe");

        fill("q", "Sutcliffe");

        // htmx replaces the list while it is being read; a replaced element is read again.
        new WebDriverWait(browser(), Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> texts(".carecoop-people-list h3").equals(List.of("Linda Sutcliffe")));
        assertThat(browser().getCurrentUrl()).endsWith("/assisted?q=Sutcliffe");
        checkAccessibility();
    }
}
