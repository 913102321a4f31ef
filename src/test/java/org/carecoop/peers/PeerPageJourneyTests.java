package org.carecoop.peers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.carecoop.people.Condition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The peer page journeys in a browser that runs JavaScript, and what only JavaScript adds: a page
 * shows what other members share without being reloaded.
 */
class PeerPageJourneyTests extends PeerPageJourneys {

    @Autowired
    PeerPagesApi peerPages;

    @Test
    void whatAnotherMemberPostsAppearsWithoutReloadingThePage() {
        signInAs(workerWithAProfile("Yara Watching"), PASSWORD);
        open("/peers/conditions/brain-injury");
        assertThat(texts("#posts .carecoop-peer-text")).doesNotContain("Fresh from the other side of town");

        // Zeb's profile names brain injury too, so he belongs to the page without joining it.
        UUID zeb = people.accountByEmail(workerWithAProfile("Zeb Posting"))
                .orElseThrow()
                .id();
        peerPages.post(zeb, PeerPage.of(Condition.BRAIN_INJURY), "Fresh from the other side of town");

        new WebDriverWait(browser(), Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> texts("#posts .carecoop-peer-text").contains("Fresh from the other side of town"));
        assertThat(path()).isEqualTo("/peers/conditions/brain-injury");
        checkAccessibility();
    }
}
