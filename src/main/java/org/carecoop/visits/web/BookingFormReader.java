package org.carecoop.visits.web;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.visits.Booking;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitsApi;
import org.springframework.validation.BindingResult;

/**
 * Reads a {@link BookingForm} into a {@link Booking}, rejecting every problem at the field that
 * caused it so the error summary links to it: unknown or repeated people and workers, dates that are
 * not real, times the clocks skip, an end before the start, and a repeat without days or without a
 * last date. The booking page, its review step and its confirmation all read the form the same way.
 */
final class BookingFormReader {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** The form's person fields, the person visited first. */
    static final List<String> PERSON_FIELDS = List.of("personId", "secondPersonId", "thirdPersonId");

    /** The form's worker fields, the worker who leads first. */
    static final List<String> WORKER_FIELDS = List.of("workerId", "secondWorkerId", "thirdWorkerId");

    private final ZoneId zone;

    BookingFormReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The booking the form describes, or empty with every problem rejected at its field. Bean
     * validation has already rejected the required fields left blank; the rest is checked here.
     *
     * @param persons the people who may be chosen
     * @param workers the workers who may be chosen
     */
    Optional<Booking> read(BookingForm form, BindingResult errors, Set<UUID> persons, Set<UUID> workers) {
        List<UUID> personIds = chosen(form, PERSON_FIELDS, persons, List.of(), errors);
        List<UUID> workerIds = chosen(form, WORKER_FIELDS, workers, personIds, errors);
        Optional<LocalDate> date = date(form.getDay(), form.getMonth(), form.getYear(), "day", "visits.date", errors);
        Optional<LocalTime> start = time(form.getStartTime(), "startTime", errors);
        Optional<LocalTime> end = time(form.getEndTime(), "endTime", errors);
        Optional<Instant> startAt = Optional.empty();
        Optional<Instant> endAt = Optional.empty();
        if (date.isPresent() && start.isPresent() && end.isPresent()) {
            startAt = instant(date.get(), start.get(), "startTime", errors);
            endAt = instant(date.get(), end.get(), "endTime", errors);
            if (!end.get().isAfter(start.get())) {
                errors.rejectValue("endTime", "visits.endTime.notAfterStart");
            }
        }
        Optional<Booking.Repeat> repeat = repeat(form, date, errors);
        if (errors.hasErrors() || startAt.isEmpty() || endAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Booking(personIds, workerIds, startAt.get(), endAt.get(), repeat.orElse(null)));
    }

    /**
     * Rejects a refusal from the visits module at the field it is about: a clash next to the worker
     * in the way, and the checks the form's own should have caught for people or workers changed
     * meanwhile.
     *
     * @throws VisitException when the refusal is about none of the form's fields
     */
    void reject(VisitException e, BookingForm form, BindingResult errors) {
        if (e instanceof VisitClash clash) {
            String field = WORKER_FIELDS.stream()
                    .filter(f -> parse(value(form, f))
                            .filter(clash.workerId()::equals)
                            .isPresent())
                    .findFirst()
                    .orElse("workerId");
            errors.rejectValue(
                    field,
                    "visits.worker.clash",
                    new Object[] {
                        clash.workerName(),
                        TIME.format(clash.clashStart().atZone(zone)),
                        TIME.format(clash.clashEnd().atZone(zone)),
                        DATE.format(clash.clashStart().atZone(zone))
                    },
                    null);
            return;
        }
        switch (e.reason()) {
            case NOT_A_SUPPORTED_PERSON, NO_PERSONS -> errors.rejectValue("personId", "visits.personId.unknown");
            case SAME_PERSON_TWICE -> errors.rejectValue("secondPersonId", "visits.secondPersonId.same");
            case NOT_A_WORKER, PERSON_AS_WORKER, NO_WORKERS ->
                errors.rejectValue("workerId", "visits.workerId.unknown");
            case EXCLUDED_WORKER -> errors.rejectValue("workerId", "visits.workerId.excluded");
            case SAME_WORKER_TWICE -> errors.rejectValue("secondWorkerId", "visits.secondWorkerId.same");
            case END_NOT_AFTER_START, TOO_LONG -> errors.rejectValue("endTime", "visits.endTime.notAfterStart");
            case REPEAT_NO_DAYS -> errors.rejectValue("repeatDays", "visits.repeatDays.required");
            case REPEAT_UNTIL_NOT_RIGHT -> errors.rejectValue("untilDay", "visits.until.range");
            case REPEAT_NO_OCCURRENCES -> errors.rejectValue("repeatDays", "visits.repeatDays.noneFall");
            default -> throw e;
        }
    }

