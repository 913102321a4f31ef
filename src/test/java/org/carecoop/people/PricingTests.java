package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.carecoop.platform.time.BankHolidays;
import org.junit.jupiter.api.Test;

class PricingTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final BankHolidays HOLIDAYS = BankHolidays.englandAndWales();
    private static final Pricing PRICING = new Pricing(Duration.ofHours(24));
    private static final RateCard CARD = new RateCard(1400, 15, 25, 50, 10);

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(LONDON).toInstant();
    }

    private static Quote quote(RateCard card, String start, String end) {
        return PRICING.quote(card, at(start), at(end), at(start).minus(Duration.ofDays(7)), LONDON, HOLIDAYS);
    }

    @Test
    void aWeekdayDaytimeVisitIsTheHourlyRate() {
        Quote quote = quote(CARD, "2026-11-24T10:00", "2026-11-24T12:00");

        assertThat(quote.totalPence()).isEqualTo(2800);
        assertThat(quote.lines()).extracting(Quote.Line::text).containsExactly("2 h at £14.00 an hour: £28.00");
    }

    @Test
    void aWeekendHourAddsTheWeekendPremium() {
        // Saturday 11:00 to 12:00: weekend +25%.
        Quote quote = quote(CARD, "2026-11-28T11:00", "2026-11-28T12:00");

        assertThat(quote.totalPence()).isEqualTo(1750);
        assertThat(quote.lines())
                .extracting(Quote.Line::text)
                .containsExactly("1 h at £14.00 an hour: £14.00", "1 h weekend +25%: £3.50");
    }

    @Test
    void premiumsDoNotStackTheHighestApplies() {
        // Saturday evening: weekend +25% beats evening +15%.
        assertThat(quote(CARD, "2026-11-28T20:00", "2026-11-28T21:00").totalPence())
                .isEqualTo(1750);
        // Christmas Day 2026 is a Friday: bank holiday +50%, in the evening too.
        assertThat(quote(CARD, "2026-12-25T21:00", "2026-12-25T22:00").totalPence())
                .isEqualTo(2100);
    }

    @Test
    void anEveningVisitIsSplitAtEightOClock() {
        Quote quote = quote(CARD, "2026-11-24T19:00", "2026-11-24T21:00");

        assertThat(quote.totalPence()).isEqualTo(1400 + 1610);
        assertThat(quote.lines()).extracting(Quote.Line::text).contains("1 h evening +15%: £2.10");
    }

    @Test
    void aNightSpanningMidnightIntoABankHolidayIsPaidForEachPart() {
        // Thursday 31 December 2026 22:00 to Friday 1 January 2027 02:00: 2 h evening, 2 h bank holiday.
        Quote quote = quote(CARD, "2026-12-31T22:00", "2027-01-01T02:00");

        assertThat(quote.totalPence()).isEqualTo(2 * 1610 + 2 * 2100);
    }

    @Test
    void theClocksGoingBackMeansAnExtraHourIsPaid() {
        // 25 October 2026: 01:00 happens twice. 00:00 to 03:00 local is four real hours, all evening.
        Quote quote = quote(CARD, "2026-10-25T00:00", "2026-10-25T03:00");

        assertThat(quote.totalPence()).isEqualTo(4 * 1750);
    }

    @Test
    void theClocksGoingForwardMeansAnHourLessIsPaid() {
        // 29 March 2026: 01:00 to 02:00 does not happen. 00:00 to 03:00 local is two real hours, Sunday.
        assertThat(quote(CARD, "2026-03-29T00:00", "2026-03-29T03:00").totalPence())
                .isEqualTo(2 * 1750);
    }

    @Test
    void aLastMinuteBookingAddsItsPremiumOnTopOfTheWhole() {
        Instant start = at("2026-11-28T11:00");
        Quote quote =
                PRICING.quote(CARD, start, at("2026-11-28T12:00"), start.minus(Duration.ofHours(3)), LONDON, HOLIDAYS);

        assertThat(quote.totalPence()).isEqualTo(1925);
        assertThat(quote.lines()).extracting(Quote.Line::text).contains("last-minute +10%: £1.75");
    }

    @Test
    void exactlyTheLastMinutePeriodBeforeIsNotLastMinute() {
        Instant start = at("2026-11-24T10:00");
        Quote quote =
                PRICING.quote(CARD, start, at("2026-11-24T11:00"), start.minus(Duration.ofHours(24)), LONDON, HOLIDAYS);

        assertThat(quote.totalPence()).isEqualTo(1400);
    }

    @Test
    void theTotalIsRoundedOnceHalfUp() {
        // £13.33 an hour for 20 minutes is 444.33p; an evening 20 minutes at +15% is 510.98p.
        RateCard card = new RateCard(1333, 15, 0, 0, 0);

        assertThat(quote(card, "2026-11-24T10:00", "2026-11-24T10:20").totalPence())
                .isEqualTo(444);
        assertThat(quote(card, "2026-11-24T20:00", "2026-11-24T20:20").totalPence())
                .isEqualTo(511);
        // 1p an hour for 30 minutes is half a penny: up.
        assertThat(quote(new RateCard(1, 0, 0, 0, 0), "2026-11-24T10:00", "2026-11-24T10:30")
                        .totalPence())
                .isEqualTo(1);
    }

    @Property
    void thePriceNeverFallsWhenAPremiumRises(
            @ForAll @LongRange(min = 1, max = 50_000) long base,
            @ForAll @IntRange(min = 0, max = 200) int evening,
            @ForAll @IntRange(min = 0, max = 200) int weekend,
            @ForAll @IntRange(min = 0, max = 200) int bankHoliday,
            @ForAll @IntRange(min = 0, max = 200) int lastMinute,
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll @IntRange(min = 1, max = 50) int rise,
            @ForAll @IntRange(min = 0, max = 24 * 60 * 400) int startMinute,
            @ForAll @IntRange(min = 1, max = 24 * 60 * 3) int minutes,
            @ForAll @IntRange(min = 0, max = 48) int bookedHoursBefore) {
        RateCard card = new RateCard(base, evening, weekend, bankHoliday, lastMinute);
        int[] p = {evening, weekend, bankHoliday, lastMinute};
        if (which < 4) {
            p[which] = Math.min(200, p[which] + rise);
        }
        long higherBase = which == 4 ? Math.min(50_000, base + rise) : base;
        RateCard higher = new RateCard(higherBase, p[0], p[1], p[2], p[3]);
        Instant start = at("2026-01-01T00:00").plus(Duration.ofMinutes(startMinute));
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Instant booked = start.minus(Duration.ofHours(bookedHoursBefore));

        assertThat(PRICING.quote(higher, start, end, booked, LONDON, HOLIDAYS).totalPence())
                .isGreaterThanOrEqualTo(PRICING.quote(card, start, end, booked, LONDON, HOLIDAYS)
                        .totalPence());
    }

    @Property
    void splittingAVisitInTwoChangesTheSumByAtMostAPennyAPart(
            @ForAll @LongRange(min = 1, max = 50_000) long base,
            @ForAll @IntRange(min = 0, max = 200) int evening,
            @ForAll @IntRange(min = 0, max = 200) int weekend,
            @ForAll @IntRange(min = 0, max = 200) int bankHoliday,
            @ForAll @IntRange(min = 0, max = 24 * 60 * 400) int startMinute,
            @ForAll @IntRange(min = 2, max = 24 * 60 * 3) int minutes,
            @ForAll @IntRange(min = 1, max = 24 * 60 * 3) int splitAt) {
        int split = Math.min(splitAt, minutes - 1);
        RateCard card = new RateCard(base, evening, weekend, bankHoliday, 30);
        Instant start = at("2026-01-01T00:00").plus(Duration.ofMinutes(startMinute));
        Instant middle = start.plus(Duration.ofMinutes(split));
        Instant end = start.plus(Duration.ofMinutes(minutes));
        Instant booked = start.minus(Duration.ofDays(30));

        long whole = PRICING.quote(card, start, end, booked, LONDON, HOLIDAYS).totalPence();
        long parts = PRICING.quote(card, start, middle, booked, LONDON, HOLIDAYS)
                        .totalPence()
                + PRICING.quote(card, middle, end, booked, LONDON, HOLIDAYS).totalPence();

        assertThat(Math.abs(whole - parts)).isLessThanOrEqualTo(2);
    }

    @Property
    void aLongerVisitNeverCostsLess(
            @ForAll @LongRange(min = 1, max = 50_000) long base,
            @ForAll @IntRange(min = 0, max = 200) int evening,
            @ForAll @IntRange(min = 0, max = 200) int weekend,
            @ForAll @IntRange(min = 0, max = 200) int bankHoliday,
            @ForAll @IntRange(min = 0, max = 200) int lastMinute,
            @ForAll @IntRange(min = 0, max = 24 * 60 * 400) int startMinute,
            @ForAll @IntRange(min = 1, max = 24 * 60 * 3) int minutes,
            @ForAll @IntRange(min = 1, max = 600) int longer) {
        RateCard card = new RateCard(base, evening, weekend, bankHoliday, lastMinute);
        Instant start = at("2026-01-01T00:00").plus(Duration.ofMinutes(startMinute));
        Instant booked = start.minus(Duration.ofHours(5));

        long shorter = PRICING.quote(card, start, start.plus(Duration.ofMinutes(minutes)), booked, LONDON, HOLIDAYS)
                .totalPence();
        long longerPrice = PRICING.quote(
                        card, start, start.plus(Duration.ofMinutes(minutes + longer)), booked, LONDON, HOLIDAYS)
                .totalPence();

        assertThat(longerPrice).isGreaterThanOrEqualTo(shorter);
    }
}
