package org.carecoop.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.visits.VisitClash;
import org.carecoop.visits.VisitException;
import org.carecoop.visits.VisitsApi;
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
 * Co-ordinators book visits (CO2): choose the person, one or two workers, the date and the times of
 * day. A worker who is already booked at that time is named next to the field that chose them. Once
 * a visit is booked the page confirms it and offers to cancel it (with a reason) or to record that it
 * was done. Only co-ordinators at their own keyboard use these pages; anyone else gets 403.
 */
@Controller
@RequestMapping("/visits")
class BookingController {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final VisitsApi visits;
    private final PeopleApi people;
    private final Clock clock;
    private final ZoneId zone;

    BookingController(VisitsApi visits, PeopleApi people, Clock clock) {
        this.visits = visits;
        this.people = people;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A choice in a list: the submitted value and the text shown. */
    record Choice(String value, String label) {}

    /**
     * The visit just booked, as the confirmation shows it. Serializable: it travels to the next page
     * in the session, which is stored in the database.
     */
    record Booked(UUID id, String person, String date, String start, String end, String workers)
            implements Serializable {}

    /** A booking as read from the form. */
    private record Booking(UUID personId, List<UUID> workerIds, Instant start, Instant end) {}

    @GetMapping("/new")
    String form(Model model) {
        requireCoordinator();
        model.addAttribute("bookingForm", new BookingForm());
        return formPage(model);
    }

    @PostMapping("/new")
    String book(
            @Valid @ModelAttribute BookingForm bookingForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        Map<UUID, AccountSummary> persons = byId(people.accountsWithRole(Role.SUPPORTED_PERSON));
        Map<UUID, AccountSummary> workers = byId(people.accountsWithRole(Role.WORKER));
        Optional<Booking> booking = read(bookingForm, errors, persons, workers);
        if (booking.isEmpty()) {
            return formPage(model);
        }
        Booking b = booking.get();
        UUID id;
        try {
            id = visits.book(caller, b.personId(), b.workerIds(), b.start(), b.end());
        } catch (VisitClash clash) {
            String field = clash.workerId().equals(b.workerIds().get(0)) ? "workerId" : "secondWorkerId";
            errors.rejectValue(
                    field,
                    "visits.worker.clash",
                    new Object[] {
                        clash.workerName(),
                        TIME.format(clash.clashStart().atZone(zone)),
                        TIME.format(clash.clashEnd().atZone(zone)),
                        DATE.format(clash.clashStart().atZone(zone))
                    },
                    null);
            return formPage(model);
        } catch (VisitException e) {
            rejectRefusal(e, errors);
            return formPage(model);
        }
        redirect.addFlashAttribute(
                "booked",
                new Booked(
                        id,
                        persons.get(b.personId()).displayName(),
                        DATE.format(b.start().atZone(zone)),
                        TIME.format(b.start().atZone(zone)),
                        TIME.format(b.end().atZone(zone)),
                        b.workerIds().stream()
                                .map(w -> workers.get(w).displayName())
                                .collect(Collectors.joining(", "))));
        return "redirect:/visits/new";
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @PathVariable UUID id,
            @Valid @ModelAttribute CancelForm cancelForm,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        model.addAttribute("visitId", id);
        if (errors.hasErrors()) {
            return "visits/cancel";
        }
        try {
            visits.cancel(caller, id, cancelForm.getReason());
        } catch (VisitException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("flash", "visits.cancelled");
        return "redirect:/visits/new";
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Caller caller = requireCoordinator();
        try {
            visits.complete(caller, id, clock.instant());
        } catch (VisitException e) {
            return refused(e, model, response);
        }
        redirect.addFlashAttribute("flash", "visits.completed");
        return "redirect:/visits/new";
    }

    private String formPage(Model model) {
        model.addAttribute("personChoices", choices(people.accountsWithRole(Role.SUPPORTED_PERSON)));
        model.addAttribute("workerChoices", choices(people.accountsWithRole(Role.WORKER)));
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", new CancelForm());
        }
        return "visits/new";
    }

    /** A visit that cannot be changed any more (or not yet): 404 when there is none, 409 otherwise. */
    private static String refused(VisitException e, Model model, HttpServletResponse response) {
        if (e.reason() == VisitException.Reason.NOT_FOUND) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("reasonKey", "visits.refused." + e.reason().name().toLowerCase(Locale.ROOT));
        return "visits/refused";
    }

    /**
     * The booking the form describes, or empty with every problem rejected at its field. Bean
     * validation has already rejected the fields left blank; the rest is checked here.
     */
    private Optional<Booking> read(
            BookingForm form,
            BindingResult errors,
            Map<UUID, AccountSummary> persons,
            Map<UUID, AccountSummary> workers) {
        UUID personId = null;
        if (!errors.hasFieldErrors("personId")) {
            personId = chosen(form.getPersonId(), persons).orElse(null);
            if (personId == null) {
                errors.rejectValue("personId", "visits.personId.unknown");
            }
        }
        List<UUID> workerIds = new ArrayList<>();
        if (!errors.hasFieldErrors("workerId")) {
            Optional<UUID> first = chosen(form.getWorkerId(), workers);
            if (first.isEmpty()) {
                errors.rejectValue("workerId", "visits.workerId.unknown");
            } else if (first.get().equals(personId)) {
                errors.rejectValue("workerId", "visits.workerId.isPerson");
            } else {
                workerIds.add(first.get());
            }
        }
        if (!form.getSecondWorkerId().isBlank()) {
            Optional<UUID> second = chosen(form.getSecondWorkerId(), workers);
            if (second.isEmpty()) {
                errors.rejectValue("secondWorkerId", "visits.secondWorkerId.unknown");
            } else if (second.get().equals(personId)) {
                errors.rejectValue("secondWorkerId", "visits.workerId.isPerson");
            } else if (workerIds.contains(second.get())) {
                errors.rejectValue("secondWorkerId", "visits.secondWorkerId.same");
            } else {
                workerIds.add(second.get());
            }
        }
        Optional<LocalDate> date = date(form, errors);
        Optional<LocalTime> start = time(form.getStartTime(), "startTime", errors);
        Optional<LocalTime> end = time(form.getEndTime(), "endTime", errors);
        Optional<Instant> startAt = Optional.empty();
        Optional<Instant> endAt = Optional.empty();
        if (date.isPresent() && start.isPresent() && end.isPresent()) {
            startAt = instant(date.get(), start.get(), "startTime", errors);
            endAt = instant(date.get(), end.get(), "endTime", errors);
            if (!end.get().isAfter(start.get())) {
                errors.rejectValue("endTime", "visits.endTime.notAfterStart");
            }
        }
        if (errors.hasErrors() || personId == null || startAt.isEmpty() || endAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Booking(personId, workerIds, startAt.get(), endAt.get()));
    }

    private Optional<LocalDate> date(BookingForm form, BindingResult errors) {
        List<String> missing = new ArrayList<>();
        if (form.getDay().isBlank()) {
            missing.add("day");
        }
        if (form.getMonth().isBlank()) {
            missing.add("month");
        }
        if (form.getYear().isBlank()) {
            missing.add("year");
        }
        if (missing.size() == 3) {
            errors.rejectValue("day", "visits.date.required");
            return Optional.empty();
        }
        if (!missing.isEmpty()) {
            errors.rejectValue("day", "visits.date.missing." + missing.get(0));
            return Optional.empty();
        }
        Optional<LocalDate> date = VisitTimes.date(form.getDay(), form.getMonth(), form.getYear());
        if (date.isEmpty()) {
            errors.rejectValue("day", "visits.date.real");
        }
        return date;
    }

    private static Optional<LocalTime> time(String text, String field, BindingResult errors) {
        if (errors.hasFieldErrors(field)) {
            return Optional.empty();
        }
        Optional<LocalTime> time = VisitTimes.timeOfDay(text);
        if (time.isEmpty()) {
            errors.rejectValue(field, "visits." + field + ".format");
        }
        return time;
    }

    private Optional<Instant> instant(LocalDate date, LocalTime time, String field, BindingResult errors) {
        Optional<Instant> instant = VisitTimes.instant(date, time, zone);
        if (instant.isEmpty()) {
            errors.rejectValue(field, "visits.time.skipped", new Object[] {TIME.format(time), DATE.format(date)}, null);
        }
        return instant;
    }

    /** Refusals the form's own checks should have caught, for a person or worker changed meanwhile. */
    private static void rejectRefusal(VisitException e, BindingResult errors) {
        switch (e.reason()) {
            case NOT_A_SUPPORTED_PERSON -> errors.rejectValue("personId", "visits.personId.unknown");
            case NOT_A_WORKER, PERSON_AS_WORKER -> errors.rejectValue("workerId", "visits.workerId.unknown");
            case END_NOT_AFTER_START, TOO_LONG -> errors.rejectValue("endTime", "visits.endTime.notAfterStart");
            default -> throw e;
        }
    }

    private static Optional<UUID> chosen(String value, Map<UUID, AccountSummary> allowed) {
        try {
            UUID id = UUID.fromString(value.strip());
            return allowed.containsKey(id) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<UUID, AccountSummary> byId(List<AccountSummary> accounts) {
        return accounts.stream().collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    private static List<Choice> choices(List<AccountSummary> accounts) {
        return accounts.stream()
                .map(a -> new Choice(a.id().toString(), a.displayName() + " (" + a.email() + ")"))
                .toList();
    }

    private static Caller requireCoordinator() {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("only co-ordinators book visits");
        }
        return caller;
    }
}
