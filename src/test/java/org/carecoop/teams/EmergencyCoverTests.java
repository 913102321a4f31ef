package org.carecoop.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.Decision.Reason;
import org.carecoop.visits.VisitBooked;
import org.carecoop.visits.VisitCancelled;
import org.carecoop.visits.VisitCompleted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * TE4: a cover worker outside the team gets the visiting-worker minimum from one hour before their
 * visit until one hour after check-out (before check-out, after the planned end), and nothing after —
 * checked to the nanosecond at each boundary with the clock stopped.
 */
class EmergencyCoverTests extends TeamTestSupport {

    @Autowired
    AccessPolicy access;

    record Setting(Caller person, Caller cover, UUID visitId, Instant start, Instant end) {}

    /** A person with a team of two, and a visit three hours from now by a worker from outside it. */
    Setting coverBooked() {
        Caller person = newCaller("Vera", Role.SUPPORTED_PERSON);
        Caller one = newCaller("Wyn", Role.WORKER);
        Caller two = newCaller("Xan", Role.WORKER);
        startArrangement(person, one);
        startArrangement(person, two);
        awaitTeamWith(person, one, two);
        Caller cover = newCaller("Cole", Role.WORKER);
        Instant start = clock.instant().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(3));
        Instant end = start.plus(Duration.ofHours(1));
        UUID visitId = UUID.randomUUID();
        publish(new VisitBooked(visitId, person.accountId(), List.of(cover.accountId()), start, end));
        awaitEventsHandled(person);
        return new Setting(person, cover, visitId, start, end);
    }

    Decision at(Instant when, Caller caller, UUID personId, Category category) {
        try (var stopped = clock.freezeAt(when)) {
            return access.decide(caller, personId, category, Action.READ);
        }
    }

    @Test
    void accessOpensAnHourBeforeTheVisitAndClosesAnHourAfterThePlannedEndBeforeCheckOut() {
        Setting s = coverBooked();
        UUID person = s.person().accountId();
        Instant opens = s.start().minus(Duration.ofHours(1));
        Instant closes = s.end().plus(Duration.ofHours(1));

        assertThat(at(opens.minusNanos(1000), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        assertThat(at(opens, s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.allow(Reason.EMERGENCY_COVER));
        assertThat(at(opens, s.cover(), person, Category.EMERGENCY_CONTACT_ONLY))
                .isEqualTo(Decision.allow(Reason.EMERGENCY_COVER));
        for (Category beyond :
                List.of(Category.SCHEDULE, Category.CARE_NOTES, Category.MEDICATION, Category.FINANCES_AND_BUDGET)) {
            assertThat(at(s.start(), s.cover(), person, beyond)).isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        }
        assertThat(at(closes.minusNanos(1000), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.allow(Reason.EMERGENCY_COVER));
        assertThat(at(closes, s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        try (var stopped = clock.freezeAt(s.start())) {
            assertThat(access.decide(s.cover(), person, Category.PROFILE_AND_CONTACT, Action.WRITE))
                    .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        }
    }

    @Test
    void aLateCheckOutKeepsAccessUntilAnHourAfterItAndNothingAfter() {
        Setting s = coverBooked();
        UUID person = s.person().accountId();
        Instant checkOut = s.end().plus(Duration.ofMinutes(30));
        publish(new VisitCompleted(s.visitId(), person, List.of(s.cover().accountId()), checkOut));
        awaitEventsHandled(s.person());

        Instant closes = checkOut.plus(Duration.ofHours(1));
        assertThat(at(closes.minusNanos(1000), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.allow(Reason.EMERGENCY_COVER));
        assertThat(at(closes, s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        assertThat(at(closes.plus(Duration.ofDays(1)), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Test
    void anEarlyCheckOutEndsAccessAnHourAfterIt() {
        Setting s = coverBooked();
        UUID person = s.person().accountId();
        Instant checkOut = s.start().plus(Duration.ofMinutes(20));
        publish(new VisitCompleted(s.visitId(), person, List.of(s.cover().accountId()), checkOut));
        awaitEventsHandled(s.person());

        assertThat(at(checkOut.plus(Duration.ofHours(1)), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Test
    void aCancelledVisitOrAnotherWorkerBookedInsteadGivesNoAccess() {
        Setting s = coverBooked();
        UUID person = s.person().accountId();
        Caller other = newCaller("Dana", Role.WORKER);
        publish(new VisitBooked(s.visitId(), person, List.of(other.accountId()), s.start(), s.end()));
        awaitEventsHandled(s.person());

        assertThat(at(s.start(), s.cover(), person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
        assertThat(at(s.start(), other, person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.allow(Reason.EMERGENCY_COVER));

        publish(new VisitCancelled(s.visitId(), person, clock.instant()));
        awaitEventsHandled(s.person());
        assertThat(at(s.start(), other, person, Category.PROFILE_AND_CONTACT))
                .isEqualTo(Decision.deny(Reason.NOT_IN_TEAM));
    }

    @Test
    void thePersonSeesWhoCoversAndUntilWhenOnWhoSeesWhat() {
        Setting s = coverBooked();

        AccessOverview overview = teamsApi.accessOverview(s.person(), s.person().accountId());

        assertThat(overview.cover()).singleElement().satisfies(c -> {
            assertThat(c.workerId()).isEqualTo(s.cover().accountId());
            assertThat(c.from()).isEqualTo(s.start().minus(Duration.ofHours(1)));
            assertThat(c.until()).isEqualTo(s.end().plus(Duration.ofHours(1)));
            assertThat(c.categories())
                    .containsExactlyInAnyOrder(Category.PROFILE_AND_CONTACT, Category.EMERGENCY_CONTACT_ONLY);
        });
    }

    @Test
    void aTeamMembersVisitIsNotCoverAndTheirPermissionsStayTheTeams() {
        Setting s = coverBooked();
        Team team = teamsApi.teamOf(s.person().accountId()).orElseThrow();
        UUID member = team.members().get(0).accountId();
        publish(new VisitBooked(UUID.randomUUID(), s.person().accountId(), List.of(member), s.start(), s.end()));
        awaitEventsHandled(s.person());

        AccessOverview overview = teamsApi.accessOverview(s.person(), s.person().accountId());

        assertThat(overview.cover())
                .extracting(AccessOverview.CoverAccess::workerId)
                .containsExactly(s.cover().accountId());
    }
}
