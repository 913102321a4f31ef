package org.carecoop.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.PersonRecordAccess;
import org.carecoop.people.Role;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitDayApi.Attendance;
import org.carecoop.visits.VisitDayApi.Refusal;
import org.carecoop.visits.VisitDayApi.Task;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitStatus;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visit on the day (VI1–VI3), for the workers booked on it and for co-ordinators: whom to visit,
 * where, and what to do; "On my way", "Check in" and "Check out" as plain forms that work without
 * JavaScript (a small script may add the worker's location when they choose to share it); the task
 * list to tick off; planned versus actual; the day's travel. Co-ordinators also set the tasks,
 * correct times with a reason, and see the missed and running-late visits at {@code /visits/alerts}.
 * Anyone else is refused with 403; an unknown visit is 404.
 */
@Controller
@RequestMapping("/visits")
class VisitDayController {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

    private final VisitDayApi day;
    private final PeopleApi people;
    private final PersonRecordAccess records;
    private final Geocoder geocoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    VisitDayController(
            VisitDayApi day,
            PeopleApi people,
            PersonRecordAccess records,
            Geocoder geocoder,
            AuditLog audit,
            Clock clock) {
        this.day = day;
        this.people = people;
        this.records = records;
        this.geocoder = geocoder;
        this.audit = audit;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A worker's planned and actual times as the page shows them. */
    record WorkerRow(UUID id, String name, String expected, String checkedIn, String checkedOut, boolean you) {}

    /** A correction as the page shows it. */
    record CorrectionRow(String worker, String before, String after, String reason, String by, String when) {}

    /** A task as the page shows it. */
    record TaskRow(
            UUID id,
            String description,
            boolean done,
            String doneBy,
            String doneAt,
            String note,
            String notDoneReason) {}

    /** A leg of the day's travel as the page shows it. */
    record LegRow(String from, String minutes, String miles, boolean current) {}

    /** An alert as the co-ordinators' list shows it. */
    record AlertRow(UUID visitId, String kindKey, String person, String planned, String raised, long delayMinutes) {}

    /** A choice of worker for a correction. */
    record Choice(String value, String label) {}

    @GetMapping("/{id}/day")
    String page(@PathVariable UUID id, Model model) {
        Caller caller = Caller.current().orElseThrow();
        Attendance attendance = readable(caller, id);
        return page(caller, attendance, model);
    }

    @PostMapping("/{id}/day/on-my-way")
    String onMyWay(
            @PathVariable UUID id,
            @ModelAttribute("locationForm") VisitDayLocationForm locationForm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        try {
            VisitDayApi.Eta eta = day.onMyWay(caller, id, locationForm.point().orElse(null));
            redirect.addFlashAttribute(
                    "flash",
                    eta.expectedArrival().isPresent() ? "visitDay.onMyWay.done" : "visitDay.onMyWay.doneNoEta");
        } catch (Refusal refusal) {
            return refused(caller, id, refusal, model, response);
        } catch (VisitException e) {
            throw notFound();
        }
        return "redirect:/visits/" + id + "/day";
    }

    @PostMapping("/{id}/day/check-in")
    String checkIn(
            @PathVariable UUID id,
            @ModelAttribute("locationForm") VisitDayLocationForm locationForm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        try {
            day.checkIn(caller, id, clock.instant(), locationForm.point().orElse(null));
        } catch (Refusal refusal) {
            return refused(caller, id, refusal, model, response);
        } catch (VisitException e) {
            throw notFound();
        }
        redirect.addFlashAttribute("flash", "visitDay.checkIn.done");
        return "redirect:/visits/" + id + "/day";
    }

    @PostMapping("/{id}/day/check-out")
    String checkOut(
            @PathVariable UUID id,
            @Valid @ModelAttribute("checkOutForm") VisitDayCheckOutForm checkOutForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        Attendance attendance = readable(caller, id);
        if (errors.hasErrors()) {
            return page(caller, attendance, model);
        }
        try {
            day.checkOut(
                    caller,
                    id,
                    clock.instant(),
                    checkOutForm.point().orElse(null),
                    checkOutForm.getNote(),
                    checkOutForm.getNotDoneReason());
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.REASON_FOR_UNDONE_TASKS) {
                errors.rejectValue("notDoneReason", "visitDay.notDoneReason.required");
                return page(caller, attendance, model);
            }
            return refused(caller, id, refusal, model, response);
        }
        redirect.addFlashAttribute("flash", "visitDay.checkOut.done");
        return "redirect:/visits/" + id + "/day";
    }

    @PostMapping("/{id}/day/tasks/{taskId}/done")
    String taskDone(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            @Valid @ModelAttribute("taskDoneForm") VisitDayTaskDoneForm taskDoneForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        Attendance attendance = readable(caller, id);
        if (errors.hasErrors()) {
            model.addAttribute("failedTask", taskId);
            return page(caller, attendance, model);
        }
        try {
            day.taskDone(caller, id, taskId, taskDoneForm.getTaskNote());
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.NO_SUCH_TASK) {
                throw notFound();
            }
            return refused(caller, id, refusal, model, response);
        }
        redirect.addFlashAttribute("flash", "visitDay.task.doneFlash");
        return "redirect:/visits/" + id + "/day#tasks";
    }

    @PostMapping("/{id}/day/tasks")
    String addTask(
            @PathVariable UUID id,
            @Valid @ModelAttribute("taskForm") VisitDayTaskForm taskForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        Attendance attendance = readable(caller, id);
        if (errors.hasErrors()) {
            return page(caller, attendance, model);
        }
        List<String> tasks =
                new ArrayList<>(day.tasks(id).stream().map(Task::description).toList());
        tasks.add(taskForm.getDescription());
        try {
            day.setTasks(caller, id, tasks);
        } catch (Refusal refusal) {
            if (refusal.reason() == Refusal.Reason.TASK_NOT_VALID) {
                errors.rejectValue("description", "visitDay.task.tooMany");
                return page(caller, attendance, model);
            }
            return refused(caller, id, refusal, model, response);
        }
        redirect.addFlashAttribute("flash", "visitDay.task.added");
        return "redirect:/visits/" + id + "/day#tasks";
    }

    @PostMapping("/{id}/day/tasks/{taskId}/remove")
    String removeTask(
            @PathVariable UUID id,
            @PathVariable UUID taskId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        readable(caller, id);
        List<Task> tasks = day.tasks(id);
        if (tasks.stream().noneMatch(t -> t.id().equals(taskId))) {
            throw notFound();
        }
        try {
            day.setTasks(
                    caller,
                    id,
                    tasks.stream()
                            .filter(t -> !t.id().equals(taskId))
                            .map(Task::description)
                            .toList());
        } catch (Refusal refusal) {
            return refused(caller, id, refusal, model, response);
        }
        redirect.addFlashAttribute("flash", "visitDay.task.removed");
        return "redirect:/visits/" + id + "/day#tasks";
    }

    @GetMapping("/{id}/day/correct")
    String correctForm(@PathVariable UUID id, Model model) {
        Caller caller = requireCoordinator();
        Attendance attendance = readable(caller, id);
        model.addAttribute("correctionForm", new VisitDayCorrectionForm());
        return correctPage(attendance, model);
    }

    @PostMapping("/{id}/day/correct")
    String correct(
            @PathVariable UUID id,
            @Valid @ModelAttribute("correctionForm") VisitDayCorrectionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        Attendance attendance = readable(caller, id);
        Optional<UUID> worker = Optional.empty();
        if (!errors.hasFieldErrors("workerId")) {
            worker = attendance.workers().stream()
                    .map(VisitDayApi.WorkerAttendance::workerId)
                    .filter(w -> w.toString().equals(form.getWorkerId().strip()))
                    .findFirst();
            if (worker.isEmpty()) {
                errors.rejectValue("workerId", "visitDay.correct.workerId.unknown");
            }
        }
        LocalDate date = LocalDate.ofInstant(attendance.plannedStart(), zone);
        Optional<Instant> checkIn = Optional.empty();
        if (!errors.hasFieldErrors("checkIn")) {
            checkIn = VisitTimes.timeOfDay(form.getCheckIn()).flatMap(t -> VisitTimes.instant(date, t, zone));
            if (checkIn.isEmpty()) {
                errors.rejectValue("checkIn", "visitDay.correct.checkIn.format");
            }
        }
        Optional<Instant> checkOut = Optional.empty();
        if (!form.getCheckOut().isBlank()) {
            Optional<LocalTime> out = VisitTimes.timeOfDay(form.getCheckOut());
            if (out.isEmpty()) {
                errors.rejectValue("checkOut", "visitDay.correct.checkOut.format");
            } else if (checkIn.isPresent()) {
                LocalTime in = LocalTime.ofInstant(checkIn.get(), zone);
                LocalDate outDate = out.get().isAfter(in) ? date : date.plusDays(1);
                checkOut = VisitTimes.instant(outDate, out.get(), zone);
                if (checkOut.isEmpty()) {
                    errors.rejectValue("checkOut", "visitDay.correct.checkOut.format");
                }
            }
        }
        if (errors.hasErrors() || worker.isEmpty() || checkIn.isEmpty()) {
            return correctPage(attendance, model);
        }
        try {
            day.correct(caller, id, worker.get(), checkIn.get(), checkOut.orElse(null), form.getReason());
        } catch (Refusal refusal) {
            switch (refusal.reason()) {
                case IN_FUTURE -> errors.rejectValue("checkIn", "visitDay.correct.future");
                case CHECK_OUT_TOO_SOON -> errors.rejectValue("checkOut", "visitDay.correct.checkOut.tooSoon");
                case CORRECTION_REASON_REQUIRED, TEXT_NOT_VALID ->
                    errors.rejectValue("reason", "visitDay.correct.reason.required");
                default -> {
                    return refused(caller, id, refusal, model, response);
                }
            }
            return correctPage(attendance, model);
        }
        redirect.addFlashAttribute("flash", "visitDay.correct.done");
        return "redirect:/visits/" + id + "/day";
    }

    @GetMapping("/alerts")
    String alerts(Model model) {
        Caller caller = requireCoordinator();
        model.addAttribute(
                "alerts",
                day.alerts(caller).stream()
                        .map(a -> new AlertRow(
                                a.visitId(),
                                "visitDay.alerts.kind." + a.kind().name().toLowerCase(Locale.ROOT),
                                nameOf(a.personId()),
                                dateTime(a.plannedStart()),
                                time(a.raisedAt()),
                                a.delayMinutes()))
                        .toList());
        return "visits/day/alerts";
    }

    private String page(Caller caller, Attendance attendance, Model model) {
        UUID id = attendance.visitId();
        boolean worker =
                attendance.workers().stream().anyMatch(w -> w.workerId().equals(caller.accountId()))
                        && !caller.assisted();
        Optional<PersonProfile> profile = people.personProfile(attendance.personId());
        Optional<PersonAddress> recorded = people.personAddress(attendance.personId());
        Optional<PersonAddress> address = recorded.filter(a -> mayReadAddress(caller, attendance.personId()));
        model.addAttribute("visitId", id);
        model.addAttribute("person", nameOf(attendance.personId()));
        model.addAttribute(
                "date", BookingController.DATE.format(attendance.plannedStart().atZone(zone)));
        model.addAttribute("plannedStart", time(attendance.plannedStart()));
        model.addAttribute("plannedEnd", time(attendance.plannedEnd()));
        model.addAttribute("status", attendance.status().code());
        model.addAttribute("booked", attendance.status() == VisitStatus.BOOKED);
        model.addAttribute("address", address.map(PersonAddress::parts).orElse(List.of()));
        model.addAttribute("addressHidden", recorded.isPresent() && address.isEmpty());
        model.addAttribute(
                "accessNotes", profile.map(PersonProfile::safetyNotes).orElse(""));
        model.addAttribute(
                "phoneFirst", profile.map(PersonProfile::phoneBeforeVisit).orElse(false));
        model.addAttribute("directions", address.map(this::directions).orElse(""));
        model.addAttribute("isWorker", worker);
        model.addAttribute("isCoordinator", coordinator(caller));
        List<WorkerRow> workers = attendance.workers().stream()
                .map(w -> new WorkerRow(
                        w.workerId(),
                        w.name(),
                        w.expectedArrival().map(this::time).orElse(""),
                        w.checkedIn().map(this::time).orElse(""),
                        w.checkedOut().map(this::time).orElse(""),
                        w.workerId().equals(caller.accountId())))
                .toList();
        model.addAttribute("workers", workers);
        Optional<VisitDayApi.WorkerAttendance> mine = attendance.workers().stream()
                .filter(w -> worker && w.workerId().equals(caller.accountId()))
                .findFirst();
        boolean checkedIn =
                mine.flatMap(VisitDayApi.WorkerAttendance::checkedIn).isPresent();
        boolean checkedOut =
                mine.flatMap(VisitDayApi.WorkerAttendance::checkedOut).isPresent();
        model.addAttribute("checkedIn", checkedIn);
        model.addAttribute("checkedOut", checkedOut);
        model.addAttribute(
                "corrections",
                attendance.corrections().stream()
                        .map(c -> new CorrectionRow(
                                nameIn(attendance, c.workerId()),
                                times(c.previousCheckIn(), c.previousCheckOut()),
                                times(Optional.of(c.checkIn()), c.checkOut()),
                                c.reason(),
                                c.correctedBy(),
                                dateTime(c.correctedAt())))
                        .toList());
        List<Task> tasks = day.tasks(id);
        model.addAttribute(
                "tasks",
                tasks.stream()
                        .map(t -> new TaskRow(
                                t.id(),
                                t.description(),
                                t.done(),
                                t.doneBy().map(w -> nameIn(attendance, w)).orElse(""),
                                t.doneAt().map(this::time).orElse(""),
                                t.doneNote(),
                                t.notDoneReason().orElse("")))
                        .toList());
        model.addAttribute("undoneTasks", tasks.stream().anyMatch(t -> !t.done()));
        if (worker) {
            LocalDate today = LocalDate.ofInstant(attendance.plannedStart(), zone);
            VisitDayApi.Travel travel = day.travel(caller.accountId(), today);
            model.addAttribute(
                    "legs",
                    travel.legs().stream()
                            .map(l -> new LegRow(
                                    l.fromVisitId().isPresent()
                                            ? "visitDay.travel.fromVisit"
                                            : "visitDay.travel.fromHome",
                                    l.minutes().map(String::valueOf).orElse(""),
                                    l.miles()
                                            .map(m -> String.format(Locale.UK, "%.1f", m))
                                            .orElse(""),
                                    l.visitId().equals(id)))
                            .toList());
            model.addAttribute("totalMinutes", travel.totalMinutes());
            model.addAttribute("totalMiles", String.format(Locale.UK, "%.1f", travel.totalMiles()));
            audit.record(new AuditEntry(
                    clock.instant(),
                    caller.actorId(),
                    caller.actorName(),
                    null,
                    "VIEW",
                    attendance.personId(),
                    "visit",
                    id.toString(),
                    AuditEntry.Outcome.ALLOWED,
                    "the visit page: address and access notes"));
        }
        addForms(model);
        return "visits/day/visit";
    }

    private static void addForms(Model model) {
        if (!model.containsAttribute("locationForm")) {
            model.addAttribute("locationForm", new VisitDayLocationForm());
        }
        if (!model.containsAttribute("checkOutForm")) {
            model.addAttribute("checkOutForm", new VisitDayCheckOutForm());
        }
        if (!model.containsAttribute("taskDoneForm")) {
            model.addAttribute("taskDoneForm", new VisitDayTaskDoneForm());
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new VisitDayTaskForm());
        }
    }

    private String correctPage(Attendance attendance, Model model) {
        model.addAttribute("visitId", attendance.visitId());
        model.addAttribute("person", nameOf(attendance.personId()));
        model.addAttribute(
                "date", BookingController.DATE.format(attendance.plannedStart().atZone(zone)));
        model.addAttribute("plannedStart", time(attendance.plannedStart()));
        model.addAttribute("plannedEnd", time(attendance.plannedEnd()));
        model.addAttribute(
                "workerChoices",
                attendance.workers().stream()
                        .map(w -> new Choice(
                                w.workerId().toString(), w.name() + " (" + times(w.checkedIn(), w.checkedOut()) + ")"))
                        .toList());
        return "visits/day/correct";
    }

    /** The visit page again with the refusal in the error summary, answered 409. */
    private String refused(Caller caller, UUID id, Refusal refusal, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("refusalKey", "visitDay.refused." + refusal.code());
        return page(caller, readable(caller, id), model);
    }

    /** The visit's attendance, for its booked workers and co-ordinators; 404 when there is none. */
    private Attendance readable(Caller caller, UUID id) {
        Attendance attendance;
        try {
            attendance = day.attendance(id);
        } catch (VisitException e) {
            throw notFound();
        }
        boolean worker = !caller.assisted()
                && attendance.workers().stream().anyMatch(w -> w.workerId().equals(caller.accountId()));
        if (!worker && !coordinator(caller)) {
            throw new AccessDeniedException("only the visit's workers and co-ordinators see it");
        }
        return attendance;
    }

    /**
     * Whether the caller may see the person's address: a co-ordinator arranging the visit may (and the
     * read is recorded); a worker when the person's access settings let them read their profile and
     * contact details then, decided and recorded by the access policy.
     */
    private boolean mayReadAddress(Caller caller, UUID personId) {
        if (coordinator(caller)) {
            audit.record(AuditEntry.by(caller, clock.instant(), "VIEW", personId, "address", AuditEntry.Outcome.ALLOWED)
                    .withDetail("the visit page, as a co-ordinator"));
            return true;
        }
        return records.mayReadProfile(caller, personId);
    }

    /**
     * A map link to the whole address when there is a street address; otherwise to the postcode's
     * location, or the postcode itself when it cannot be placed.
     */
    private String directions(PersonAddress address) {
        String destination;
        Optional<GeoPoint> place = Optional.ofNullable(address.postcode())
                .flatMap(geocoder::locate)
                .map(Location::point);
        if (address.hasStreet()) {
            destination = address.oneLine();
        } else if (place.isPresent()) {
            destination = String.format(
                    Locale.ROOT,
                    "%.6f,%.6f",
                    place.get().latitude(),
                    place.get().longitude());
        } else if (address.postcode() != null) {
            destination = address.postcode().value();
        } else {
            return "";
        }
        return "https://www.google.com/maps/dir/?api=1&destination="
                + URLEncoder.encode(destination, StandardCharsets.UTF_8);
    }

    private String times(Optional<Instant> in, Optional<Instant> out) {
        return in.map(this::time).orElse("–") + " to " + out.map(this::time).orElse("–");
    }

    private String time(Instant at) {
        return BookingController.TIME.format(at.atZone(zone));
    }

    private String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(zone));
    }

    private static String nameIn(Attendance attendance, UUID workerId) {
        return attendance.workers().stream()
                .filter(w -> w.workerId().equals(workerId))
                .map(VisitDayApi.WorkerAttendance::name)
                .findFirst()
                .orElse("");
    }

    private String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private static boolean coordinator(Caller caller) {
        return caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted();
    }

    private static Caller requireCoordinator() {
        Caller caller = Caller.current().orElseThrow();
        if (!coordinator(caller)) {
            throw new AccessDeniedException("only co-ordinators do this");
        }
        return caller;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
