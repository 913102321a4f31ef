package org.carecoop.notify.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.carecoop.notify.internal.NotificationPreferences;
import org.carecoop.notify.internal.Preferences;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Choosing how we contact you in a browser with JavaScript switched off; every page is also checked
 * for accessibility and for reflow on a 320-pixel screen.
 */
class NotificationJourneyWithoutJavaScriptTests extends BrowserTest {

    @Autowired
    Preferences preferences;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void aPersonWithoutAPhoneIsToldWhyThenChoosesRemindersAndQuietHours() {
        String email = uniqueEmail("olive");
        UUID olive = people.createAccount(email, "Olive", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        signInAs(email, PASSWORD);

        click(messages.getMessage("nav.notifications", null, java.util.Locale.UK));
        assertThat(path()).isEqualTo("/account/notifications");
        assertThat(heading()).isEqualTo("How we contact you");

        choose("Text message");
        click("Save");

        assertThat(errorSummary()).containsExactly("Add a phone number to your profile before choosing text messages");
        assertThat(errorSummaryTargets()).containsExactly("#channels");
        assertThat(title()).startsWith("Error: ");

        untick("channels-2");
        untick("reminders");
        choose("1 hour before");
        new Select(browser().findElement(By.id("quietFrom"))).selectByValue("22");
        new Select(browser().findElement(By.id("quietUntil"))).selectByValue("7");
        click("Save");

        assertThat(successMessage()).isEqualTo("How we contact you is saved");
        assertThat(preferences.of(olive))
                .isEqualTo(new NotificationPreferences(true, false, null, false, true, false, 22, 7));

        click("See the messages we sent you");
        assertThat(heading()).isEqualTo("Messages we sent you");
        assertThat(browser().getPageSource()).contains("We have not sent you any messages yet.");
        assertThat(checkedPages()).contains(url("/account/notifications"), url("/account/messages"));
    }

    @Test
    void aCoordinatorReadsTheSmsOutbox() {
        signInAsDemo("coordinator");

        click("Text messages outbox");

        assertThat(path()).isEqualTo("/notify/sms-outbox");
        assertThat(heading()).isEqualTo("Text messages outbox");
    }

    private void untick(String id) {
        if (browser().findElement(By.id(id)).isSelected()) {
            browser().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }
}
