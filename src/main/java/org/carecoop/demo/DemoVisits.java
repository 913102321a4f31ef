package org.carecoop.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Books the demo people's visits through the visits module, as the system: Eric's four regular
 * workers morning and evening, and Linda's two, for this week and the next three (UK time). Visits
 * that are over are marked completed. A person is booked for only once, when they have no visits
 * yet, so later starts leave the diary as people have changed it; on every start, visits that have
 * ended since are marked completed.
 *
 * <p>It runs when the application reports it accepts traffic, which Spring Boot announces right after
 * every {@code ApplicationReadyEvent} listener has run, {@link DemoData} among them: the demo
 * accounts exist by then.
 */
@Component
class DemoVisits {

    private static final Logger log = LoggerFactory.getLogger(DemoVisits.class);

    /** How many weeks are booked, starting with the current one. */
    static final int WEEKS = 4;

    /** A regular visit: on these days, from start to end, by these workers (demo account names). */
    record Pattern(Set<DayOfWeek> days, LocalTime start, LocalTime end, List<String> workers) {}

    private static final Set<DayOfWeek> MON_TO_THU =
            Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    private static final Set<DayOfWeek> FRI_TO_SUN = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    static final Map<String, List<Pattern>> PATTERNS = Map.of(
            "eric",
            List.of(
                    new Pattern(MON_TO_THU, LocalTime.of(8, 0), LocalTime.of(9, 0), List.of("amina")),
                    new Pattern(FRI_TO_SUN, LocalTime.of(8, 0), LocalTime.of(9, 0), List.of("ben")),
                    new Pattern(MON_TO_THU, LocalTime.of(18, 0), LocalTime.of(18, 45), List.of("chloe")),
                    new Pattern(FRI_TO_SUN, LocalTime.of(18, 0), LocalTime.of(18, 45), List.of("dev"))),
            "linda",
            List.of(
                    new Pattern(
                            Set.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                            LocalTime.of(10, 0),
                            LocalTime.of(11, 0),
                            List.of("ella")),
                    new Pattern(
                            Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY),
                            LocalTime.of(14, 0),
                            LocalTime.of(15, 30),
                            List.of("finn")),
                    // A double-up visit: a walk that needs two people.
                    new Pattern(
                            Set.of(DayOfWeek.SATURDAY),
                            LocalTime.of(11, 0),
                            LocalTime.of(12, 30),
                            List.of("ella", "finn"))));

    private final PeopleApi people;
    private final VisitsApi visits;
    private final Clock clock;
    private final boolean enabled;

    DemoVisits(
            PeopleApi people,
            VisitsApi visits,
            Clock clock,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.visits = visits;
        this.clock = clock;
        this.enabled = enabled;
    }

    @EventListener
    void on(AvailabilityChangeEvent<ReadinessState> event) {
        if (enabled && event.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
            load();
        }
    }

    void load() {
        ZoneId zone = clock.getZone();
        LocalDate monday =
                LocalDate.ofInstant(clock.instant(), zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        PATTERNS.forEach((person, patterns) -> account(person).ifPresent(id -> {
            if (!visits.hasVisits(id)) {
                int booked = book(id, patterns, monday, zone);
                log.info("Demo data: booked {} visits for {}", booked, person);
            }
            completeEnded(id, monday.minusWeeks(WEEKS).atStartOfDay(zone).toInstant());
        }));
    }

    private int book(UUID personId, List<Pattern> patterns, LocalDate monday, ZoneId zone) {
        int booked = 0;
        for (int day = 0; day < WEEKS * 7; day++) {
            LocalDate date = monday.plusDays(day);
            for (Pattern pattern : patterns) {
                if (!pattern.days().contains(date.getDayOfWeek())) {
                    continue;
                }
                List<UUID> workers = pattern.workers().stream()
                        .map(this::account)
                        .flatMap(Optional::stream)
                        .toList();
                try {
                    visits.book(
                            VisitsApi.SYSTEM,
                            personId,
                            workers,
                            date.atTime(pattern.start()).atZone(zone).toInstant(),
                            date.atTime(pattern.end()).atZone(zone).toInstant());
                    booked++;
                } catch (VisitClash clash) {
                    // Another instance starting on the same database booked it a moment ago.
                    log.info("Demo data: {} is booked already at {}", clash.workerName(), clash.clashStart());
                }
            }
        }
        return booked;
    }

    /** Marks the person's booked visits that have ended as completed, at their planned end. */
    private void completeEnded(UUID personId, Instant since) {
        Instant now = clock.instant();
        for (Visit visit : visits.schedule(personId, since, now)) {
            if (visit.status() == VisitStatus.BOOKED && !visit.end().isAfter(now)) {
                try {
                    visits.complete(VisitsApi.SYSTEM, visit.id(), visit.end());
                } catch (VisitException e) {
                    // Changed meanwhile, by someone else or another instance: leave it as it is now.
                    log.info("Demo data: visit {} was not completed: {}", visit.id(), e.reason());
                }
            }
        }
    }

    private Optional<UUID> account(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN).map(AccountSummary::id);
    }
}
