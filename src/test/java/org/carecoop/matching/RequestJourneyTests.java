package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** People ask for support in a real browser, on their own or with a co-ordinator acting for them. */
class RequestJourneyTests extends BrowserTest {

    @Test
    void ericAsksForSupportCorrectsAMistakeAndSeesHisRequestInPlainWords() {
        String title = "Sunday lunch " + UUID.randomUUID().toString().substring(0, 6);
        signInAsDemo("eric");
        click("Find support");
        assertThat(heading()).isEqualTo("Your requests for support");
        click("Ask for support");

        fill("title", "");
        choose("Every week");
        select("sunFrom1", "12");
        select("sunTo1", "14");
        fill("hoursWanted", "lots");
        click("Send request");
        assertThat(errorSummary())
                .containsExactly("Enter a short name for the request", "Enter the hours as a whole number, like 6");
        assertThat(errorSummaryTargets()).containsExactly("#title", "#hoursWanted");

        fill("title", title);
        fill("hoursWanted", "2");
        tick("skill-3");
        select("skillValue", "MEDICATION");
        click("Send request");

        assertThat(successMessage()).isEqualTo("Your request for support has been sent");
        assertThat(heading()).isEqualTo(title);
        assertThat(texts(".govuk-summary-list__value")).anyMatch(v -> v.contains("Sundays, 12:00 to 14:00"));
        assertThat(texts(".govuk-summary-list__value")).anyMatch(v -> v.contains("Must: can help with medicines"));
        assertThat(texts("a")).contains("See who could help");

        click("Close this request");
        assertThat(successMessage()).isEqualTo("The request has been closed");
    }

    @Test
    void aCoordinatorActingForLindaAsksForSupportForHer() {
        String title = "Help with shopping " + UUID.randomUUID().toString().substring(0, 6);
        signInAsDemo("coordinator");
        open("/assisted?q=Sutcliffe");
        click("Act for Linda Sutcliffe");
        click("Find support");
        assertThat(heading()).isEqualTo("Your requests for support");
        click("Ask for support");

        fill("title", title);
        choose("Once");
        fill("day", "4");
        fill("month", "3");
        fill("year", "2031");
        fill("startTime", "10:00");
        fill("endTime", "11:30");
        choose("Shopping");
        choose("Joining an activity or group, such as a walking group");
        click("Send request");

        assertThat(successMessage()).isEqualTo("Your request for support has been sent");
        assertThat(heading()).isEqualTo(title);
        assertThat(texts(".govuk-summary-list__value"))
                .anyMatch(v -> v.contains("Once, on Tuesday 4 March 2031, 10:00 to 11:30"));
        assertThat(texts(".govuk-summary-list__value")).anyMatch(v -> v.contains("2 hours"));
    }

    @Test
    void aCoordinatorAddsAnActivityAfterCorrectingItsPostcode() {
        String name = "Knit and natter " + UUID.randomUUID().toString().substring(0, 6);
        signInAsDemo("coordinator");
        click("Activities");
        click("Add an activity");

        fill("name", name);
        fill("placeText", "Hebden Bridge Library");
        fill("postcode", "not a postcode");
        select("tueFrom", "14");
        select("tueTo", "16");
        fill("interests", "knitting, crafts");
        choose("See more people and be part of my community");
        click("Add activity");
        assertThat(errorSummary()).containsExactly("Enter a real postcode, like HX7 8AD");
        assertThat(errorSummaryTargets()).containsExactly("#postcode");

        fill("postcode", "HX7 8AD");
        click("Add activity");

        assertThat(successMessage()).isEqualTo("The activity has been added");
        assertThat(texts("h2")).contains(name);
        assertThat(texts(".govuk-summary-list__value")).anyMatch(v -> v.contains("Tuesdays, 14:00 to 16:00"));
    }

    private void select(String id, String value) {
        new Select(browser().findElement(By.id(id))).selectByValue(value);
    }
}
