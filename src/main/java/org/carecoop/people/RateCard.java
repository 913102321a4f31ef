package org.carecoop.people;

/**
 * What a worker charges (CO8): an hourly rate and premiums on it. In a co-op workers set their own;
 * co-ordinators can change anyone's. At most one time premium (evening, weekend, bank holiday) applies
 * to a minute, the highest; the last-minute premium is added on top of the whole visit.
 *
 * @param basePence the hourly rate in pence
 * @param eveningPercent added after 20:00 and before 07:00, UK time
 * @param weekendPercent added on Saturdays and Sundays, UK time
 * @param bankHolidayPercent added on England and Wales bank holidays
 * @param lastMinutePercent added to the whole visit when booked shortly before it starts
 */
public record RateCard(
        long basePence, int eveningPercent, int weekendPercent, int bankHolidayPercent, int lastMinutePercent) {

    /** The highest hourly rate a card may have, in pence (£500). */
    public static final long MAX_BASE_PENCE = 50_000;

    /** The highest premium a card may have, in percent. */
    public static final int MAX_PERCENT = 200;

    /** @throws IllegalArgumentException when the rate is not positive or a premium is out of range */
    public RateCard {
        if (basePence <= 0 || basePence > MAX_BASE_PENCE) {
            throw new IllegalArgumentException("The hourly rate must be between 1p and £500");
        }
        for (int percent : new int[] {eveningPercent, weekendPercent, bankHolidayPercent, lastMinutePercent}) {
            if (percent < 0 || percent > MAX_PERCENT) {
                throw new IllegalArgumentException("A premium must be between 0% and 200%");
            }
        }
    }
}
