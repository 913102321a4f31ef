package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Vetting and availability in a real browser; every page is checked for accessibility and reflow. */
class VettingJourneyTests extends BrowserTest {

    @Test
    void aCoordinatorRecordsADbsCheckAfterCorrectingTheCertificateNumber() {
        String email = uniqueEmail("vetted");
        UUID worker = people.createAccount(email, "Vera Vetted", PASSWORD, java.util.Set.of(Role.WORKER));
        LocalDate today = LocalDate.now(clock);
        signInAsDemo("coordinator");
        open("/workers/" + worker + "/vetting");
        click("Add evidence: Enhanced DBS check");

        fill("certificateNumber", "0012345");
        fill("issuedDay", "1");
        fill("issuedMonth", "2");
        fill("issuedYear", String.valueOf(today.getYear() - 1));
        choose("Yes");
        fill("validDay", "1");
        fill("validMonth", "2");
        fill("validYear", String.valueOf(today.getYear() + 2));
        fill("checkedDay", String.valueOf(today.getDayOfMonth()));
        fill("checkedMonth", String.valueOf(today.getMonthValue()));
        fill("checkedYear", String.valueOf(today.getYear()));
        click("Save evidence");
        assertThat(errorSummary()).containsExactly("The DBS certificate number must be 12 digits");
        assertThat(errorSummaryTargets()).containsExactly("#certificateNumber");
        assertThat(valueOf("issuedYear")).isEqualTo(String.valueOf(today.getYear() - 1));

        fill("certificateNumber", "001234567890");
        click("Save evidence");
        assertThat(path()).isEqualTo("/workers/" + worker + "/vetting");
        assertThat(successMessage()).isEqualTo("Evidence saved");
        assertThat(texts("#item-DBS .govuk-tag")).containsExactly("Complete");
        assertThat(texts("#item-DBS dd")).contains("001234567890");
        checkReflow();
    }

    @Test
    void aWorkerSeesTheirChecklistWithTheWarningAheadOfTheirDbsRenewal() {
        signInAsDemo("grace");
        click("My vetting");

        assertThat(heading()).isEqualTo("My vetting");
        assertThat(texts("#warnings li")).containsExactly("Enhanced DBS check expires in 20 days");
        assertThat(texts("#missing li")).contains("Skills test");
        assertThat(texts("a")).doesNotContain("Withdraw");
        checkAccessibility();
        checkReflow();
    }

    @Test
    void aWorkerSaysWhenTheyCanWorkAfterCorrectingATimeThatEndsBeforeItStarts() {
        String email = uniqueEmail("sunday");
        UUID worker = people.createAccount(email, "Sunny Day", PASSWORD, java.util.Set.of(Role.WORKER));
        signInAs(email, PASSWORD);
        click("When I can work");

        select("from[12]", "09:00");
        select("to[12]", "08:00");
        click("Save");
        assertThat(errorSummary()).containsExactly("Sunday: the first time must end after it starts");
        assertThat(errorSummaryTargets()).containsExactly("#to[12]");

        select("to[12]", "17:00");
        click("Save");
        assertThat(successMessage()).isEqualTo("Your availability is saved");
        assertThat(people.workerAvailability(worker).hours()).isEqualTo(8);
        checkAccessibility();
        checkReflow();
    }

    private void select(String id, String text) {
        new Select(browser().findElement(By.id(id))).selectByVisibleText(text);
    }
}
