package org.carecoop.rota.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.AvailabilityAt;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.internal.Cover;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitDayApi.Alert;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The co-ordinators' board (CO3): what needs them on a day, in the order it needs them. Visits that
 * need cover (escalated first, with who is away and how many were asked and said no), visits running
 * late and missed that day, requests still waiting for a worker in the week ahead, and visits today and
 * tomorrow whose worker is on leave or off sick with no cover request under way. Counts at the top,
 * and a link to each person's schedule and to each visit. For co-ordinators at their own keyboard;
 * anyone else gets the 403 page.
 */
@Controller
class BoardController {

    /** How far ahead the board looks for requests still waiting for a worker. */
    static final int REQUEST_DAYS = 7;

    /** How far ahead the board looks for visits whose worker is away. */
    static final int AT_RISK_DAYS = 2;

    private final Cover cover;
    private final VisitsApi visits;
    private final VisitDayApi visitDay;
    private final PeopleApi people;
    private final Clock clock;
    private final ZoneId zone;

    BoardController(Cover cover, VisitsApi visits, VisitDayApi visitDay, PeopleApi people, Clock clock) {
        this.cover = cover;
        this.visits = visits;
        this.visitDay = visitDay;
        this.people = people;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A visit on the board: whose, when, and what the section says about it. */
    record Row(UUID visitId, UUID personId, String person, String when, String detailKey, List<Object> detailArgs) {}

    /** A visit needing cover, and whether it has gone to the co-ordinators. */
    record CoverRow(Row row, boolean escalated) {}

    @GetMapping("/board")
    String board(@RequestParam(name = "date", required = false) @Nullable String date, Model model) {
        Caller caller = coordinator();
        LocalDate day = WorkerRotaDates.dateOrToday(date, clock);
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Map<UUID, String> names = new HashMap<>();

        List<Cover.Request> openCover = cover.board().stream()
                .filter(r -> r.status().equals("open") || r.status().equals("escalated"))
                .filter(r -> r.end().isAfter(dayStart))
                .toList();
        List<CoverRow> needsCover = openCover.stream()
                .map(r -> new CoverRow(
                        new Row(
                                r.visitId(),
                                r.personId(),
                                r.personName(),
                                when(r.start(), r.end()),
                                "rotaViews.board.cover.detail",
                                List.of(r.absentWorkerName(), r.offered(), r.declined())),
                        r.status().equals("escalated")))
                .toList();

        List<Alert> alerts = visitDay.alerts(caller).stream()
                .filter(a -> a.plannedStart().atZone(zone).toLocalDate().equals(day))
                .toList();
        List<Row> late = alertRows(alerts, Alert.Kind.RUNNING_LATE, names);
        List<Row> missed = alertRows(alerts, Alert.Kind.MISSED, names);

        List<Row> requests =
                visits
                        .requested(
                                dayStart,
                                day.plusDays(REQUEST_DAYS).atStartOfDay(zone).toInstant())
                        .stream()
                        .map(v -> new Row(
                                v.id(),
                                v.personId(),
                                name(v.personId(), names),
                                when(v.start(), v.end()),
                                "rotaViews.board.request.detail",
                                List.of(workerNames(v))))
                        .toList();

        List<Row> atRisk =
                atRisk(dayStart, day.plusDays(AT_RISK_DAYS).atStartOfDay(zone).toInstant(), openCover, names);

        model.addAttribute("dayLabel", WorkerRotaDates.DAY.format(day));
        model.addAttribute("today", day.equals(LocalDate.now(clock)));
        model.addAttribute("needsCover", needsCover);
        model.addAttribute("late", late);
        model.addAttribute("missed", missed);
        model.addAttribute("requests", requests);
        model.addAttribute("atRisk", atRisk);
        model.addAttribute("previousDay", day.minusDays(1).toString());
        model.addAttribute("nextDay", day.plusDays(1).toString());
        return "rota/board";
    }

    private List<Row> alertRows(List<Alert> alerts, Alert.Kind kind, Map<UUID, String> names) {
        return alerts.stream()
                .filter(a -> a.kind() == kind)
                .map(a -> new Row(
                        a.visitId(),
                        a.personId(),
                        name(a.personId(), names),
                        WorkerRotaDates.TIME.format(a.plannedStart().atZone(zone)),
                        kind == Alert.Kind.MISSED ? "rotaViews.board.missed.detail" : "rotaViews.board.late.detail",
                        List.of(a.delayMinutes())))
                .toList();
    }

    /**
     * Booked visits in the time whose worker is on leave or off sick then, unless a cover request for
     * that worker on that visit is already under way (those are under "Needs cover").
     */
    private List<Row> atRisk(Instant from, Instant to, List<Cover.Request> openCover, Map<UUID, String> names) {
        Set<String> covering = openCover.stream()
                .map(r -> r.visitId() + "/" + r.absentWorkerId())
                .collect(Collectors.toSet());
        List<Row> rows = new ArrayList<>();
        for (Visit visit : visits.booked(from, to)) {
            for (Visit.Worker worker : visit.workers()) {
                if (covering.contains(visit.id() + "/" + worker.id())) {
                    continue;
                }
                AvailabilityAt availability = people.availabilityAt(worker.id(), visit.start(), visit.end());
                if (availability == AvailabilityAt.ON_LEAVE || availability == AvailabilityAt.OFF_SICK) {
                    rows.add(new Row(
                            visit.id(),
                            visit.personId(),
                            name(visit.personId(), names),
                            when(visit.start(), visit.end()),
                            availability == AvailabilityAt.ON_LEAVE
                                    ? "rotaViews.board.risk.leave"
                                    : "rotaViews.board.risk.sick",
                            List.of(worker.name())));
                }
            }
        }
        return rows;
    }

    private String when(Instant start, Instant end) {
        ZonedDateTime from = start.atZone(zone);
        return WorkerRotaDates.SHORT_DAY.format(from) + ", " + WorkerRotaDates.TIME.format(from) + " to "
                + WorkerRotaDates.TIME.format(end.atZone(zone));
    }

    private static String workerNames(Visit visit) {
        return visit.workers().stream().map(Visit.Worker::name).collect(Collectors.joining(", "));
    }

    private String name(UUID accountId, Map<UUID, String> names) {
        return names.computeIfAbsent(
                accountId, id -> people.account(id).map(a -> a.displayName()).orElse(""));
    }

    private static Caller coordinator() {
        Caller caller = Caller.current().orElseThrow();
        if (caller.assisted() || !caller.hasRole(Role.COORDINATOR.name())) {
            throw new AccessDeniedException("the board is for co-ordinators");
        }
        return caller;
    }
}
