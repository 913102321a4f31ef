package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Profiles (CH1) in a real browser: filling one in and correcting mistakes, adding a photo, and
 * seeing who has looked. The same journeys run with JavaScript ({@link ProfileJourneyTests}) and
 * without it ({@link ProfileJourneyWithoutJavaScriptTests}); every page on the way is checked for
 * accessibility and for fitting a small phone.
 */
abstract class ProfileJourneys extends BrowserTest {

    @Test
    void aPersonFillsInTheirProfileAndCorrectsTheirMistakesInTheOrderThePageShowsThem() {
        String email = newAccount("Nora Batty", Role.SUPPORTED_PERSON);
        signInAs(email, PASSWORD);

        click("Profile");
        assertThat(heading()).isEqualTo("Your profile");
        click("Change your profile");
        assertThat(heading()).isEqualTo("Change your profile");

        fill("phone", "ring me");
        fill("person.about", "I grow leeks for the show.");
        choose("Help with medicines");
        fill("person.interests", "leeks, " + "a very long interest that goes on and on and on");
        fill("person.postcode", "HX7");
        click("Save profile");

        assertThat(title()).startsWith("Error: ");
        assertThat(errorSummaryTargets()).containsExactly("#phone", "#person.interests", "#person.postcode");
        assertThat(errorMessage("person.postcode")).isEqualTo("Enter a full UK postcode, like HX7 8AD");
        assertThat(valueOf("person.about")).isEqualTo("I grow leeks for the show.");

        fill("phone", "01422 845 111");
        fill("person.interests", "Leeks, brass bands");
        fill("person.postcode", "hx7 8zz");
        click("Save profile");

        assertThat(path()).isEqualTo("/profile");
        assertThat(successMessage()).isEqualTo("Your profile has been saved.");
        assertThat(texts(".govuk-summary-list__value"))
                .contains("01422 845 111", "I grow leeks for the show.", "HX7 8ZZ (near Hebden Bridge)")
                .anySatisfy(value -> assertThat(value).contains("Help with medicines"))
                .anySatisfy(value -> assertThat(value).contains("brass bands"));
    }

    @Test
    void aWorkerAddsAPhotoAndSeesItOnTheirProfile() throws Exception {
        String email = newAccount("Wendy Pratt", Role.WORKER);
        signInAs(email, PASSWORD);
        open("/profile");
        assertThat(texts("p")).contains("No photo yet.");

        click("Add a photo");
        click("Upload photo");
        assertThat(errorSummary()).containsExactly("Select a photo");

        Path photo = Files.createTempFile("wendy", ".png");
        Files.write(photo, Images.encode(Images.picture(900, 600), "png"));
        browser().findElement(By.id("photo")).sendKeys(photo.toString());
        click("Upload photo");

        assertThat(successMessage()).isEqualTo("Your photo has been saved.");
        WebElement image = browser().findElement(By.cssSelector("img.carecoop-photo"));
        assertThat(image.getDomAttribute("alt")).isEqualTo("Photo of Wendy Pratt");
        assertThat(image.getDomProperty("naturalWidth")).isEqualTo("600");
        Files.delete(photo);
    }

    @Test
    void aPersonSeesThatACoordinatorOpenedTheirRecordsAndLookedAtTheirProfile() {
        String email = newAccount("Olive Sugden", Role.SUPPORTED_PERSON);
        UUID olive = people.accountByEmail(email).orElseThrow().id();

        signInAsDemo("coordinator");
        open("/people/" + olive + "/profile");
        assertThat(heading()).isEqualTo("You cannot see this page");
        open("/people/" + olive + "/break-glass");
        fill("reason", "Olive's carer cannot get an answer at the door");
        click("Open the records");
        assertThat(heading()).isEqualTo("Profile of Olive Sugden");
        assertThat(successMessage()).isEqualTo("The records are open to you for one hour");
        signOut();

        signInAs(email, PASSWORD);
        open("/profile");
        click("See who has looked at your profile");

        assertThat(heading()).isEqualTo("Who has looked at your profile");
        assertThat(texts("td"))
                .contains(
                        "Rachel Moss",
                        "Looked at your profile\nAllowed",
                        "Opened your records in an emergency\nAllowed",
                        "Looked at your profile\nRefused");
    }
}
