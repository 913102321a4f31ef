package org.carecoop.visits.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates and times of day as co-ordinators type them, read in UK time across the clock changes. */
class VisitTimesTests {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void timesOfDayAreReadOnTheTwentyFourHourClockInTheWaysPeopleTypeThem() {
        assertThat(VisitTimes.timeOfDay("08:00")).contains(LocalTime.of(8, 0));
        assertThat(VisitTimes.timeOfDay("8:00")).contains(LocalTime.of(8, 0));
        assertThat(VisitTimes.timeOfDay(" 18.45 ")).contains(LocalTime.of(18, 45));
        assertThat(VisitTimes.timeOfDay("0930")).contains(LocalTime.of(9, 30));
        assertThat(VisitTimes.timeOfDay("23:59")).contains(LocalTime.of(23, 59));
        assertThat(VisitTimes.timeOfDay("24:00")).isEmpty();
        assertThat(VisitTimes.timeOfDay("8am")).isEmpty();
        assertThat(VisitTimes.timeOfDay("12:60")).isEmpty();
        assertThat(VisitTimes.timeOfDay("")).isEmpty();
    }

    @Test
    void onlyRealDatesWithFourDigitYearsAreDates() {
        assertThat(VisitTimes.date("24", "11", "2026")).contains(LocalDate.of(2026, 11, 24));
        assertThat(VisitTimes.date(" 1 ", "3", "2027")).contains(LocalDate.of(2027, 3, 1));
        assertThat(VisitTimes.date("29", "2", "2026")).isEmpty();
        assertThat(VisitTimes.date("31", "4", "2026")).isEmpty();
        assertThat(VisitTimes.date("1", "13", "2026")).isEmpty();
        assertThat(VisitTimes.date("1", "1", "26")).isEmpty();
        assertThat(VisitTimes.date("x", "1", "2026")).isEmpty();
        assertThat(VisitTimes.date("-1", "1", "2026")).isEmpty();
    }

    @Test
    void winterAndSummerTimesAreUkTime() {
        assertThat(VisitTimes.instant(LocalDate.of(2026, 12, 1), LocalTime.of(8, 0), UK))
                .contains(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(VisitTimes.instant(LocalDate.of(2026, 7, 1), LocalTime.of(8, 0), UK))
                .contains(Instant.parse("2026-07-01T07:00:00Z"));
    }

    @Test
    void theHourSkippedWhenTheClocksGoForwardIsNotATime() {
        LocalDate springForward = LocalDate.of(2026, 3, 29);
        assertThat(VisitTimes.instant(springForward, LocalTime.of(1, 30), UK)).isEmpty();
        Instant before =
                VisitTimes.instant(springForward, LocalTime.of(0, 30), UK).orElseThrow();
        Instant after =
                VisitTimes.instant(springForward, LocalTime.of(2, 30), UK).orElseThrow();
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void inTheHourRepeatedWhenTheClocksGoBackTheFirstIsMeant() {
        LocalDate fallBack = LocalDate.of(2026, 10, 25);
        assertThat(VisitTimes.instant(fallBack, LocalTime.of(1, 30), UK))
                .contains(Instant.parse("2026-10-25T00:30:00Z"));
        Instant before = VisitTimes.instant(fallBack, LocalTime.of(0, 30), UK).orElseThrow();
        Instant after = VisitTimes.instant(fallBack, LocalTime.of(2, 30), UK).orElseThrow();
        assertThat(Duration.between(before, after)).isEqualTo(Duration.ofHours(3));
    }
}
