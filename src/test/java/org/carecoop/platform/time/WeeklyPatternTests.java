package org.carecoop.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.junit.jupiter.api.Test;

class WeeklyPatternTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void windowsCountTheirHoursAndOverlap() {
        WeeklyPattern weekends = WeeklyPattern.of(List.of(
                new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                new Window(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)));
        WeeklyPattern saturdayAfternoon =
                WeeklyPattern.of(List.of(new Window(DayOfWeek.SATURDAY, LocalTime.of(12, 0), LocalTime.of(18, 0))));

        assertThat(weekends.hours()).isEqualTo(6);
        assertThat(weekends.overlapHours(saturdayAfternoon)).isEqualTo(2);
        assertThat(weekends.contains(WeeklyPattern.hourOfWeek(DayOfWeek.SUNDAY, 23)))
                .isTrue();
        assertThat(weekends.windows())
                .containsExactly(
                        new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(14, 0)),
                        new Window(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT));
    }

    @Test
    void windowsMustBeWholeHoursThatEndAfterTheyStart() {
        assertThatThrownBy(() -> new Window(DayOfWeek.MONDAY, LocalTime.of(9, 30), LocalTime.of(11, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Window(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(9, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyPattern.fromBits("01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aOneOffPeriodTouchesTheLocalHoursOfItsWeekday() {
        // Saturday 28 November 2026, 10:30 to 12:00 in London (GMT).
        WeeklyPattern touched = WeeklyPattern.touchedBy(
                Instant.parse("2026-11-28T10:30:00Z"), Instant.parse("2026-11-28T12:00:00Z"), LONDON);

        assertThat(touched.windows())
                .containsExactly(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        // In summer time the same instants are an hour later on the clock.
        assertThat(WeeklyPattern.touchedBy(
                                Instant.parse("2026-06-27T10:30:00Z"), Instant.parse("2026-06-27T12:00:00Z"), LONDON)
                        .windows())
                .containsExactly(new Window(DayOfWeek.SATURDAY, LocalTime.of(11, 0), LocalTime.of(13, 0)));
    }

    @Property
    void bitsReadBackToTheSamePattern(@ForAll @Size(max = 40) List<@IntRange(min = 0, max = 167) Integer> hours) {
        WeeklyPattern pattern =
                WeeklyPattern.ofHours(hours.stream().mapToInt(Integer::intValue).toArray());

        assertThat(WeeklyPattern.fromBits(pattern.bits())).isEqualTo(pattern);
        assertThat(WeeklyPattern.of(pattern.windows())).isEqualTo(pattern);
        assertThat(pattern.hours()).isEqualTo((int) hours.stream().distinct().count());
    }

    @Property
    void overlapIsSymmetricAndBoundedByEither(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 167) Integer> a,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 167) Integer> b) {
        WeeklyPattern first =
                WeeklyPattern.ofHours(a.stream().mapToInt(Integer::intValue).toArray());
        WeeklyPattern second =
                WeeklyPattern.ofHours(b.stream().mapToInt(Integer::intValue).toArray());

        assertThat(first.overlapHours(second)).isEqualTo(second.overlapHours(first));
        assertThat(first.overlapHours(second)).isLessThanOrEqualTo(Math.min(first.hours(), second.hours()));
        assertThat(first.union(second).hours()).isEqualTo(first.hours() + second.hours() - first.overlapHours(second));
    }
}
