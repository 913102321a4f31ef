package org.carecoop.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.Pricing;
import org.carecoop.people.Quote;
import org.carecoop.people.RateCard;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.BankHolidays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers' rate cards (CO8), in {@code people.rate_card}: workers set their own, co-ordinators can
 * change anyone's, and visits are priced with {@link Pricing} in the co-op's zone, a booking made less
 * than {@code carecoop.rates.last-minute} before the start counting as last-minute.
 */
@Service
public class RateCards {

    private final JdbcClient jdbc;
    private final WorkerRecords workers;
    private final Clock clock;
    private final Pricing pricing;

    RateCards(
            JdbcClient jdbc,
            WorkerRecords workers,
            Clock clock,
            @Value("${carecoop.rates.last-minute:24h}") Duration lastMinute) {
        this.jdbc = jdbc;
        this.workers = workers;
        this.clock = clock;
        this.pricing = new Pricing(lastMinute);
    }

    /** The worker's rate card, if one is set. */
    @Transactional(readOnly = true)
    public Optional<RateCard> of(UUID workerId) {
        return jdbc.sql("""
                        select base_pence, evening_percent, weekend_percent, bank_holiday_percent, last_minute_percent
                        from people.rate_card where worker_id = ?""")
                .param(workerId)
                .query((rs, n) -> new RateCard(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .optional();
    }

    /**
     * The worker's rate card for the worker or a co-ordinator.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller is neither
     * @throws IllegalArgumentException when the account is not a worker
     */
    @Transactional // writes to the access log
    public Optional<RateCard> read(Caller caller, UUID workerId) {
        workers.require(caller, workerId, "VIEW", "rate-card");
        return of(workerId);
    }

    /**
     * Sets the worker's rate card, as the worker or a co-ordinator.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the caller is neither
     * @throws IllegalArgumentException when the account is not a worker
     */
    @Transactional
    public void save(Caller caller, UUID workerId, RateCard card) {
        workers.require(caller, workerId, "UPDATE", "rate-card");
        store(workerId, card);
    }

    /** Sets a rate card on the system's authority (demo data, imports). */
    @Transactional
    public void saveBySystem(UUID workerId, RateCard card) {
        workers.worker(workerId);
        store(workerId, card);
    }

    /** The price of a visit with the worker's card, or empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Quote> quote(UUID workerId, Instant start, Instant end, Instant bookedAt) {
        return of(workerId)
                .map(card ->
                        pricing.quote(card, start, end, bookedAt, clock.getZone(), BankHolidays.englandAndWales()));
    }

    private void store(UUID workerId, RateCard card) {
        jdbc.sql("""
                        insert into people.rate_card (worker_id, base_pence, evening_percent, weekend_percent,
                            bank_holiday_percent, last_minute_percent, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (worker_id) do update set base_pence = excluded.base_pence,
                            evening_percent = excluded.evening_percent, weekend_percent = excluded.weekend_percent,
                            bank_holiday_percent = excluded.bank_holiday_percent,
                            last_minute_percent = excluded.last_minute_percent, updated_at = excluded.updated_at""")
                .params(
                        workerId,
                        card.basePence(),
                        card.eveningPercent(),
                        card.weekendPercent(),
                        card.bankHolidayPercent(),
                        card.lastMinutePercent(),
                        Timestamp.from(clock.instant()))
                .update();
    }
}
