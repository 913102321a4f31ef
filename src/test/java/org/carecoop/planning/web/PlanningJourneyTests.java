package org.carecoop.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.planning.internal.OptimisationTests;
import org.carecoop.support.BrowserTest;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-ordinator optimises Todmorden (OL14) for a day six weeks ahead, where a new person has a visit,
 * in a browser with JavaScript switched off: a mistake in the form first, then refreshing the job's
 * page while the planner runs, the comparison of the rota now with the plan, and
 * accepting it. (Six weeks ahead and a new person, so that accepting changes none of the demo visits
 * other tests read.)
 */
class PlanningJourneyTests extends BrowserTest {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Autowired
    VisitsApi visits;

    @Test
    void aCoordinatorOptimisesAnAreaComparesAndAccepts() throws InterruptedException {
        LocalDate day = LocalDate.now(clock).plusWeeks(6);
        UUID person =
                people.createAccount(uniqueEmail("person"), "Journey Person", PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        people.savePersonProfile(person, OptimisationTests.personProfile("OL14 6AB"));
        UUID worker = OptimisationTests.worker(people, "Journey Worker");
        Instant start = day.atTime(10, 0).atZone(clock.getZone()).toInstant();
        visits.book(VisitsApi.SYSTEM, person, List.of(worker), start, start.plus(Duration.ofHours(1)));

        signInAsDemo("coordinator");
        open("/dashboard");
        click("Optimise rota");
        assertThat(heading()).isEqualTo("Optimise the rota");

        fill("year", "2020");
        click("Optimise");
        assertThat(errorSummary()).containsExactly("Choose an area", "The first day must be today or later");
        assertThat(errorMessage("area")).isEqualTo("Choose an area");

        new Select(browser().findElement(By.id("area"))).selectByValue("OL14");
        fill("day", String.valueOf(day.getDayOfMonth()));
        fill("month", String.valueOf(day.getMonthValue()));
        fill("year", String.valueOf(day.getYear()));
        choose("That day");
        click("Optimise");

        assertThat(heading()).isEqualTo("Optimising OL14");
        assertThat(path()).startsWith("/planning/optimisations/");
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        String status = status();
        assertThat(status.equals("Ready to compare") || texts("a").contains("Refresh"))
                .as("a queued or running job's page offers to refresh it")
                .isTrue();
        while (!status.equals("Ready to compare")
                && !status.equals("Failed")
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(1000);
            click("Refresh");
            status = status();
        }
        assertThat(status).isEqualTo("Ready to compare");
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
        assertThat(browser().findElements(By.xpath("//button[normalize-space(.)='Accept the plan']")))
                .isEmpty();
    }

    private String status() {
        try {
            return browser().findElement(By.id("status")).getText().strip();
        } catch (WebDriverException reloading) {
            return "";
        }
    }
}
