package org.carecoop.visits.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Pricing;
import org.carecoop.people.Quote;
import org.carecoop.people.RateCard;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.time.BankHolidays;
import org.carecoop.visits.BookingPlan;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The price of a booking before it is confirmed (CO8), for each worker: the quote for the first visit
 * with its lines, and the total over every visit of the booking. Each visit is priced on its own,
 * because a bank holiday or a weekend changes the price of that visit only. Each worker's rate card is
 * read once and every visit priced with {@link Pricing}, exactly as the people module prices one
 * visit, so a year of weekly visits costs one query per worker.
 */
@Component
class BookingPrices {

    private final PeopleApi people;
    private final Clock clock;
    private final Pricing pricing;

    BookingPrices(PeopleApi people, Clock clock, @Value("${carecoop.rates.last-minute:24h}") Duration lastMinute) {
        this.people = people;
        this.clock = clock;
        this.pricing = new Pricing(lastMinute);
    }

    /**
     * One worker's price for the booking, as the review page shows it.
     *
     * @param hasCard whether the worker has a rate card yet; without one, nothing else is given
     * @param lines the first visit's lines, each saying what it is for and its amount
     * @param firstPence the first visit's price, in pence
     * @param firstTotal the same, like £12.34
     * @param totalPence the sum of every visit's price, in pence
     * @param total the same, like £123.40
     */
    record WorkerPrice(
            UUID workerId,
            String name,
            boolean hasCard,
            List<String> lines,
            long firstPence,
            String firstTotal,
            long totalPence,
            String total) {

        static WorkerPrice noCard(UUID workerId, String name) {
            return new WorkerPrice(workerId, name, false, List.of(), 0, "", 0, "");
        }

        static WorkerPrice of(UUID workerId, String name, Quote first, long totalPence) {
            return new WorkerPrice(
                    workerId,
                    name,
                    true,
                    first.lines().stream().map(Quote.Line::text).toList(),
                    first.totalPence(),
                    Money.ofPence(first.totalPence()).toString(),
                    totalPence,
                    Money.ofPence(totalPence).toString());
        }
    }

    /**
     * The price of each worker's visits, in the order given.
     *
     * @param names the workers' names, in the same order
     */
    List<WorkerPrice> price(List<UUID> workerIds, List<String> names, BookingPlan plan) {
        Instant now = clock.instant();
        BankHolidays holidays = BankHolidays.englandAndWales();
        List<WorkerPrice> prices = new ArrayList<>();
        for (int i = 0; i < workerIds.size(); i++) {
            UUID workerId = workerIds.get(i);
            Optional<RateCard> card = people.rateCard(workerId);
            if (card.isEmpty() || plan.occurrences().isEmpty()) {
                prices.add(WorkerPrice.noCard(workerId, names.get(i)));
                continue;
            }
            List<BookingPlan.Occurrence> occurrences = plan.occurrences();
            Quote first = quote(card.get(), occurrences.get(0), now, holidays);
            long total = first.totalPence();
            for (BookingPlan.Occurrence occurrence : occurrences.subList(1, occurrences.size())) {
                total = Math.addExact(
                        total, quote(card.get(), occurrence, now, holidays).totalPence());
            }
            prices.add(WorkerPrice.of(workerId, names.get(i), first, total));
        }
        return prices;
    }

    private Quote quote(RateCard card, BookingPlan.Occurrence occurrence, Instant bookedAt, BankHolidays holidays) {
        return pricing.quote(card, occurrence.start(), occurrence.end(), bookedAt, clock.getZone(), holidays);
    }

    /** What all the workers together cost, when every one of them has a rate card. */
    static Optional<String> total(List<WorkerPrice> prices) {
        if (prices.isEmpty() || !prices.stream().allMatch(WorkerPrice::hasCard)) {
            return Optional.empty();
        }
        return Optional.of(
                Money.ofPence(prices.stream().mapToLong(WorkerPrice::totalPence).sum())
                        .toString());
    }
}