    /** The people or workers chosen in these fields, each once; the first field is required. */
    private static List<UUID> chosen(
            BookingForm form, List<String> fields, Set<UUID> allowed, List<UUID> persons, BindingResult errors) {
        List<UUID> ids = new ArrayList<>();
        for (String field : fields) {
            String value = value(form, field);
            if (errors.hasFieldErrors(field) || value.isBlank()) {
                continue;
            }
            Optional<UUID> id = parse(value).filter(allowed::contains);
            if (id.isEmpty()) {
                errors.rejectValue(field, "visits." + field + ".unknown");
            } else if (persons.contains(id.get())) {
                errors.rejectValue(field, "visits.workerId.isPerson");
            } else if (ids.contains(id.get())) {
                errors.rejectValue(field, "visits." + field + ".same");
            } else {
                ids.add(id.get());
            }
        }
        return ids;
    }

    private static String value(BookingForm form, String field) {
        return switch (field) {
            case "personId" -> form.getPersonId();
            case "secondPersonId" -> form.getSecondPersonId();
            case "thirdPersonId" -> form.getThirdPersonId();
            case "workerId" -> form.getWorkerId();
            case "secondWorkerId" -> form.getSecondWorkerId();
            case "thirdWorkerId" -> form.getThirdWorkerId();
            default -> throw new IllegalArgumentException(field);
        };
    }

    /** An account id as typed, if it is one. */
    static Optional<UUID> parse(String value) {
        try {
            return Optional.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The weekly repeat, if the form asks for one: days of the week and a last date, both needed.
     * Its limits (a last date on or after the first visit, at most a year on) are checked here too,
     * so the form says so before the review.
     */
    private Optional<Booking.Repeat> repeat(BookingForm form, Optional<LocalDate> first, BindingResult errors) {
        boolean untilBlank = form.getUntilDay().isBlank()
                && form.getUntilMonth().isBlank()
                && form.getUntilYear().isBlank();
        List<String> dayNames = form.getRepeatDays().stream()
                .filter(d -> d != null && !d.isBlank())
                .toList();
        if (dayNames.isEmpty() && untilBlank) {
            return Optional.empty();
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : dayNames) {
            try {
                days.add(DayOfWeek.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                errors.rejectValue("repeatDays", "visits.repeatDays.unknown");
                return Optional.empty();
            }
        }
        if (days.isEmpty()) {
            errors.rejectValue("repeatDays", "visits.repeatDays.required");
        }
        Optional<LocalDate> until =
                date(form.getUntilDay(), form.getUntilMonth(), form.getUntilYear(), "untilDay", "visits.until", errors);
        if (until.isPresent()
                && first.isPresent()
                && (until.get().isBefore(first.get())
                        || until.get().isAfter(first.get().plus(VisitsApi.LONGEST_SERIES)))) {
            errors.rejectValue("untilDay", "visits.until.range");
        }
        if (days.isEmpty() || until.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Booking.Repeat(days, until.get()));
    }

    private static Optional<LocalDate> date(
            String day, String month, String year, String field, String keyPrefix, BindingResult errors) {
        List<String> missing = new ArrayList<>();
        if (day.isBlank()) {
            missing.add("day");
        }
        if (month.isBlank()) {
            missing.add("month");
        }
        if (year.isBlank()) {
            missing.add("year");
        }
        if (missing.size() == 3) {
            errors.rejectValue(field, keyPrefix + ".required");
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            errors.rejectValue(field, keyPrefix + ".missing." + missing.get(0));
            return Optional.empty();
        }
        Optional<LocalDate> date = VisitTimes.date(day, month, year);
        if (date.isEmpty()) {
            errors.rejectValue(field, keyPrefix + ".real");
        }
        return date;
    }

    private static Optional<LocalTime> time(String text, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return Optional.empty();
        }
        Optional<LocalTime> time = VisitTimes.timeOfDay(text);
        if (time.isEmpty()) {
            errors.rejectValue(field, "visits." + field + ".format");
        }
        return time;
    }

    private Optional<Instant> instant(LocalDate date, LocalTime time, String field, BindingResult errors) {
        Optional<Instant> instant = VisitTimes.instant(date, time, zone);
        if (instant.isEmpty()) {
            errors.rejectValue(field, "visits.time.skipped", new Object[] {TIME.format(time), DATE.format(date)}, null);
        }
        return instant;
    }
}
