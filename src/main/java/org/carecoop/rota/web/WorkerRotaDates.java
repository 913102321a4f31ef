package org.carecoop.rota.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The dates the rota pages and the board are asked for in their address ({@code ?date=2026-11-23}),
 * read in one place so that a date that is not a real one is a 400 page on every one of them rather
 * than an error, and a missing one means today in the co-op's time zone.
 */
final class WorkerRotaDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** Years outside these are typing mistakes, and far enough out would overflow the date arithmetic. */
    private static final int EARLIEST_YEAR = 2000;

    private static final int LATEST_YEAR = 2200;

    private WorkerRotaDates() {}

    /** The date asked for, or today; 400 when it is not a date like 2026-11-23. */
    static LocalDate dateOrToday(@Nullable String date, Clock clock) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        LocalDate parsed;
        try {
            parsed = LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a date");
        }
        if (parsed.getYear() < EARLIEST_YEAR || parsed.getYear() > LATEST_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a date the rota covers");
        }
        return parsed;
    }
}
