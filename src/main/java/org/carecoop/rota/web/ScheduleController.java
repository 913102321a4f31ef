package org.carecoop.rota.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PdfDocuments;
import org.carecoop.rota.internal.PersonSchedules;
import org.carecoop.rota.internal.PersonSchedules.Schedule;
import org.carecoop.visits.BookingAccess;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitDayApi;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The person's calendar (CO3): the visits of one week, day by day, in the co-op's time zone, with
 * links to the week before and after, and who actually arrived and left when. With JavaScript, htmx swaps in the other week alone (the
 * {@code week} fragment) and updates the address; without it the links load the whole page. Who may
 * see it is the access policy's decision: a refusal is the 403 page.
 */
@Controller
class ScheduleController {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);
    static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final PersonSchedules schedules;
    private final PdfDocuments pdf;
    private final Clock clock;
    private final ZoneId zone;
    private final String phone;
    private final BookingAccess bookingAccess;

    ScheduleController(
            PersonSchedules schedules,
            PdfDocuments pdf,
            Clock clock,
            @Value("${carecoop.coop.phone:01422 000000}") String phone,
            BookingAccess bookingAccess) {
        this.bookingAccess = bookingAccess;
        this.schedules = schedules;
        this.pdf = pdf;
        this.clock = clock;
        this.zone = clock.getZone();
        this.phone = phone;
    }

    /**
     * One visit as the page lists it.
     *
     * @param endDay the day it ends, when that is not the day it starts
     * @param actual who arrived and left when, one line per worker who checked in
     */
    record Entry(
            String start,
            String end,
            @Nullable String endDay,
            List<String> workers,
            String statusKey,
            String statusClass,
            List<Actual> actual) {}

    /**
     * When one worker arrived and left, as the page says it.
     *
     * @param left empty while the worker is still there
     */
    record Actual(String worker, String arrived, @Nullable String left) {}

    /** One day of the week and its visits. */
    record Day(String label, List<Entry> entries) {}

    @GetMapping("/schedule")
    String own(
            @RequestParam(name = "week", required = false) @Nullable String week,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        Caller caller = Caller.current().orElseThrow();
        return page(caller, caller.accountId(), "/schedule", week, htmx != null && restore == null, model);
    }

    @GetMapping("/people/{id}/schedule")
    String someone(
            @PathVariable UUID id,
            @RequestParam(name = "week", required = false) @Nullable String week,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String restore,
            Model model) {
        Caller caller = Caller.current().orElseThrow();
        return page(caller, id, "/people/" + id + "/schedule", week, htmx != null && restore == null, model);
    }

    /** The week's visits as a large-print letter to post, for people who get their rota on paper. */
    @GetMapping(value = "/people/{id}/schedule.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> printable(
            @PathVariable UUID id, @RequestParam(name = "week", required = false) @Nullable String week) {
        Caller caller = Caller.current().orElseThrow();
        LocalDate monday = monday(week);
        Schedule schedule = schedules
                .read(
                        caller,
                        id,
                        monday.atStartOfDay(zone).toInstant(),
                        monday.plusWeeks(1).atStartOfDay(zone).toInstant())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", schedule.person().displayName());
        variables.put("weekOf", WEEK.format(monday));
        variables.put("date", WEEK.format(LocalDate.now(clock)));
        variables.put("days", days(monday, schedule));
        variables.put("phone", phone);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("visits-week-of-" + monday + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render("rota/rota-letter", variables));
    }

    private String page(
            Caller caller, UUID personId, String path, @Nullable String week, boolean fragment, Model model) {
        LocalDate monday = monday(week);
        Schedule schedule = schedules
                .read(
                        caller,
                        personId,
                        monday.atStartOfDay(zone).toInstant(),
                        monday.plusWeeks(1).atStartOfDay(zone).toInstant())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("own", caller.accountId().equals(personId));
        model.addAttribute("mayBook", !fragment && bookingAccess.mayBook(caller, personId));
        model.addAttribute("personName", schedule.person().displayName());
        model.addAttribute("weekOf", WEEK.format(monday));
        model.addAttribute("days", days(monday, schedule));
        model.addAttribute("visitCount", schedule.visits().size());
        model.addAttribute("path", path);
        model.addAttribute("personId", personId);
        model.addAttribute("weekMonday", monday.toString());
        model.addAttribute("previousWeek", monday.minusWeeks(1).toString());
        model.addAttribute("nextWeek", monday.plusWeeks(1).toString());
        return fragment ? "rota/schedule :: week" : "rota/schedule";
    }

    /** The Monday of the week asked for, or of this week. */
    private LocalDate monday(@Nullable String week) {
        LocalDate day;
        try {
            day = week == null || week.isBlank() ? LocalDate.ofInstant(clock.instant(), zone) : LocalDate.parse(week);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Monday to Sunday, each with the visits that start that day (one from the week before, on Monday). */
    private List<Day> days(LocalDate monday, Schedule schedule) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            List<Entry> entries = schedule.visits().stream()
                    .filter(v -> startDay(v, monday).equals(date))
                    .map(v -> entry(v, schedule.actual(v)))
                    .toList();
            days.add(new Day(DAY.format(date), entries));
        }
        return days;
    }

    private LocalDate startDay(Visit visit, LocalDate monday) {
        LocalDate day = visit.start().atZone(zone).toLocalDate();
        return day.isBefore(monday) ? monday : day;
    }

    private Entry entry(Visit visit, List<VisitDayApi.ActualTimes> actual) {
        Map<UUID, String> names = new HashMap<>();
        visit.workers().forEach(w -> names.put(w.id(), w.name()));
        ZonedDateTime start = visit.start().atZone(zone);
        ZonedDateTime end = visit.end().atZone(zone);
        return new Entry(
                TIME.format(start),
                TIME.format(end),
                end.toLocalDate().equals(start.toLocalDate()) ? null : DAY.format(end),
                visit.workers().stream().map(Visit.Worker::name).toList(),
                "schedule.status." + visit.status().code(),
                switch (visit.status()) {
                    case BOOKED -> "govuk-tag--blue";
                    case COMPLETED -> "govuk-tag--green";
                    case REQUESTED -> "govuk-tag--yellow";
                    case CANCELLED, DECLINED -> "govuk-tag--grey";
                },
                actual.stream()
                        .map(a -> new Actual(
                                names.getOrDefault(a.workerId(), ""),
                                TIME.format(a.checkedIn().atZone(zone)),
                                a.checkedOut()
                                        .map(out -> TIME.format(out.atZone(zone)))
                                        .orElse(null)))
                        .toList());
    }
}
