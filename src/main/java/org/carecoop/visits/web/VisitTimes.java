package org.carecoop.visits.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a co-ordinator types for a visit's date and times of day, read in the co-op's time zone. A
 * time of day that does not happen on that date (the hour skipped when the clocks go forward) is
 * refused rather than moved; one that happens twice (the hour repeated when they go back) is read as
 * the first of the two, so a visit typed as 00:30 to 02:30 on that night lasts three hours.
 */
final class VisitTimes {

    /** "8:00", "08:00", "8.00" or "0800", on the 24-hour clock. */
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]?([0-5][0-9])");

    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,4}");

    private VisitTimes() {}

    /** A time of day on the 24-hour clock, or empty when it is not one. */
    static Optional<LocalTime> timeOfDay(String text) {
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    /** A real date from its day, month and four-digit year, or empty when there is no such date. */
    static Optional<LocalDate> date(String day, String month, String year) {
        if (!NUMBER.matcher(day.strip()).matches()
                || !NUMBER.matcher(month.strip()).matches()
                || !year.strip().matches("[0-9]{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(year.strip()), Integer.parseInt(month.strip()), Integer.parseInt(day.strip())));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The instant of this time of day on this date in the zone; empty when the clocks skip it. In the
     * hour the clocks go back, the earlier of the two instants.
     */
    static Optional<Instant> instant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }
}
