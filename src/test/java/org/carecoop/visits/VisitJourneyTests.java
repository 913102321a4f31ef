package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.RateCard;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A co-ordinator books a visit in a real browser — a clash named at the worker, a weekly repeat, the
 * review with its price, a change back to the form — and the person sees it on their calendar.
 */
class VisitJourneyTests extends BrowserTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    VisitsApi visits;

    @Test
    void aCoordinatorIsToldOfAClashBooksAnotherWorkerAndThePersonSeesTheVisit() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String noraEmail = uniqueEmail("nora");
        UUID nora = people.createAccount(noraEmail, "Nora " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        String amyEmail = uniqueEmail("amy");
        people.createAccount(amyEmail, "Amy " + suffix, PASSWORD, Set.of(Role.WORKER));
        String bobEmail = uniqueEmail("bob");
        UUID bob = people.createAccount(bobEmail, "Bob " + suffix, PASSWORD, Set.of(Role.WORKER));
        UUID olive =
                people.createAccount(uniqueEmail("olive"), "Olive " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        LocalDate date = LocalDate.ofInstant(clock.instant(), UK).plusDays(9);
        Instant eight = date.atTime(8, 0).atZone(UK).toInstant();
        visits.book(VisitsApi.SYSTEM, olive, List.of(bob), eight, eight.plus(Duration.ofHours(1)));

        people.saveRateCard(people.accountByEmail(amyEmail).orElseThrow().id(), new RateCard(1800, 0, 0, 0, 0));
        String weekday = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK);
        String dateText = date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));

        signInAsDemo("coordinator");
        click("Book a visit");
        choose("personId", "Nora " + suffix + " (" + noraEmail + ")");
        choose("workerId", "Bob " + suffix + " (" + bobEmail + ")");
        fill("day", String.valueOf(date.getDayOfMonth()));
        fill("month", String.valueOf(date.getMonthValue()));
        fill("year", String.valueOf(date.getYear()));
        fill("startTime", "08:30");
        fill("endTime", "09:15");
        click("Continue");

        // The review names the clash before anything is confirmed.
        String clash = "Bob " + suffix + " is already booked for a visit from 08:00 to 09:00 on " + dateText;
        assertThat(errorSummary()).containsExactly(clash);
        assertThat(errorSummaryTargets()).containsExactly("#workerId");
        assertThat(errorMessage("workerId")).isEqualTo(clash);
        assertThat(valueOf("startTime")).isEqualTo("08:30");

        // Amy instead, this day and the same day next week: 45 minutes at £18.00 an hour each.
        choose("workerId", "Amy " + suffix + " (" + amyEmail + ")");
        choose(weekday);
        LocalDate until = date.plusWeeks(1);
        fill("untilDay", String.valueOf(until.getDayOfMonth()));
        fill("untilMonth", String.valueOf(until.getMonthValue()));
        fill("untilYear", String.valueOf(until.getYear()));
        click("Continue");
        assertThat(heading()).isEqualTo("Check the booking");
        assertThat(texts("#visit-count"))
                .containsExactly("2 visits, the last on "
                        + until.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
        assertThat(texts("#price-1-lines li")).containsExactly("45 min at £18.00 an hour: £13.50");
        assertThat(texts("#price-1 dd")).containsExactly("£13.50", "£27.00");

        click("Change the booking");
        assertThat(valueOf("endTime")).isEqualTo("09:15");
        assertThat(valueOf("untilDay")).isEqualTo(String.valueOf(until.getDayOfMonth()));
        click("Continue");
        click("Confirm and book");
        assertThat(path()).isEqualTo("/visits/new");
        assertThat(successMessage()).isEqualTo("2 visits booked for Nora " + suffix);
        assertThat(visits.hasVisits(nora)).isTrue();
        signOut();

        signInAs(noraEmail, PASSWORD);
        click("My visits");
        assertThat(heading()).isEqualTo("Your visits");
        open("/schedule?week=" + date.minusWeeks(1));
        assertThat(texts(".carecoop-schedule__visit")).noneMatch(t -> t.contains("Amy " + suffix));

        // htmx swaps in the next week without loading the page, and the address follows.
        browser().findElement(By.cssSelector("a[rel=next]")).click();
        new WebDriverWait(browser(), Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> texts(".carecoop-schedule__visit").stream()
                        .anyMatch(t -> t.contains("08:30 to 09:15") && t.contains("With Amy " + suffix)));
        assertThat(path()).isEqualTo("/schedule?week=" + date.with(DayOfWeek.MONDAY));
        assertThat(texts(".carecoop-schedule__visit .govuk-tag")).contains("Booked");
        checkAccessibility();
        checkReflow();
    }

    /** Chooses the option with this text in the select list with this id. */
    private void choose(String id, String option) {
        new Select(browser().findElement(By.id(id))).selectByVisibleText(option);
    }
}
