package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.MatchingFixtures.Account;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.BrowserTest;
import org.carecoop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Introductions, exclusions and back-up invitations in a real browser, with Eric from the demo data
 * and new workers. Trials are set more than five weeks ahead, past the demo visits other tests count,
 * and the arrangement made is ended again, so Eric's team is as the demo made it afterwards.
 */
class IntroductionJourneyTests extends BrowserTest {

    @Autowired
    Introductions introductions;

    @Autowired
    Requests requests;

    @Autowired
    MatchingApi matching;

    @Test
    void ericAndAWorkerMeetAgreeATrialBothCarryOnAndEricEndsItLater() {
        UUID eric = ericId();
        Account worker = MatchingFixtures.account(people, "Wendy Journey", PASSWORD, Role.WORKER);
        UUID id =
                introductions.invite(asEric(eric), eric, MatchingFixtures.request(requests, clock, eric), worker.id());

        signInAsDemo("eric");
        open("/people/" + eric + "/introductions");
        click("Wendy Journey");
        assertThat(path()).isEqualTo("/introductions/" + id);
        assertThat(texts("#status")).singleElement().asString().contains("Wendy has been invited to meet");
        signOut();

        signInAs(worker.email(), PASSWORD);
        click("Introductions");
        click("Eric would like to meet you");
        choose("Yes, I would like to meet");
        click("Send answer");
        assertThat(successMessage()).isEqualTo("You have agreed to meet. Now arrange a trial session.");
        String hello = "Hello Eric, I look forward to meeting you.";
        fill("text", hello);
        click("Send message");
        new WebDriverWait(browser(), Duration.ofSeconds(5))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> texts(".carecoop-post .carecoop-pre-line").contains(hello));
        checkAccessibility();
        checkReflow();
        signOut();

        signInAsDemo("eric");
        open("/introductions/" + id);
        assertThat(texts(".carecoop-post .carecoop-pre-line")).containsExactly(hello);
        LocalDate day = LocalDate.now(clock).plusDays(40);
        setTrial(day);
        assertThat(successMessage()).isEqualTo("The trial session is booked. It is in the schedule.");
        assertThat(texts("#trial-when")).singleElement().asString().contains("10:00 to 11:00");
        signOut();

        Instant trialStart =
                day.atTime(LocalTime.of(10, 30)).atZone(clock.getZone()).toInstant();
        try (TestClock.Moved during = clock.advance(Duration.between(clock.instant(), trialStart))) {
            signInAsDemo("eric");
            open("/introductions/" + id);
            choose("Yes, I would like to carry on");
            click("Send my decision");
            assertThat(texts("#my-decision"))
                    .singleElement()
                    .asString()
                    .contains("You said you would like to carry on");
            signOut();

            signInAs(worker.email(), PASSWORD);
            open("/introductions/" + id);
            assertThat(texts("#my-decision")).isEmpty();
            choose("Yes, I would like to carry on");
            click("Send my decision");
            assertThat(texts("#status")).singleElement().asString().contains("have both agreed to carry on");
            signOut();

            signInAsDemo("eric");
            open("/people/" + eric + "/arrangements");
            assertThat(texts(".govuk-list li")).anyMatch(t -> t.startsWith("Wendy Journey, since"));
            click("End Wendy Journey");
            assertThat(heading()).isEqualTo("End the arrangement with Wendy Journey");
            click("End the arrangement");
            assertThat(successMessage()).isEqualTo("The arrangement has ended. No fault, no blame.");
            assertThat(matching.activeArrangements(eric))
                    .noneMatch(a -> a.workerId().equals(worker.id()));
        }
    }

    @Test
    void aCoordinatorActingForEricSetsTheTrialSession() {
        UUID eric = ericId();
        Account worker = MatchingFixtures.account(people, "Agnes Assisted", PASSWORD, Role.WORKER);
        UUID id =
                introductions.invite(asEric(eric), eric, MatchingFixtures.request(requests, clock, eric), worker.id());
        introductions.respond(worker.caller(), id, true);

        signInAsDemo("coordinator");
        open("/assisted?q=Walsh");
        click("Act for Eric Walsh");
        assertThat(texts(".carecoop-assisted-banner p").get(0)).contains("you are acting for Eric Walsh");
        open("/introductions/" + id);
        setTrial(LocalDate.now(clock).plusDays(45));
        assertThat(successMessage()).isEqualTo("The trial session is booked. It is in the schedule.");
        assertThat(introductions.find(id).orElseThrow().trialVisitId()).isNotNull();
        click("Stop acting for this person");
        signOut();

        // The access log names what the co-ordinator did for Eric in plain words.
        signInAsDemo("eric");
        open("/people/" + eric + "/access-log");
        assertThat(texts(".govuk-table__body tr"))
                .anyMatch(row -> row.contains("acting for you") && row.contains("Stopped acting for you"))
                .anyMatch(row -> row.contains("acting for you") && row.contains("Changed your plans and outcomes"));
    }

    @Test
    void ericAsksNotToBeSentAWorkerAgainThenChangesHisMind() {
        UUID eric = ericId();
        Account worker = MatchingFixtures.account(people, "Xavier Excluded", PASSWORD, Role.WORKER);
        introductions.invite(asEric(eric), eric, MatchingFixtures.request(requests, clock, eric), worker.id());

        signInAsDemo("eric");
        open("/people/" + eric + "/exclusions");
        click("Do not send again");
        assertThat(errorSummary()).containsExactly("Choose a worker");
        assertThat(errorSummaryTargets()).containsExactly("#workerId");

        new org.openqa.selenium.support.ui.Select(browser().findElement(org.openqa.selenium.By.id("workerId")))
                .selectByVisibleText("Xavier Excluded");
        click("Do not send again");
        assertThat(successMessage()).isEqualTo("Added to the list. We will not send them again.");
        assertThat(texts("#excluded li")).anyMatch(t -> t.contains("Xavier Excluded"));
        assertThat(matching.excludedWorkers(eric)).contains(worker.id());

        click("Remove Xavier Excluded");
        assertThat(successMessage()).isEqualTo("Removed from the list");
        assertThat(matching.excludedWorkers(eric)).doesNotContain(worker.id());
    }

    @Test
    void aWorkerAcceptsEricsInvitationToBeAnEmergencyBackup() {
        UUID eric = ericId();
        Account worker = MatchingFixtures.account(people, "Bella Backup", PASSWORD, Role.WORKER);
        matching.inviteToBackupPool(asEric(eric), eric, worker.id());

        signInAs(worker.email(), PASSWORD);
        click("Back-up invitations");
        assertThat(texts("#backup-invitations li p"))
                .contains("Eric would like you to be one of their emergency back-ups");
        click("Accept Eric");
        assertThat(successMessage()).isEqualTo("Thank you for answering");
        assertThat(texts("#backup-invitations li p")).contains("Eric: you are one of their back-ups");
        assertThat(matching.backupPool(eric)).contains(worker.id());
    }

    private void setTrial(LocalDate day) {
        fill("day", String.valueOf(day.getDayOfMonth()));
        fill("month", String.valueOf(day.getMonthValue()));
        fill("year", String.valueOf(day.getYear()));
        fill("startTime", "10:00");
        fill("endTime", "11:00");
        click("Set the trial session");
    }

    private UUID ericId() {
        return people.accountByEmail(demo("eric")).orElseThrow().id();
    }

    private static Caller asEric(UUID eric) {
        return new Caller(eric, "Eric Walsh", eric, "Eric Walsh", Set.of(Role.SUPPORTED_PERSON.name()));
    }
}
