package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.carecoop.people.AbsenceKind;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.RateCard;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;

class DemoAvailabilityTests extends IntegrationTest {

    @Test
    void benHasAWeekOfLeaveStartingAWeekFromToday() {
        UUID ben = id("ben");
        Instant now = clock.instant();

        assertThat(people.absences(ben, now, now.plus(Duration.ofDays(30))))
                .singleElement()
                .satisfies(leave -> {
                    assertThat(leave.kind()).isEqualTo(AbsenceKind.LEAVE);
                    assertThat(LocalDate.ofInstant(leave.from(), clock.getZone()))
                            .isEqualTo(LocalDate.now(clock).plusDays(7));
                    assertThat(Duration.between(leave.from(), leave.to()))
                            .isBetween(Duration.ofHours(167), Duration.ofHours(169));
                });
        Instant during = LocalDate.now(clock)
                .plusDays(9)
                .atTime(8, 0)
                .atZone(clock.getZone())
                .toInstant();
        assertThat(people.availabilityAt(ben, during, during.plus(Duration.ofHours(1))))
                .isEqualTo(AvailabilityAt.ON_LEAVE);
    }

    @Test
    void graceIsOnCallThisWeekend() {
        UUID grace = id("grace");
        Instant now = clock.instant();

        assertThat(people.onCallWindows(grace, now, now.plus(Duration.ofDays(8))))
                .singleElement()
                .satisfies(window -> {
                    assertThat(window.from().atZone(clock.getZone()).getDayOfWeek())
                            .isEqualTo(DayOfWeek.SATURDAY);
                    assertThat(window.to().atZone(clock.getZone()).getDayOfWeek())
                            .isEqualTo(DayOfWeek.MONDAY);
                });
    }

    @Test
    void everyDemoWorkerHasARateCard() {
        DemoAvailability.HOURLY_PENCE.forEach(
                (name, pence) -> assertThat(people.rateCard(id(name))).contains(new RateCard(pence, 15, 20, 50, 10)));
        assertThat(DemoAvailability.HOURLY_PENCE.values())
                .allSatisfy(p -> assertThat(p).isBetween(1350L, 1600L));
    }

    private UUID id(String name) {
        return people.accountByEmail(demo(name)).orElseThrow().id();
    }
}
