package org.carecoop.notify.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carecoop.notify.internal.NotificationPreferences;
import org.carecoop.people.ContactDetails;
import org.carecoop.people.PeopleApi;
import org.jspecify.annotations.Nullable;

/**
 * The rules for notification choices, shared by the settings page and the API: which channels and
 * reminders exist, that text messages need a phone number, and that quiet hours need a start and a
 * different end.
 */
final class PreferenceInput {

    static final String EMAIL = "EMAIL";
    static final String SMS = "SMS";
    static final String DAY_BEFORE = "DAY_BEFORE";
    static final String TWO_HOURS = "TWO_HOURS";
    static final String ONE_HOUR = "ONE_HOUR";
    static final String THIRTY_MINUTES = "THIRTY_MINUTES";
    static final List<String> CHANNELS = List.of(EMAIL, SMS);
    static final List<String> REMINDERS = List.of(DAY_BEFORE, TWO_HOURS, ONE_HOUR, THIRTY_MINUTES);

    /** A refused choice: the field and the message key saying what to do. */
    record Problem(String field, String key) {}

    /** The preferences, or what is wrong with the choices. */
    record Result(@Nullable NotificationPreferences preferences, List<Problem> problems) {}

    private PreferenceInput() {}

    static Result read(
            List<String> channels,
            List<String> reminders,
            @Nullable String dayBeforeHour,
            @Nullable String quietFrom,
            @Nullable String quietUntil,
            boolean hasPhone) {
        List<Problem> problems = new ArrayList<>();
        if (!CHANNELS.containsAll(channels)) {
            problems.add(new Problem("channels", "notifications.error.channels.unknown"));
        } else if (channels.isEmpty()) {
            problems.add(new Problem("channels", "notifications.error.channels.none"));
        } else if (channels.contains(SMS) && !hasPhone) {
            problems.add(new Problem("channels", "notifications.error.sms.phone"));
        }
        if (!REMINDERS.containsAll(reminders)) {
            problems.add(new Problem("reminders", "notifications.error.reminders.unknown"));
        }
        Integer dayBefore = null;
        if (reminders.contains(DAY_BEFORE)) {
            dayBefore = hour(dayBeforeHour);
            if (dayBefore == null) {
                problems.add(new Problem("dayBeforeHour", "notifications.error.dayBefore"));
            }
        }
        Integer from = hour(quietFrom);
        Integer until = hour(quietUntil);
        boolean fromGiven = quietFrom != null && !quietFrom.isBlank();
        boolean untilGiven = quietUntil != null && !quietUntil.isBlank();
        if (fromGiven && from == null) {
            problems.add(new Problem("quietFrom", "notifications.error.hour"));
        } else if (!fromGiven && untilGiven) {
            problems.add(new Problem("quietFrom", "notifications.error.quiet.from"));
        }
        if (untilGiven && until == null) {
            problems.add(new Problem("quietUntil", "notifications.error.hour"));
        } else if (fromGiven && !untilGiven) {
            problems.add(new Problem("quietUntil", "notifications.error.quiet.until"));
        } else if (from != null && from.equals(until)) {
            problems.add(new Problem("quietUntil", "notifications.error.quiet.same"));
        }
        if (!problems.isEmpty()) {
            return new Result(null, problems);
        }
        return new Result(
                new NotificationPreferences(
                        channels.contains(EMAIL),
                        channels.contains(SMS),
                        dayBefore,
                        reminders.contains(TWO_HOURS),
                        reminders.contains(ONE_HOUR),
                        reminders.contains(THIRTY_MINUTES),
                        from,
                        until),
                List.of());
    }

    static List<String> channels(NotificationPreferences p) {
        List<String> channels = new ArrayList<>();
        if (p.email()) {
            channels.add(EMAIL);
        }
        if (p.sms()) {
            channels.add(SMS);
        }
        return channels;
    }

    static List<String> reminders(NotificationPreferences p) {
        List<String> reminders = new ArrayList<>();
        if (p.dayBeforeHour() != null) {
            reminders.add(DAY_BEFORE);
        }
        if (p.twoHoursBefore()) {
            reminders.add(TWO_HOURS);
        }
        if (p.oneHourBefore()) {
            reminders.add(ONE_HOUR);
        }
        if (p.thirtyMinutesBefore()) {
            reminders.add(THIRTY_MINUTES);
        }
        return reminders;
    }

    /** The account's phone number for text messages, or null when it has none. */
    static @Nullable String phone(PeopleApi people, UUID accountId) {
        return people.contactDetails(accountId)
                .map(ContactDetails::phone)
                .filter(p -> !p.isBlank())
                .orElse(null);
    }

    /** The hour 0–23 written as digits, or null when blank or not one. */
    static @Nullable Integer hour(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String tidy = value.strip();
        if (tidy.isEmpty() || tidy.length() > 2 || !tidy.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int hour = Integer.parseInt(tidy);
        return hour > 23 ? null : hour;
    }
}
