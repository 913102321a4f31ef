package org.carecoop.people.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.carecoop.people.Absence;
import org.carecoop.people.AbsenceKind;
import org.carecoop.people.internal.TimeAway;
import org.carecoop.people.internal.TimeAwayException;
import org.carecoop.people.internal.WorkerRecords;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker's time on call, leave and sickness (CO1), phone-first: one short page each, reached from
 * their usual-week page at {@code /availability/…}. Co-ordinators use the same pages for any worker
 * at {@code /workers/{id}/availability/…}. Reasons for absence are shown only here, to the worker and
 * co-ordinators.
 */
@Controller
class TimeAwayController {

    /** An hour to choose: the submitted value and the text shown. */
    record Choice(String value, String label) {}

    /** One on-call window or absence as the pages list it. */
    record Row(UUID id, String from, String to, String reason) {}

    /** Whose page this is and where its links go. */
    record Target(Caller caller, UUID workerId, String name, boolean own, String base) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final int REASON_MAX = 500;
    private static final List<Choice> START_HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new Choice(String.valueOf(h), String.format(Locale.ROOT, "%02d:00", h)))
            .toList();
    private static final List<Choice> END_HOURS = IntStream.range(1, 24)
            .mapToObj(h -> new Choice(String.valueOf(h), String.format(Locale.ROOT, "%02d:00", h)))
            .toList();

    private final TimeAway timeAway;
    private final WorkerRecords workers;
    private final Clock clock;

    TimeAwayController(TimeAway timeAway, WorkerRecords workers, Clock clock) {
        this.timeAway = timeAway;
        this.workers = workers;
        this.clock = clock;
    }

    // On call

    @GetMapping({"/availability/on-call", "/workers/{workerId}/availability/on-call"})
    String onCall(@PathVariable(required = false) @Nullable String workerId, Model model) {
        model.addAttribute("periodForm", new PeriodForm());
        return onCallPage(target(workerId), model);
    }

    @PostMapping({"/availability/on-call", "/workers/{workerId}/availability/on-call"})
    String addOnCall(
            @PathVariable(required = false) @Nullable String workerId,
            @ModelAttribute PeriodForm periodForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(workerId);
        Instant[] period = period(periodForm, errors);
        if (period != null) {
            try {
                timeAway.addOnCall(target.caller(), target.workerId(), period[0], period[1]);
                redirect.addFlashAttribute("flash", "timeAway.onCall.added");
                return "redirect:" + target.base() + "/on-call";
            } catch (TimeAwayException e) {
                errors.rejectValue("startDay", e.messageKey(), e.arguments(), null);
            }
        }
        return onCallPage(target, model);
    }

    @PostMapping({
        "/availability/on-call/{windowId}/remove",
        "/workers/{workerId}/availability/on-call/{windowId}/remove"
    })
    String removeOnCall(
            @PathVariable(required = false) @Nullable String workerId,
            @PathVariable String windowId,
            RedirectAttributes redirect) {
        Target target = target(workerId);
        try {
            timeAway.removeOnCall(target.caller(), target.workerId(), WorkerPages.uuid(windowId));
        } catch (IllegalArgumentException e) {
            throw WorkerPages.notFound();
        }
        redirect.addFlashAttribute("flash", "timeAway.onCall.removed");
        return "redirect:" + target.base() + "/on-call";
    }

    private String onCallPage(Target target, Model model) {
        model.addAttribute(
                "rows",
                timeAway.upcomingOnCall(target.caller(), target.workerId()).stream()
                        .map(w -> new Row(w.id(), when(w.from()), when(w.to()), ""))
                        .toList());
        return page(target, model, "people/on-call");
    }

    // Leave

    @GetMapping({"/availability/leave", "/workers/{workerId}/availability/leave"})
    String leave(@PathVariable(required = false) @Nullable String workerId, Model model) {
        model.addAttribute("periodForm", new PeriodForm());
        return leavePage(target(workerId), model);
    }

    @PostMapping({"/availability/leave", "/workers/{workerId}/availability/leave"})
    String addLeave(
            @PathVariable(required = false) @Nullable String workerId,
            @ModelAttribute PeriodForm periodForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(workerId);
        Instant[] period = period(periodForm, errors);
        String reason = reason(periodForm.getReason(), errors);
        if (period != null && reason != null) {
            try {
                timeAway.recordLeave(target.caller(), target.workerId(), period[0], period[1], reason);
                redirect.addFlashAttribute("flash", "timeAway.leave.added");
                return "redirect:" + target.base() + "/leave";
            } catch (TimeAwayException e) {
                errors.rejectValue("startDay", e.messageKey(), e.arguments(), null);
            }
        }
        return leavePage(target, model);
    }

    @PostMapping({"/availability/leave/{absenceId}/cancel", "/workers/{workerId}/availability/leave/{absenceId}/cancel"
    })
    String cancelLeave(
            @PathVariable(required = false) @Nullable String workerId,
            @PathVariable String absenceId,
            RedirectAttributes redirect) {
        Target target = target(workerId);
        try {
            timeAway.cancelLeave(target.caller(), target.workerId(), WorkerPages.uuid(absenceId));
        } catch (IllegalArgumentException e) {
            throw WorkerPages.notFound();
        }
        redirect.addFlashAttribute("flash", "timeAway.leave.cancelled");
        return "redirect:" + target.base() + "/leave";
    }

    private String leavePage(Target target, Model model) {
        model.addAttribute(
                "rows",
                timeAway.upcoming(target.caller(), target.workerId()).stream()
                        .filter(e -> e.absence().kind() == AbsenceKind.LEAVE)
                        .map(e -> row(e.absence(), e.reason()))
                        .toList());
        return page(target, model, "people/leave");
    }

    // Sickness

    @GetMapping({"/availability/sickness", "/workers/{workerId}/availability/sickness"})
    String sickness(@PathVariable(required = false) @Nullable String workerId, Model model) {
        model.addAttribute("sicknessForm", new SicknessForm());
        return sicknessPage(target(workerId), model);
    }

    @PostMapping({"/availability/sickness", "/workers/{workerId}/availability/sickness"})
    String reportSick(
            @PathVariable(required = false) @Nullable String workerId,
            @ModelAttribute SicknessForm sicknessForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Target target = target(workerId);
        LocalDate until = DateFields.read(
                sicknessForm.getUntilDay(),
                sicknessForm.getUntilMonth(),
                sicknessForm.getUntilYear(),
                "untilDay",
                null,
                "timeAway.error.until.real",
                errors);
        String reason = reason(sicknessForm.getReason(), errors);
        if (!errors.hasErrors() && reason != null) {
            try {
                timeAway.reportSick(target.caller(), target.workerId(), until, reason);
                redirect.addFlashAttribute("flash", "timeAway.sick.saved");
                return "redirect:" + target.base() + "/sickness";
            } catch (TimeAwayException e) {
                errors.rejectValue("untilDay", e.messageKey(), e.arguments(), null);
            }
        }
        return sicknessPage(target, model);
    }

    @PostMapping({"/availability/sickness/back", "/workers/{workerId}/availability/sickness/back"})
    String back(@PathVariable(required = false) @Nullable String workerId, RedirectAttributes redirect) {
        Target target = target(workerId);
        try {
            timeAway.back(target.caller(), target.workerId());
        } catch (TimeAwayException e) {
            redirect.addFlashAttribute("flash", "timeAway.sick.notSick");
            return "redirect:" + target.base() + "/sickness";
        }
        redirect.addFlashAttribute("flash", "timeAway.sick.back");
        return "redirect:" + target.base() + "/sickness";
    }

    private String sicknessPage(Target target, Model model) {
        List<TimeAway.AbsenceEntry> entries = timeAway.upcoming(target.caller(), target.workerId());
        model.addAttribute(
                "current",
                entries.stream()
                        .filter(e -> e.absence().kind() == AbsenceKind.SICK)
                        .map(e -> row(e.absence(), e.reason()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("today", DAY.format(LocalDate.now(clock)));
        return page(target, model, "people/sickness");
    }

    // Shared

    private String page(Target target, Model model, String view) {
        model.addAttribute("target", target);
        model.addAttribute("startHours", START_HOURS);
        model.addAttribute("endHours", END_HOURS);
        return view;
    }

    private Target target(@Nullable String workerId) {
        Caller caller = Caller.current().orElseThrow();
        UUID id = WorkerPages.worker(caller, workerId);
        if (workerId == null) {
            return new Target(caller, id, caller.displayName(), true, "/availability");
        }
        try {
            return new Target(caller, id, workers.name(caller, id), false, "/workers/" + id + "/availability");
        } catch (IllegalArgumentException e) {
            throw WorkerPages.notFound();
        }
    }

    /** The start and end typed, or null when either is missing or wrong (rejected at its field). */
    private Instant @Nullable [] period(PeriodForm form, BindingResult errors) {
        LocalDate startDate = DateFields.read(
                form.getStartDay(),
                form.getStartMonth(),
                form.getStartYear(),
                "startDay",
                "timeAway.error.start.required",
                "timeAway.error.start.real",
                errors);
        Integer startHour = hour(form.getStartHour(), 0, 23, "startHour", errors);
        LocalDate endDate = DateFields.read(
                form.getEndDay(),
                form.getEndMonth(),
                form.getEndYear(),
                "endDay",
                "timeAway.error.end.required",
                "timeAway.error.end.real",
                errors);
        Integer endHour = hour(form.getEndHour(), 1, 23, "endHour", errors);
        if (startDate == null || endDate == null || startHour == null || endHour == null) {
            return null;
        }
        ZoneId zone = zone();
        Instant start =
                ZonedDateTime.of(startDate, LocalTime.of(startHour, 0), zone).toInstant();
        Instant end = endHour == 24
                ? endDate.plusDays(1).atStartOfDay(zone).toInstant()
                : ZonedDateTime.of(endDate, LocalTime.of(endHour, 0), zone).toInstant();
        if (!end.isAfter(start)) {
            errors.rejectValue("endDay", "timeAway.error.order");
            return null;
        }
        return new Instant[] {start, end};
    }

    /** The hour chosen; an empty choice is the day's start (0) or end (24). */
    private static @Nullable Integer hour(String value, int min, int max, String field, BindingResult errors) {
        String tidy = value.strip();
        if (tidy.isEmpty()) {
            return min == 0 ? 0 : 24;
        }
        if (tidy.length() <= 2 && tidy.chars().allMatch(Character::isDigit)) {
            int hour = Integer.parseInt(tidy);
            if (hour >= min && hour <= max) {
                return hour;
            }
        }
        errors.rejectValue(field, "timeAway.error.hour");
        return null;
    }

    private static @Nullable String reason(String reason, BindingResult errors) {
        String tidy = reason.replace("\r\n", "\n").strip();
        if (tidy.length() > REASON_MAX) {
            errors.rejectValue("reason", "timeAway.error.reason.size");
            return null;
        }
        if (!PlainText.Validator.plain(tidy)) {
            errors.rejectValue("reason", "validation.plainText");
            return null;
        }
        return tidy;
    }

    private Row row(Absence absence, String reason) {
        return new Row(absence.id(), when(absence.from()), absence.to() == null ? "" : when(absence.to()), reason);
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(zone()));
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
