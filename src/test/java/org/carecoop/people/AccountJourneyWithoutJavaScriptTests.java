package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The account journeys in a browser that does not run JavaScript: every page must still work. */
class AccountJourneyWithoutJavaScriptTests extends AccountJourneys {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void theBrowserReallyRunsNoJavaScript() {
        open("/sign-up");

        assertThat(browser().findElement(By.tagName("body")).getDomAttribute("class"))
                .doesNotContain("js-enabled");
    }
}
