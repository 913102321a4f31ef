package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The account journeys with JavaScript on, plus what only needs doing once. */
class AccountJourneyTests extends AccountJourneys {

    @Test
    void theErrorSummaryTakesTheFocusSoScreenReadersAnnounceItAndItsLinksMoveTheFocusToTheField() {
        open("/sign-up");
        click("Create account");

        assertThat(focused().getDomAttribute("class")).contains("govuk-error-summary");

        click("Select what you will use CareCoop for");

        assertThat(focused().getDomAttribute("id")).isEqualTo("roles");
    }

    @Test
    void everyDemoAccountListedOnTheStartPageSignsInToAHomePageWithItsName() {
        open("/");
        List<List<String>> accounts = browser().findElements(By.cssSelector(".carecoop-demo-table tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
        assertThat(accounts).hasSize(14);

        for (List<String> account : accounts) {
            String name = account.get(0);
            String email = account.get(1);

            signInAs(email, DEMO_PASSWORD);
            assertThat(heading()).as(email).isEqualTo("Hello, " + name);
            signOut();
        }
    }
}
