package org.carecoop.rota.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.Cover;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The worker's rota (CO3): their day, visit by visit in order, with where to go (when the person's
 * access settings let them see it), the tasks, who else is in the person's team, how far they travelled
 * and a way into each visit's own page; and their week, Monday to Sunday, with the hours booked. For
 * care workers, volunteers and peer supporters at their own keyboard; anyone else gets the 403 page. A
 * worker only ever sees the visits they are booked for, since both pages read their own schedule.
 */
@Controller
class WorkerRotaController {

    private static final Set<String> WORKER_ROLES =
            Set.of(Role.WORKER.name(), Role.VOLUNTEER.name(), Role.PEER_SUPPORTER.name());

    private final WorkerRotaDay days;
    private final VisitsApi visits;
    private final Cover cover;
    private final Clock clock;
    private final ZoneId zone;

    WorkerRotaController(WorkerRotaDay days, VisitsApi visits, Cover cover, Clock clock) {
        this.days = days;
        this.visits = visits;
        this.cover = cover;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A visit in the week's overview. */
    record WeekEntry(String start, String end, String person, String statusKey, String statusClass) {}

    /** A day of the week, its link and its visits. */
    record WeekDay(String label, String date, List<WeekEntry> entries) {}

    @GetMapping("/rota/day")
    String day(@RequestParam(name = "date", required = false) @Nullable String date, Model model) {
        Caller caller = worker();
        LocalDate day = WorkerRotaDates.dateOrToday(date, clock);
        model.addAttribute("dayLabel", WorkerRotaDates.DAY.format(day));
        model.addAttribute("today", day.equals(LocalDate.now(clock)));
        model.addAttribute("visits", days.visits(caller, day));
        model.addAttribute("travel", days.travel(caller, day));
        model.addAttribute("previousDay", day.minusDays(1).toString());
        model.addAttribute("nextDay", day.plusDays(1).toString());
        model.addAttribute("weekOfDay", day.toString());
        model.addAttribute(
                "openOffers",
                cover.offersFor(caller.accountId()).stream()
                        .filter(offer -> offer.answer() == null)
                        .count());
        return "rota/worker-day";
    }

    @GetMapping("/rota")
    String week(@RequestParam(name = "week", required = false) @Nullable String week, Model model) {
        Caller caller = worker();
        LocalDate monday =
                WorkerRotaDates.dateOrToday(week, clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = monday.atStartOfDay(zone).toInstant();
        Instant to = monday.plusWeeks(1).atStartOfDay(zone).toInstant();
        List<Visit> shown = visits.workerSchedule(caller.accountId(), from, to).stream()
                .filter(v -> v.status() != VisitStatus.DECLINED)
                .toList();
        List<WeekDay> weekDays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            weekDays.add(new WeekDay(
                    WorkerRotaDates.SHORT_DAY.format(date),
                    date.toString(),
                    shown.stream()
                            .filter(v -> startDay(v, monday).equals(date))
                            .map(this::weekEntry)
                            .toList()));
        }
        long minutes = shown.stream()
                .filter(v -> v.status() == VisitStatus.BOOKED || v.status() == VisitStatus.COMPLETED)
                .mapToLong(v -> Duration.between(later(v.start(), from), earlier(v.end(), to))
                        .toMinutes())
                .sum();
        model.addAttribute("weekOf", WorkerRotaDates.DAY.format(monday));
        model.addAttribute("days", weekDays);
        model.addAttribute("hours", minutes / 60);
        model.addAttribute("minutes", minutes % 60);
        model.addAttribute("previousWeek", monday.minusWeeks(1).toString());
        model.addAttribute("nextWeek", monday.plusWeeks(1).toString());
        return "rota/worker-week";
    }

    private WeekEntry weekEntry(Visit visit) {
        WorkerRotaDay.Status status = WorkerRotaDay.Status.of(visit.status());
        return new WeekEntry(
                WorkerRotaDates.TIME.format(visit.start().atZone(zone)),
                WorkerRotaDates.TIME.format(visit.end().atZone(zone)),
                days.nameOf(visit.personId()),
                status.key(),
                status.tagClass());
    }

    /** The day the visit starts, or the Monday for one that started the Sunday before. */
    private LocalDate startDay(Visit visit, LocalDate monday) {
        LocalDate day = visit.start().atZone(zone).toLocalDate();
        return day.isBefore(monday) ? monday : day;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The caller, when they give support and sit at their own keyboard. */
    private static Caller worker() {
        Caller caller = Caller.current().orElseThrow();
        if (caller.assisted() || caller.roles().stream().noneMatch(WORKER_ROLES::contains)) {
            throw new AccessDeniedException("the rota is for people who give support");
        }
        return caller;
    }
}
