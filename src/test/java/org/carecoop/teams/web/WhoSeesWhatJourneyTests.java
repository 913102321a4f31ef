package org.carecoop.teams.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import java.util.UUID;
import org.carecoop.support.BrowserTest;
import org.carecoop.teams.TeamsApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Eric decides what his sister Sam can see, in a real browser, and it holds on Sam's very next request. */
class WhoSeesWhatJourneyTests extends BrowserTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TeamsApi teams;

    @Test
    void ericLetsSamSeeHisProfileThenTakesItBackAndSamsNextRequestFollowsEachChange() throws Exception {
        UUID eric = id("eric");
        UUID sam = id("sam");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> teams.teamOf(eric)
                        .map(t ->
                                t.members().stream().anyMatch(m -> m.accountId().equals(sam)))
                        .orElse(false));
        String profileBox = "m-" + sam + "-0"; // the first box: see profile and contact details
        assertThat(samsProfileStatus(eric)).isEqualTo(403);

        signInAsDemo("eric");
        open("/people/" + eric + "/team/access");
        assertThat(heading()).isEqualTo("Who sees what");
        checkAccessibility();
        openDetails("Change what Sam Walsh can see and do");
        assertThat(box(profileBox).isSelected()).isFalse();
        tick(profileBox);
        click("Save what Sam Walsh can see");

        assertThat(successMessage()).isEqualTo("Saved. It works from now on.");
        assertThat(samsProfileStatus(eric)).isEqualTo(200);
        assertThat(texts("#member-" + sam + " .govuk-summary-list__value").get(0))
                .contains("Profile and contact details");

        openDetails("Change what Sam Walsh can see and do");
        untick(profileBox);
        click("Save what Sam Walsh can see");
        assertThat(samsProfileStatus(eric)).isEqualTo(403);

        open("/people/" + eric + "/access-log");
        assertThat(texts(".carecoop-access-log tbody tr").get(0))
                .contains("Sam Walsh")
                .contains("Tried to look at your profile and contact details")
                .contains("Refused");
        checkAccessibility();
        checkReflow();
    }

    @Test
    void teamSettingsAndBreakGlassPagesAreAccessibleAndExplainMistakes() {
        UUID eric = id("eric");
        await().atMost(Duration.ofSeconds(20)).until(() -> teams.teamOf(eric).isPresent());
        signInAsDemo("eric");
        open("/people/" + eric + "/team/settings");
        assertThat(heading()).isEqualTo("Team settings");
        fill("email", "nobody-" + UUID.randomUUID() + "@example.test");
        choose("Family or friend");
        click("Invite");
        assertThat(errorSummary()).containsExactly("There is no CareCoop account with this email address");
        assertThat(errorSummaryTargets()).containsExactly("#email");
        checkAccessibility();
        checkReflow();
        click("Add a logo");
        assertThat(heading()).isEqualTo("Team logo");
        click("Upload logo");
        assertThat(errorSummary()).containsExactly("Select a picture");
        checkAccessibility();
        signOut();

        signInAsDemo("coordinator");
        open("/people/" + eric + "/break-glass");
        click("Open the records");
        assertThat(errorSummary()).containsExactly("Enter why you need to open the records");
        checkAccessibility();
        checkReflow();
    }

    private int samsProfileStatus(UUID eric) throws Exception {
        return mvc.perform(get("/people/" + eric + "/profile").with(as(demo("sam"))))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private void openDetails(String summary) {
        WebElement details = browser().findElement(By.xpath("//summary[normalize-space(.)='" + summary + "']/.."));
        if (details.getDomAttribute("open") == null) {
            details.findElement(By.tagName("summary")).click();
        }
    }

    private WebElement box(String id) {
        return browser().findElement(By.id(id));
    }

    private void untick(String id) {
        if (box(id).isSelected()) {
            browser().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    private UUID id(String name) {
        return people.accountByEmail(demo(name)).orElseThrow().id();
    }
}
