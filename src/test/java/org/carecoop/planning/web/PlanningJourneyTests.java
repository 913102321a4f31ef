package org.carecoop.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;

/**
 * A co-ordinator optimises Hebden Bridge (HX7, the demo people's area) for tomorrow in a browser with
 * JavaScript switched off: a mistake in the form first, then the job's page refreshing itself while
 * the planner runs, the comparison of the rota now with the plan, and accepting it.
 */
class PlanningJourneyTests extends BrowserTest {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void aCoordinatorOptimisesHebdenBridgeComparesAndAccepts() throws InterruptedException {
        signInAsDemo("coordinator");
        open("/dashboard");
        click("Optimise rota");
        assertThat(heading()).isEqualTo("Optimise the rota");

        fill("year", "2020");
        click("Optimise");
        assertThat(errorSummary()).containsExactly("Choose an area", "The first day must be today or later");
        assertThat(errorMessage("area")).isEqualTo("Choose an area");

        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        new Select(browser().findElement(By.id("area"))).selectByValue("HX7");
        fill("day", String.valueOf(tomorrow.getDayOfMonth()));
        fill("month", String.valueOf(tomorrow.getMonthValue()));
        fill("year", String.valueOf(tomorrow.getYear()));
        choose("That day");
        click("Optimise");

        assertThat(heading()).isEqualTo("Optimising HX7");
        assertThat(path()).startsWith("/planning/optimisations/");
        String job = path();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        String status = status();
        boolean refreshing = !browser().findElements(By.cssSelector("meta[http-equiv='refresh']")).isEmpty();
        assertThat(refreshing || status.equals("Ready to compare"))
                .as("a queued or running job's page refreshes itself")
                .isTrue();
        while (!status.equals("Ready to compare") && !status.equals("Failed") && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            open(job);
            status = status();
        }
        assertThat(status).isEqualTo("Ready to compare");
        assertThat(browser().findElements(By.cssSelector("meta[http-equiv='refresh']"))).isEmpty();
        List<String> figures = texts("#figures tbody th");
        assertThat(figures)
                .contains(
                        "Travel time",
                        "Travel distance",
                        "Time visits start late",
                        "Visits by someone outside the person's team",
                        "Visits without a worker");

        click("Accept the plan");
        assertThat(successMessage()).contains("The plan was applied");
        assertThat(status()).isEqualTo("Accepted");
        assertThat(browser().findElements(By.xpath("//button[normalize-space(.)='Accept the plan']"))).isEmpty();
    }

    private String status() {
        try {
            return browser().findElement(By.id("status")).getText().strip();
        } catch (WebDriverException reloading) {
            return "";
        }
    }
}
