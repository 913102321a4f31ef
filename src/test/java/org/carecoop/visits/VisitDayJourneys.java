package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A worker's visit in a real browser: open the visit, say they are on their way, check in, tick a task
 * off, and check out, giving a reason for the task not done. Run with and without JavaScript.
 */
abstract class VisitDayJourneys extends BrowserTest {

    @Autowired
    VisitsApi visits;

    @Autowired
    VisitDayApi day;

    @Test
    void aWorkerGoesToAVisitTicksATaskOffAndChecksOut() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID nora =
                people.createAccount(uniqueEmail("nora"), "Nora " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        people.savePersonProfile(nora, VisitDayTestSupport.profileAt("OL14 5AB", "Key safe by the back door", true));
        String amyEmail = uniqueEmail("amy");
        UUID amy = people.createAccount(amyEmail, "Amy " + suffix, PASSWORD, Set.of(Role.WORKER));
        Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(5, ChronoUnit.MINUTES);
        UUID visit = visits.book(VisitsApi.SYSTEM, nora, List.of(amy), start, start.plus(1, ChronoUnit.HOURS));
        day.setTasks(VisitsApi.SYSTEM, visit, List.of("Make a cup of tea", "Water the plants"));

        signInAs(amyEmail, PASSWORD);
        open("/visits/" + visit + "/day");
        assertThat(heading()).isEqualTo("Visit to Nora " + suffix);
        assertThat(texts(".govuk-summary-list__value"))
                .anySatisfy(v -> assertThat(v).contains("OL14 5AB").contains("Directions"))
                .anySatisfy(
                        v -> assertThat(v).contains("Phone before you visit.").contains("Key safe by the back door"));

        click("On my way");
        assertThat(successMessage()).startsWith("You are on your way");
        click("Check in");
        assertThat(successMessage()).isEqualTo("You have checked in");
        assertThat(texts("#attendance .govuk-summary-list__value").get(1)).matches("\\d\\d:\\d\\d");

        fill("taskNote-" + day.tasks(visit).get(0).id(), "Two sugars");
        click("Mark as done");
        assertThat(successMessage()).isEqualTo("The task is marked as done");
        assertThat(texts("#tasks ~ ul li").get(0)).contains("Done").contains("Two sugars");

        fill("note", "Nora was cheerful");
        click("Check out");
        assertThat(errorSummary()).containsExactly("Enter why some tasks were not done");
        assertThat(errorMessage("notDoneReason")).isEqualTo("Enter why some tasks were not done");
        assertThat(title()).startsWith("Error: ");
        fill("notDoneReason", "The watering can was missing");
        click("Check out");
        assertThat(successMessage()).isEqualTo("You have checked out");
        assertThat(texts(".govuk-tag")).contains("Completed");
        assertThat(texts("#tasks ~ ul li").get(1)).contains("Not done: The watering can was missing");
        assertThat(texts("#travel th")).contains("From home to this visit", "Total");
        assertThat(day.attendance(visit).status()).isEqualTo(VisitStatus.COMPLETED);
    }
}
