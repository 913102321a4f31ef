package org.carecoop.planning.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.planning.internal.AlreadyOptimising;
import org.carecoop.planning.internal.Optimisation;
import org.carecoop.planning.internal.Optimising;
import org.carecoop.platform.security.Caller;
import org.carecoop.rota.RotaChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The co-ordinators' planning pages (CO5): choose an area and a day or week and press "Optimise"; the
 * job's page shows its progress (a "Refresh" link without JavaScript; htmx polls it every 3 seconds
 * with JavaScript on — not a meta refresh, which takes control of the page away from its reader and
 * fails WCAG 2.2.1), then compares the current rota with the plan and offers "Accept" and "Discard". For co-ordinators at their own
 * keyboard; anyone else gets the 403 page.
 */
@Controller
class PlanningController {

    private final Optimising optimising;
    private final OptimisationView view;
    private final Clock clock;

    PlanningController(Optimising optimising, OptimisationView view, Clock clock) {
        this.optimising = optimising;
        this.view = view;
        this.clock = clock;
    }

    /** A choice in a list: its value and what it shows. */
    record Choice(String value, String label) {}

    /** A radio option: its value and the message key of its label. */
    record Option(String value, String labelKey) {}

    /** A recent job in the list. */
    record Recent(UUID id, String area, String period, String status, String requested) {}

    @GetMapping("/planning")
    String index(Model model) {
        OptimiseForm form = new OptimiseForm();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        form.setDay(String.valueOf(tomorrow.getDayOfMonth()));
        form.setMonth(String.valueOf(tomorrow.getMonthValue()));
        form.setYear(String.valueOf(tomorrow.getYear()));
        model.addAttribute("optimiseForm", form);
        return page(model);
    }

    @PostMapping("/planning")
    String optimise(@ModelAttribute OptimiseForm optimiseForm, BindingResult errors, Model model) {
        Caller caller = caller();
        LocalDate from = date(optimiseForm, errors);
        if (optimiseForm.getArea().isBlank()) {
            errors.rejectValue("area", "planning.error.area.missing");
        }
        if (from != null && from.isBefore(LocalDate.now(clock))) {
            errors.rejectValue("day", "planning.error.from_past");
        }
        if (!optimiseForm.getLength().equals("day") && !optimiseForm.getLength().equals("week")) {
            errors.rejectValue("length", "planning.error.length");
        }
        if (errors.hasErrors() || from == null) {
            return page(model);
        }
        LocalDate to = optimiseForm.getLength().equals("week") ? from.plusDays(Optimising.LONGEST_DAYS - 1) : from;
        try {
            UUID id = optimising.start(caller, optimiseForm.getArea(), from, to);
            return "redirect:/planning/optimisations/" + id;
        } catch (Optimising.Refused refused) {
            String field = refused.refusal().field().equals("area") ? "area" : "day";
            errors.rejectValue(
                    field, "planning.error." + refused.refusal().name().toLowerCase(Locale.ROOT));
        } catch (AlreadyOptimising running) {
            errors.rejectValue("area", "planning.error.running", new Object[] {running.area()}, null);
        }
        return page(model);
    }

    @GetMapping("/planning/optimisations/{id}")
    String optimisation(@PathVariable UUID id, Model model) {
        Optimisation job = optimising.find(caller(), id);
        model.addAttribute("job", job);
        model.addAttribute("period", view.period(job));
        model.addAttribute("elapsed", OptimisationView.duration(job.elapsedMs() / 1000));
        if (job.comparison() != null) {
            model.addAttribute("figures", view.figures(job.comparison()));
            model.addAttribute("changes", view.changes(job.comparison()));
        }
        return "planning/optimisation";
    }

    @PostMapping("/planning/optimisations/{id}/accept")
    String accept(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        try {
            optimising.accept(caller(), id);
        } catch (RotaChanged changed) {
            model.addAttribute("acceptError", changed.getMessage());
            return optimisation(id, model);
        }
        redirect.addFlashAttribute("banner", "planning.accepted");
        return "redirect:/planning/optimisations/" + id;
    }

    @PostMapping("/planning/optimisations/{id}/discard")
    String discard(@PathVariable UUID id, RedirectAttributes redirect) {
        optimising.discard(caller(), id);
        redirect.addFlashAttribute("banner", "planning.discarded");
        return "redirect:/planning/optimisations/" + id;
    }

    @ExceptionHandler(Optimising.NoSuchOptimisation.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(Optimising.NotDecidable.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String notDecidable(Optimising.NotDecidable refused, Model model) {
        model.addAttribute("message", "planning.error.notDecidable");
        return "planning/refused";
    }

    private String page(Model model) {
        Caller caller = caller();
        model.addAttribute(
                "areas",
                optimising.areas(caller).stream().map(a -> new Choice(a, a)).toList());
        model.addAttribute(
                "lengths",
                List.of(new Option("day", "planning.length.day"), new Option("week", "planning.length.week")));
        model.addAttribute(
                "recent",
                optimising.recent(caller).stream()
                        .map(j -> new Recent(j.id(), j.area(), view.period(j), j.status(), view.when(j.requestedAt())))
                        .toList());
        return "planning/index";
    }

    private static @Nullable LocalDate date(OptimiseForm form, BindingResult errors) {
        if (form.getDay().isBlank()
                && form.getMonth().isBlank()
                && form.getYear().isBlank()) {
            errors.rejectValue("day", "planning.error.date.missing");
            return null;
        }
        try {
            int year = number(form.getYear());
            if (year < 1900 || year > 9999) {
                throw new DateTimeException("year out of range");
            }
            return LocalDate.of(year, number(form.getMonth()), number(form.getDay()));
        } catch (DateTimeException | NumberFormatException e) {
            errors.rejectValue("day", "planning.error.date.real");
            return null;
        }
    }

    private static int number(String text) {
        String tidy = text.strip();
        if (tidy.isEmpty() || tidy.length() > 4 || !tidy.chars().allMatch(Character::isDigit)) {
            throw new NumberFormatException("not a number");
        }
        return Integer.parseInt(tidy);
    }

    static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
