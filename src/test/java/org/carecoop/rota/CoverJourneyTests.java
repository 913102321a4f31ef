package org.carecoop.rota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.rota.internal.Cover;
import org.carecoop.support.BrowserTest;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A cover hand-over in a real browser (CO4, TE4): the usual worker goes on leave, a worker in the person's
 * back-up pool sees the offer and says "I can go", the visit is theirs, and they can open the person's
 * profile around the visit — and no longer once it is over.
 */
class CoverJourneyTests extends BrowserTest {

    @Autowired
    VisitsApi visits;

    @Autowired
    MatchingApi matching;

    @Autowired
    Cover cover;

    @Test
    void aBackUpWorkerTakesTheVisitAndHasEmergencyAccessOnlyAroundIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        UUID nora =
                people.createAccount(uniqueEmail("nora"), "Nora " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        UUID abe = people.createAccount(uniqueEmail("abe"), "Abe " + suffix, PASSWORD, Set.of(Role.WORKER));
        String beaEmail = uniqueEmail("bea");
        UUID bea = people.createAccount(beaEmail, "Bea " + suffix, PASSWORD, Set.of(Role.WORKER));
        people.saveWorkerAvailability(
                bea,
                WeeklyPattern.ofHours(IntStream.range(0, WeeklyPattern.HOURS).toArray()));
        Caller noraCaller = new Caller(nora, "Nora", nora, "Nora", Set.of(Role.SUPPORTED_PERSON.name()));
        Caller beaCaller = new Caller(bea, "Bea", bea, "Bea", Set.of(Role.WORKER.name()));
        matching.inviteToBackupPool(noraCaller, nora, bea);
        matching.answerBackupInvitation(beaCaller, nora, true);
        Instant start = clock.instant().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        UUID visit = visits.book(VisitsApi.SYSTEM, nora, List.of(abe), start, start.plus(1, ChronoUnit.HOURS));

        people.recordLeave(abe, start.minus(1, ChronoUnit.DAYS), start.plus(1, ChronoUnit.DAYS), "Holiday");
        await().atMost(Duration.ofSeconds(10)).until(() -> !cover.offersFor(bea).isEmpty());

        assertThat(profileOpensAt(beaEmail, nora, start.plusSeconds(300)))
                .as("before she takes the visit, the person's profile is closed to her")
                .isFalse();

        open("/cover");
        assertThat(heading()).isEqualTo("Cover");
        assertThat(texts("#offers h2"))
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("Nora " + suffix));
        click("I can go");
        assertThat(successMessage()).isEqualTo("The visit is yours. It is on your rota now.");
        assertThat(texts(".govuk-tag")).contains("You are going");
        assertThat(visits.schedule(nora, start, start.plusSeconds(60)).get(0).workers())
                .extracting(Visit.Worker::id)
                .containsExactly(bea);
        checkAccessibility();

        // Emergency access (TE4) follows the visit to the cover worker: open around it, closed after it.
        await().atMost(Duration.ofSeconds(10)).until(() -> profileOpensAt(beaEmail, nora, start.plusSeconds(300)));
        assertThat(profileOpensAt(beaEmail, nora, start.plus(1, ChronoUnit.DAYS)))
                .isFalse();
    }

    private boolean profileOpensAt(String email, UUID person, Instant at) {
        try (var stopped = clock.freezeAt(at)) {
            // A fresh sign-in at the frozen time (a session started days "earlier" would have timed out).
            browser().manage().deleteAllCookies();
            signInAs(email, PASSWORD);
            open("/people/" + person + "/profile");
            return !title().startsWith("You cannot see this page");
        }
    }
}
