package org.carecoop.people.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Reads a GOV.UK date input (day, month and year typed separately), rejecting it at its day field. */
final class DateFields {

    private DateFields() {}

    /**
     * The date typed, or null when nothing was typed (rejected with {@code requiredKey} unless that is
     * null) or when it is not a real date (rejected with {@code realKey}).
     */
    static @Nullable LocalDate read(
            String day,
            String month,
            String year,
            String dayField,
            @Nullable String requiredKey,
            String realKey,
            BindingResult errors) {
        if (day.isBlank() && month.isBlank() && year.isBlank()) {
            if (requiredKey != null) {
                errors.rejectValue(dayField, requiredKey);
            }
            return null;
        }
        try {
            int y = number(year);
            if (y < 1900 || y > 9999) {
                throw new DateTimeException("year out of range");
            }
            return LocalDate.of(y, number(month), number(day));
        } catch (DateTimeException | NumberFormatException e) {
            errors.rejectValue(dayField, realKey);
            return null;
        }
    }

    private static int number(String text) {
        String tidy = text.strip();
        if (tidy.isEmpty() || tidy.length() > 4 || !tidy.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException("not a number");
        }
        return Integer.parseInt(tidy);
    }
}
