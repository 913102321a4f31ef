package org.carecoop.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;

/** Reminder times, whatever the preferences, event and moment (daylight saving changes included). */
class ReminderTimesProperties {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    @Property(tries = 2000)
    void remindersAreBeforeTheEventAfterNowSortedAndDistinct(
            @ForAll("preferences") NotificationPreferences preferences,
            @ForAll @IntRange(min = 0, max = 2 * 365 * 24 * 4) int eventQuarterHours,
            @ForAll @IntRange(min = -3 * 24 * 60, max = 3 * 24 * 60) int nowMinutesFromEvent) {
        Instant event = BASE.plus(Duration.ofMinutes(15L * eventQuarterHours));
        Instant now = event.plus(Duration.ofMinutes(nowMinutesFromEvent));

        List<Instant> times = preferences.reminderTimes(event, now, LONDON);

        assertThat(times).allMatch(t -> t.isBefore(event), "before the event");
        assertThat(times).allMatch(t -> t.isAfter(now), "after now");
        assertThat(times).isSorted().doesNotHaveDuplicates();
        assertThat(times).allMatch(t -> preferences.quietEnd(t, LONDON) == null, "never in quiet hours");
        assertThat(times.size()).isLessThanOrEqualTo(4);
    }

    @Property(tries = 500)
    void withNothingChosenBesidesTheDayBeforeThereIsAtMostOneReminder(
            @ForAll @IntRange(min = 0, max = 23) int hour, @ForAll @IntRange(min = 0, max = 365 * 24) int eventHours) {
        Instant event = BASE.plus(Duration.ofHours(eventHours));
        NotificationPreferences p = new NotificationPreferences(true, false, hour, false, false, false, null, null);

        List<Instant> times = p.reminderTimes(event, BASE.minus(Duration.ofDays(2)), LONDON);

        assertThat(times).hasSize(1);
        assertThat(times.get(0).atZone(LONDON).toLocalDate())
                .isEqualTo(event.atZone(LONDON).toLocalDate().minusDays(1));
    }

    @Provide
    Arbitrary<NotificationPreferences> preferences() {
        Arbitrary<@Nullable Integer> hour =
                Arbitraries.integers().between(0, 23).injectNull(0.3);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<int @Nullable []> quiet = Arbitraries.integers()
                .between(0, 23)
                .tuple2()
                .filter(t -> !t.get1().equals(t.get2()))
                .map(t -> new int[] {t.get1(), t.get2()})
                .injectNull(0.4);
        return Combinators.combine(hour, flag, flag, flag, quiet)
                .as((dayBefore, two, one, thirty, q) -> new NotificationPreferences(
                        true, false, dayBefore, two, one, thirty, q == null ? null : q[0], q == null ? null : q[1]));
    }
}
