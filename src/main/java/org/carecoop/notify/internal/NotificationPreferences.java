package org.carecoop.notify.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an account chose about notifications: the channels, the reminders before something starts,
 * and quiet hours in which nothing but urgent news is sent. Hours are whole hours of the co-op's
 * local day; quiet hours may wrap past midnight (21 until 8).
 *
 * @param dayBeforeHour the hour of a reminder the day before; null for none
 * @param quietFrom the hour quiet hours start; null, with {@code quietUntil}, for none
 */
public record NotificationPreferences(
        boolean email,
        boolean sms,
        @Nullable Integer dayBeforeHour,
        boolean twoHoursBefore,
        boolean oneHourBefore,
        boolean thirtyMinutesBefore,
        @Nullable Integer quietFrom,
        @Nullable Integer quietUntil) {

    /** Everyone's until they choose: email, reminded the day before at 18:00, no quiet hours. */
    public static final NotificationPreferences DEFAULTS =
            new NotificationPreferences(true, false, 18, false, false, false, null, null);

    /** @throws IllegalArgumentException when no channel is chosen, or an hour is not one */
    public NotificationPreferences {
        if (!email && !sms) {
            throw new IllegalArgumentException("At least one channel is needed");
        }
        hour(dayBeforeHour);
        hour(quietFrom);
        hour(quietUntil);
        if ((quietFrom == null) != (quietUntil == null)) {
            throw new IllegalArgumentException("Quiet hours need both a start and an end");
        }
        if (quietFrom != null && quietFrom.equals(quietUntil)) {
            throw new IllegalArgumentException("Quiet hours must not start and end at the same hour");
        }
    }

    private static void hour(@Nullable Integer hour) {
        if (hour != null && (hour < 0 || hour > 23)) {
            throw new IllegalArgumentException("Not an hour of the day: " + hour);
        }
    }

    public boolean hasQuietHours() {
        return quietFrom != null;
    }

    /** When the quiet hours that {@code at} falls in end; null when it is not in quiet hours. */
    public @Nullable Instant quietEnd(Instant at, ZoneId zone) {
        if (quietFrom == null || quietUntil == null) {
            return null;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalTime from = LocalTime.of(quietFrom, 0);
        LocalTime until = LocalTime.of(quietUntil, 0);
        boolean quiet = from.isBefore(until)
                ? !time.isBefore(from) && time.isBefore(until)
                : !time.isBefore(from) || time.isBefore(until);
        if (!quiet) {
            return null;
        }
        ZonedDateTime end = ZonedDateTime.of(local.toLocalDate(), until, zone);
        if (!end.isAfter(local)) {
            end = ZonedDateTime.of(local.toLocalDate().plusDays(1), until, zone);
        }
        return end.toInstant();
    }

    /**
     * The reminders for something starting at {@code eventStart}: each before it and after
     * {@code now}, sorted and distinct. One in quiet hours moves to their end, if that is still
     * before the start.
     */
    public List<Instant> reminderTimes(Instant eventStart, Instant now, ZoneId zone) {
        List<Instant> wanted = new ArrayList<>();
        if (dayBeforeHour != null) {
            wanted.add(ZonedDateTime.of(
                            eventStart.atZone(zone).toLocalDate().minusDays(1), LocalTime.of(dayBeforeHour, 0), zone)
                    .toInstant());
        }
        if (twoHoursBefore) {
            wanted.add(eventStart.minus(Duration.ofHours(2)));
        }
        if (oneHourBefore) {
            wanted.add(eventStart.minus(Duration.ofHours(1)));
        }
        if (thirtyMinutesBefore) {
            wanted.add(eventStart.minus(Duration.ofMinutes(30)));
        }
        return wanted.stream()
                .map(time -> {
                    Instant end = quietEnd(time, zone);
                    return end == null ? time : end;
                })
                .filter(time -> time.isBefore(eventStart) && time.isAfter(now))
                .distinct()
                .sorted()
                .toList();
    }
}
