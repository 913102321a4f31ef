package org.carecoop.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingItem;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo workers' vetting and usual availability, recorded through {@link PeopleApi} as checked by
 * the demo co-ordinator: Amina, Ben, Chloe and Dev are tier 2; Ella, Finn and Grace tier 1, Grace's
 * DBS check due for renewal in 20 days (so the warning shows); Hari has one reference of two, so no
 * tier yet. Grace, Hari, Finn, Ella and Chloe can work Saturday and Sunday daytimes as well as
 * weekdays; the others weekdays. Each worker is done once: on a later start, a worker who has
 * evidence or availability already is left alone.
 */
@Component
class DemoVetting {

    private static final Logger log = LoggerFactory.getLogger(DemoVetting.class);
    private static final List<String> TIER_TWO = List.of("amina", "ben", "chloe", "dev");
    private static final List<String> WEEKENDS = List.of("grace", "hari", "finn", "ella", "chloe");

    /** Weekday windows of each demo worker: start and end hour. */
    private static final Map<String, int[]> WEEKDAYS = Map.of(
            "amina", new int[] {7, 15},
            "ben", new int[] {8, 14},
            "chloe", new int[] {12, 20},
            "dev", new int[] {9, 17},
            "ella", new int[] {7, 13},
            "finn", new int[] {14, 22},
            "grace", new int[] {9, 15},
            "hari", new int[] {16, 22});

    private final PeopleApi people;
    private final Clock clock;
    private final boolean enabled;

    DemoVetting(
            PeopleApi people,
            Clock clock,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean enabled) {
        this.people = people;
        this.clock = clock;
        this.enabled = enabled;
    }

    /** After {@link DemoData} has made the accounts. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(5)
    public void load() {
        Optional<AccountSummary> coordinator = demo("coordinator");
        if (!enabled || coordinator.isEmpty()) {
            return;
        }
        UUID by = coordinator.get().id();
        LocalDate today = LocalDate.now(clock);
        for (String name : WEEKDAYS.keySet()) {
            demo(name).ifPresent(worker -> {
                if (!people.hasVettingEvidence(worker.id())) {
                    vet(name, worker.id(), by, today);
                }
                if (people.workerAvailability(worker.id()).isEmpty()) {
                    people.saveWorkerAvailability(worker.id(), availability(name));
                }
            });
        }
        log.info("Demo data: workers' vetting and availability recorded");
    }

    private void vet(String name, UUID worker, UUID by, LocalDate today) {
        LocalDate checked = today.minusMonths(6);
        LocalDate renewal = name.equals("grace") ? today.plusDays(20) : today.plusYears(2);
        List<VettingEvidence> evidence = new ArrayList<>();
        evidence.add(VettingEvidence.of(VettingItem.IDENTITY, checked, null, "Passport and a utility bill"));
        evidence.add(VettingEvidence.dbs(
                checked,
                String.format("%012d", 100_120_000_000L + name.chars().sum()),
                checked.minusDays(14),
                true,
                renewal));
        evidence.add(VettingEvidence.qualifications(checked, "Level 3 Diploma in Adult Care", null));
        evidence.add(VettingEvidence.reference(checked, "Margaret Holt", "Former employer"));
        if (!name.equals("hari")) {
            evidence.add(VettingEvidence.reference(checked, "Rev. Tom Ashworth", "Known them for ten years"));
        }
        if (TIER_TWO.contains(name)) {
            evidence.add(VettingEvidence.of(VettingItem.APPLICATION_FORM, checked, null, ""));
            evidence.add(
                    VettingEvidence.of(VettingItem.COMPETENCY_INTERVIEW, checked, null, "Interviewed by two members"));
            evidence.add(
                    VettingEvidence.of(VettingItem.SKILLS_TEST, checked, today.plusYears(3), "Moving and handling"));
        }
        for (VettingEvidence e : evidence) {
            people.recordVettingEvidence(worker, by, e);
        }
    }

    private static WeeklyPattern availability(String name) {
        int[] hours = WEEKDAYS.get(name);
        List<Window> windows = new ArrayList<>();
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            windows.add(new Window(day, LocalTime.of(hours[0], 0), LocalTime.of(hours[1], 0)));
        }
        if (WEEKENDS.contains(name)) {
            windows.add(new Window(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
            windows.add(new Window(DayOfWeek.SUNDAY, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        }
        return WeeklyPattern.of(windows);
    }

    private Optional<AccountSummary> demo(String name) {
        return people.accountByEmail(name + DemoData.DOMAIN);
    }
}
