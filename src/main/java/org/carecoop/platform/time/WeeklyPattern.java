package org.carecoop.platform.time;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;

/**
 * A set of whole hours of the week, as when a worker is available or when a person wants support:
 * hour 0 is Monday 00:00–01:00 and hour 167 is Sunday 23:00–24:00, in the co-op's local time.
 * Immutable. Stored in PostgreSQL as {@code bit(168)} through {@link #bits()} and {@link
 * #fromBits(String)}, so that the overlap of two patterns can be counted in SQL with {@code
 * bit_count(a & b)}.
 */
public final class WeeklyPattern {

    public static final int HOURS = 168;
    private static final WeeklyPattern EMPTY = new WeeklyPattern(new BitSet(HOURS));

    private final BitSet hours;

    private WeeklyPattern(BitSet hours) {
        this.hours = hours;
    }

    public static WeeklyPattern empty() {
        return EMPTY;
    }

    /** The hours inside any of the windows. */
    public static WeeklyPattern of(Collection<Window> windows) {
        BitSet hours = new BitSet(HOURS);
        for (Window window : windows) {
            hours.set(window.firstHour(), window.firstHour() + window.length());
        }
        return new WeeklyPattern(hours);
    }

    /** The given hours of the week, each 0 to 167. */
    public static WeeklyPattern ofHours(int... hoursOfWeek) {
        BitSet hours = new BitSet(HOURS);
        for (int hour : hoursOfWeek) {
            if (hour < 0 || hour >= HOURS) {
                throw new IllegalArgumentException("An hour of the week is 0 to 167, not " + hour);
            }
            hours.set(hour);
        }
        return new WeeklyPattern(hours);
    }

    /**
     * The hours of the week that a one-off period touches, in the zone given (a visit from 10:30 to
     * 12:00 on a Saturday touches Saturday 10:00–12:00). A period of a week or more touches them all.
     */
    public static WeeklyPattern touchedBy(Instant start, Instant end, ZoneId zone) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The period must end after it starts");
        }
        BitSet hours = new BitSet(HOURS);
        ZonedDateTime hour = start.atZone(zone).truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < HOURS && hour.toInstant().isBefore(end); i++, hour = hour.plusHours(1)) {
            hours.set(hourOfWeek(hour.getDayOfWeek(), hour.getHour()));
        }
        return new WeeklyPattern(hours);
    }

    /** Reads the 168 characters of {@link #bits()}. */
    public static WeeklyPattern fromBits(String bits) {
        if (bits.length() != HOURS) {
            throw new IllegalArgumentException("A weekly pattern has " + HOURS + " bits, not " + bits.length());
        }
        BitSet hours = new BitSet(HOURS);
        for (int i = 0; i < HOURS; i++) {
            switch (bits.charAt(i)) {
                case '1' -> hours.set(i);
                case '0' -> {}
                default -> throw new IllegalArgumentException("A weekly pattern has only 0s and 1s");
            }
        }
        return new WeeklyPattern(hours);
    }

    /** 168 characters, {@code '1'} for each hour in the pattern, Monday 00:00 first. */
    public String bits() {
        StringBuilder bits = new StringBuilder(HOURS);
        for (int i = 0; i < HOURS; i++) {
            bits.append(hours.get(i) ? '1' : '0');
        }
        return bits.toString();
    }

    public static int hourOfWeek(DayOfWeek day, int hourOfDay) {
        return (day.getValue() - 1) * 24 + hourOfDay;
    }

    public boolean contains(int hourOfWeek) {
        return hours.get(hourOfWeek);
    }

    public boolean isEmpty() {
        return hours.isEmpty();
    }

    /** How many hours a week the pattern holds. */
    public int hours() {
        return hours.cardinality();
    }

    /** How many hours a week both patterns hold. */
    public int overlapHours(WeeklyPattern other) {
        BitSet both = (BitSet) hours.clone();
        both.and(other.hours);
        return both.cardinality();
    }

    public WeeklyPattern union(WeeklyPattern other) {
        BitSet either = (BitSet) hours.clone();
        either.or(other.hours);
        return new WeeklyPattern(either);
    }

    public WeeklyPattern intersection(WeeklyPattern other) {
        BitSet both = (BitSet) hours.clone();
        both.and(other.hours);
        return new WeeklyPattern(both);
    }

    /** The pattern as the fewest windows, each within one day, Monday first. */
    public List<Window> windows() {
        List<Window> windows = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            int first = hourOfWeek(day, 0);
            int hour = hours.nextSetBit(first);
            while (hour >= 0 && hour < first + 24) {
                int end = Math.min(hours.nextClearBit(hour), first + 24);
                windows.add(new Window(
                        day,
                        LocalTime.of(hour - first, 0),
                        end - first == 24 ? LocalTime.MIDNIGHT : LocalTime.of(end - first, 0)));
                hour = hours.nextSetBit(end);
            }
        }
        return windows;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyPattern that && hours.equals(that.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return windows().toString();
    }

    /**
     * Whole hours within one day: from {@code start} until {@code end}, where an end of 00:00 means
     * midnight at the end of the day.
     */
    public record Window(DayOfWeek day, LocalTime start, LocalTime end) {

        public Window {
            if (!onTheHour(start) || !onTheHour(end)) {
                throw new IllegalArgumentException("Times must be on the hour, like 09:00");
            }
            if (!end.equals(LocalTime.MIDNIGHT) && !end.isAfter(start)) {
                throw new IllegalArgumentException("The end must be after the start");
            }
        }

        int firstHour() {
            return hourOfWeek(day, start.getHour());
        }

        /** How many hours the window holds. */
        public int length() {
            return (end.equals(LocalTime.MIDNIGHT) ? 24 : end.getHour()) - start.getHour();
        }

        private static boolean onTheHour(LocalTime time) {
            return time.getMinute() == 0 && time.getSecond() == 0 && time.getNano() == 0;
        }

        @Override
        public String toString() {
            return day + " " + start + "–" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
        }
    }
}
