package org.carecoop.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.RateCard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Time away, on call and rates for the demo workers (CO1, CO8): Ben has a week of leave starting a
 * week from today, Grace is on call this weekend, and every demo worker has a rate card between
 * £13.50 and £16.00 an hour. Leave and on-call windows are added when the worker has none coming
 * up, rate cards when the worker has none, so later starts leave changes people made alone.
 */
@Component
class DemoAvailability {

    private static final Logger log = LoggerFactory.getLogger(DemoAvailability.class);

    /** Each demo worker's hourly rate in pence. */
    static final Map<String, Long> HOURLY_PENCE = Map.of(
            "amina", 1350L,
            "ben", 1400L,
            "chloe", 1450L,
            "dev", 1500L,
            "ella", 1550L,
            "finn", 1600L,
            "grace", 1500L,
            "hari", 1450L);

    private final PeopleApi people;
    private final Clock clock;
    private final boolean enabled;

    DemoAvailability(
            PeopleApi people,
            Clock clock,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** After {@link DemoData} has made the accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    public void load() {
        if (!enabled) {
            return;
        }
        HOURLY_PENCE.forEach((name, pence) -> demo(name).ifPresent(worker -> {
            if (people.rateCard(worker.id()).isEmpty()) {
                people.saveRateCard(worker.id(), new RateCard(pence, 15, 20, 50, 10));
            }
        }));
        ZoneId zone = clock.getZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant horizon = now.plus(Duration.ofDays(60));
        demo("ben").ifPresent(ben -> {
            if (people.absences(ben.id(), now, horizon).isEmpty()) {
                LocalDate first = today.plusDays(7);
                people.recordLeave(
                        ben.id(),
                        first.atStartOfDay(zone).toInstant(),
                        first.plusDays(7).atStartOfDay(zone).toInstant(),
                        "Family holiday");
                log.info("Demo data: Ben is on leave from {} for a week", first);
            }
        });
        demo("grace").ifPresent(grace -> {
            if (people.onCallWindows(grace.id(), now, horizon).isEmpty()) {
                LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY
                        ? today.minusDays(1)
                        : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                people.addOnCallWindow(
                        grace.id(),
                        saturday.atStartOfDay(zone).toInstant(),
                        saturday.plusDays(2).atStartOfDay(zone).toInstant());
                log.info("Demo data: Grace is on call the weekend of {}", saturday);
            }
        });
    }

    private Optional<AccountSummary> demo(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN);
    }
}
