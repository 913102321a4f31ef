package org.carecoop.matching.web;

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
import org.springframework.validation.BindingResult;

/**
 * Reads a {@link TrialForm}: a real date, times of day on the 24-hour clock ("14:00", "1400",
 * "14.00"), the end after the start, all in the co-op's time zone. A time the clocks skip is refused;
 * every problem is rejected at its field.
 */
final class TrialTimes {

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3])[:.]?([0-5][0-9])");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,2}");

    /** The start and end of the session. */
    record Period(Instant start, Instant end) {}

    private TrialTimes() {}

    static Optional<Period> read(TrialForm form, ZoneId zone, BindingResult errors) {
        Optional<LocalDate> date = date(form, errors);
        Optional<LocalTime> start = time(form.getStartTime(), "startTime", errors);
        Optional<LocalTime> end = time(form.getEndTime(), "endTime", errors);
        if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
            errors.rejectValue("endTime", "introductions.trial.endTime.notAfterStart");
            return Optional.empty();
        }
        if (date.isEmpty() || start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        Optional<Instant> startAt = instant(date.get(), start.get(), zone);
        Optional<Instant> endAt = instant(date.get(), end.get(), zone);
        if (startAt.isEmpty()) {
            errors.rejectValue("startTime", "introductions.trial.time.skipped");
        }
        if (endAt.isEmpty()) {
            errors.rejectValue("endTime", "introductions.trial.time.skipped");
        }
        if (startAt.isEmpty() || endAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Period(startAt.get(), endAt.get()));
    }

    private static Optional<LocalDate> date(TrialForm form, BindingResult errors) {
        if (form.getDay().isBlank()
                && form.getMonth().isBlank()
                && form.getYear().isBlank()) {
            errors.rejectValue("day", "introductions.trial.date.required");
            return Optional.empty();
        }
        String day = form.getDay().strip();
        String month = form.getMonth().strip();
        String year = form.getYear().strip();
        if (!NUMBER.matcher(day).matches() || !NUMBER.matcher(month).matches() || !year.matches("[0-9]{4}")) {
            errors.rejectValue("day", "introductions.trial.date.real");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            errors.rejectValue("day", "introductions.trial.date.real");
            return Optional.empty();
        }
    }

    private static Optional<LocalTime> time(String text, String field, BindingResult errors) {
        if (text.isBlank()) {
            errors.rejectValue(field, "introductions.trial." + field + ".required");
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            errors.rejectValue(field, "introductions.trial." + field + ".format");
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }

    private static Optional<Instant> instant(LocalDate date, LocalTime time, ZoneId zone) {
        LocalDateTime local = date.atTime(time);
        if (zone.getRules().getValidOffsets(local).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ZonedDateTime.ofLocal(local, zone, null).toInstant());
    }
}
