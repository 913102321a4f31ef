package org.carecoop.peers.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date and time of a meet-up as people type them: a date as day, month and year ("27 3
 * 2027", "27/03/2027", "27-3-2027") or as ISO ("2027-03-27"); a time on the 12-hour clock ("10am",
 * "2:30pm", "2.30 pm") or the 24-hour clock ("14:30", "09:00").
 */
final class MeetUpTimes {

    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("(\\d{1,2})\\s*[\\s/.-]\\s*(\\d{1,2})\\s*[\\s/.-]\\s*(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TWELVE_HOUR = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?m\\.?");
    private static final Pattern TWENTY_FOUR_HOUR = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private MeetUpTimes() {}

    /** The date, or empty when it is not one (including days that do not exist, like 30 2 2027). */
    static Optional<LocalDate> date(String text) {
        String typed = text.strip();
        Matcher dmy = DAY_MONTH_YEAR.matcher(typed);
        if (dmy.matches()) {
            return date(dmy.group(3), dmy.group(2), dmy.group(1));
        }
        Matcher iso = ISO.matcher(typed);
        if (iso.matches()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        return Optional.empty();
    }

    /** The time of day, or empty when it is not one. */
    static Optional<LocalTime> time(String text) {
        String typed = text.strip().toLowerCase(Locale.UK);
        Matcher twelve = TWELVE_HOUR.matcher(typed);
        if (twelve.matches()) {
            int hour = Integer.parseInt(twelve.group(1));
            int minute = twelve.group(2) == null ? 0 : Integer.parseInt(twelve.group(2));
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            int hourOfDay = hour % 12 + (twelve.group(3).equals("p") ? 12 : 0);
            return time(hourOfDay, minute);
        }
        Matcher twentyFour = TWENTY_FOUR_HOUR.matcher(typed);
        if (twentyFour.matches()) {
            return time(Integer.parseInt(twentyFour.group(1)), Integer.parseInt(twentyFour.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(int hour, int minute) {
        try {
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
