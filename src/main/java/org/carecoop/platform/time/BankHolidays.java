package org.carecoop.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays, worked out from the rules rather than downloaded, so that pricing
 * and pay never depend on a website being up or a list being refreshed: New Year's Day, Good Friday,
 * Easter Monday, the early May, spring and summer bank holidays, Christmas Day and Boxing Day, with
 * substitute weekdays when a fixed day falls at a weekend, and the days moved or added by
 * proclamation (jubilees, a royal wedding, a state funeral, a coronation).
 */
public final class BankHolidays {

    private static final BankHolidays ENGLAND_AND_WALES = new BankHolidays();

    /** Early May bank holidays moved by proclamation to mark VE Day anniversaries. */
    private static final Map<Integer, LocalDate> EARLY_MAY_MOVED =
            Map.of(1995, LocalDate.of(1995, 5, 8), 2020, LocalDate.of(2020, 5, 8));

    /** Spring bank holidays moved by proclamation for jubilees. */
    private static final Map<Integer, LocalDate> SPRING_MOVED = Map.of(
            2002, LocalDate.of(2002, 6, 4),
            2012, LocalDate.of(2012, 6, 4),
            2022, LocalDate.of(2022, 6, 2));

    /** Extra days proclaimed once. */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(1999, 12, 31), // the millennium
            LocalDate.of(2002, 6, 3), // Golden Jubilee
            LocalDate.of(2011, 4, 29), // royal wedding
            LocalDate.of(2012, 6, 5), // Diamond Jubilee
            LocalDate.of(2022, 6, 3), // Platinum Jubilee
            LocalDate.of(2022, 9, 19), // state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8)); // coronation of King Charles III

    private BankHolidays() {}

    /** The bank holidays of England and Wales. */
    public static BankHolidays englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    /** Whether the day is a bank holiday. */
    public boolean isBankHoliday(LocalDate date) {
        return inYear(date.getYear()).contains(date);
    }

    /** The bank holidays from {@code from} to {@code to}, both included, in date order. */
    public List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate day : inYear(year)) {
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    days.add(day);
                }
            }
        }
        return days;
    }

    private static TreeSet<LocalDate> inYear(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(EARLY_MAY_MOVED.getOrDefault(
                year, LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))));
        days.add(SPRING_MOVED.getOrDefault(
                year, LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        // Boxing Day, or the next weekday not already taken by Christmas Day's substitute.
        LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, Month.DECEMBER, 26));
        days.add(boxing.equals(christmas) ? weekdayOnOrAfter(boxing.plusDays(1)) : boxing);
        for (LocalDate day : ONE_OFF) {
            if (day.getYear() == year) {
                days.add(day);
            }
        }
        return days;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
