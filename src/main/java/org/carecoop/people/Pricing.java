package org.carecoop.people;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.time.BankHolidays;

/**
 * Prices a visit with a worker's {@link RateCard} (CO8), a pure function of its arguments so that the
 * price shown before booking, the booking and pay all agree. Each second of the visit is paid the
 * hourly rate plus the single highest time premium that applies to it (evening after 20:00 and before
 * 07:00, weekend, bank holiday: they do not stack); the last-minute premium is added on top of the
 * whole when the visit is booked less than {@code lastMinute} before it starts. Time is real elapsed
 * time, so a night across a clock change is paid for the hours actually worked. The total is rounded
 * half-up to the penny once, at the end.
 */
public final class Pricing {

    /** How long before the start a booking counts as last-minute unless configured otherwise. */
    public static final Duration DEFAULT_LAST_MINUTE = Duration.ofHours(24);

    /** The longest visit priced: a year, which keeps every sum well inside a {@code long}. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private static final LocalTime EVENING_STARTS = LocalTime.of(20, 0);
    private static final LocalTime EVENING_ENDS = LocalTime.of(7, 0);
    private static final long SECONDS_PER_HOUR = 3600;

    /** The time premiums, highest precedence last: a tie is shown as the later one. */
    private enum Premium {
        NONE(""),
        EVENING("evening"),
        WEEKEND("weekend"),
        BANK_HOLIDAY("bank holiday");

        final String label;

        Premium(String label) {
            this.label = label;
        }

        int percent(RateCard card) {
            return switch (this) {
                case NONE -> 0;
                case EVENING -> card.eveningPercent();
                case WEEKEND -> card.weekendPercent();
                case BANK_HOLIDAY -> card.bankHolidayPercent();
            };
        }
    }

    private final Duration lastMinute;

    /** @param lastMinute a booking made less than this before the start is last-minute */
    public Pricing(Duration lastMinute) {
        if (lastMinute.isNegative()) {
            throw new IllegalArgumentException("The last-minute period cannot be negative");
        }
        this.lastMinute = lastMinute;
    }

    /**
     * The price of a visit from {@code start} to {@code end}, booked at {@code bookedAt}, with the
     * card's times read in {@code zone}.
     *
     * @throws IllegalArgumentException when the visit does not end after it starts, or is longer than
     *     {@link #LONGEST}
     */
    public Quote quote(
            RateCard card, Instant start, Instant end, Instant bookedAt, ZoneId zone, BankHolidays holidays) {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A visit must end after it starts");
        }
        if (Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A visit cannot be longer than a year");
        }
        Map<Premium, Long> seconds = secondsByPremium(card, start, end, zone, holidays);
        long allSeconds = seconds.values().stream().mapToLong(Long::longValue).sum();
        // Sums are kept exact as pence × seconds × percent, divided once at the end.
        long premiumSecondsPercent = 0;
        for (Map.Entry<Premium, Long> part : seconds.entrySet()) {
            premiumSecondsPercent += part.getValue() * part.getKey().percent(card);
        }
        long beforeLastMinute = Math.multiplyExact(card.basePence(), allSeconds * 100 + premiumSecondsPercent);
        boolean late = Duration.between(bookedAt, start).compareTo(lastMinute) < 0 && card.lastMinutePercent() > 0;
        int lastMinutePercent = late ? card.lastMinutePercent() : 0;
        long total = roundHalfUp(
                Math.multiplyExact(beforeLastMinute, 100 + lastMinutePercent), SECONDS_PER_HOUR * 100 * 100);

        List<Quote.Line> lines = new ArrayList<>();
        lines.add(line(
                length(allSeconds) + " at " + Money.ofPence(card.basePence()) + " an hour",
                roundHalfUp(card.basePence() * allSeconds, SECONDS_PER_HOUR)));
        for (Map.Entry<Premium, Long> part : seconds.entrySet()) {
            int percent = part.getKey().percent(card);
            if (part.getKey() != Premium.NONE && percent > 0) {
                lines.add(line(
                        length(part.getValue()) + " " + part.getKey().label + " +" + percent + "%",
                        roundHalfUp(card.basePence() * part.getValue() * percent, SECONDS_PER_HOUR * 100)));
            }
        }
        if (late) {
            lines.add(line(
                    "last-minute +" + lastMinutePercent + "%",
                    roundHalfUp(beforeLastMinute * lastMinutePercent, SECONDS_PER_HOUR * 100 * 100)));
        }
        return new Quote(total, lines);
    }

    /** How many seconds of the visit fall under each premium, cutting it where local time crosses 00:00, 07:00 or 20:00. */
    private static Map<Premium, Long> secondsByPremium(
            RateCard card, Instant start, Instant end, ZoneId zone, BankHolidays holidays) {
        Map<Premium, Long> seconds = new EnumMap<>(Premium.class);
        Instant cursor = start;
        while (cursor.isBefore(end)) {
            LocalDateTime local = LocalDateTime.ofInstant(cursor, zone);
            Instant boundary = nextBoundary(local).atZone(zone).toInstant();
            if (!boundary.isAfter(cursor)) {
                // A zone whose clocks jump at one of the boundaries: step past it.
                boundary = cursor.plusSeconds(1);
            }
            Instant until = boundary.isBefore(end) ? boundary : end;
            seconds.merge(
                    premium(card, local, holidays),
                    Duration.between(cursor, until).getSeconds(),
                    Long::sum);
            cursor = until;
        }
        return seconds;
    }

    private static LocalDateTime nextBoundary(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        if (time.isBefore(EVENING_ENDS)) {
            return local.toLocalDate().atTime(EVENING_ENDS);
        }
        if (time.isBefore(EVENING_STARTS)) {
            return local.toLocalDate().atTime(EVENING_STARTS);
        }
        return local.toLocalDate().plusDays(1).atStartOfDay();
    }

    private static Premium premium(RateCard card, LocalDateTime local, BankHolidays holidays) {
        Premium best = Premium.NONE;
        List<Premium> applying = new ArrayList<>();
        LocalTime time = local.toLocalTime();
        if (time.isBefore(EVENING_ENDS) || !time.isBefore(EVENING_STARTS)) {
            applying.add(Premium.EVENING);
        }
        DayOfWeek day = local.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            applying.add(Premium.WEEKEND);
        }
        if (holidays.isBankHoliday(local.toLocalDate())) {
            applying.add(Premium.BANK_HOLIDAY);
        }
        for (Premium premium : applying) {
            if (premium.percent(card) > 0 && premium.percent(card) >= best.percent(card)) {
                best = premium;
            }
        }
        return best;
    }

    private static long roundHalfUp(long numerator, long denominator) {
        return (numerator + denominator / 2) / denominator;
    }

    private static Quote.Line line(String text, long pence) {
        return new Quote.Line(text + ": " + Money.ofPence(pence), pence);
    }

    /** "2 h", "1 h 30 min", "45 min", to the nearest minute. */
    static String length(long seconds) {
        long minutes = (seconds + 30) / 60;
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + " min";
        }
        return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
    }
}
