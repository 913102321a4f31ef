package org.carecoop.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.carecoop.people.Role;
import org.carecoop.people.internal.WorkerAvailability;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A worker, volunteer or peer supporter says when they can usually work: up to two times a day, on
 * the hour, chosen from lists so it works on a small phone and without JavaScript. Matching uses it.
 */
@Controller
@RequestMapping("/availability")
class AvailabilityController {

    /** One day of the form: its name and the first of its two slots. */
    record Day(String nameKey, int firstSlot) {}

    /** An hour to choose: the submitted value and the text shown. */
    record Hour(String value, String label) {}

    private static final List<Day> DAYS = IntStream.range(0, 7)
            .mapToObj(d ->
                    new Day("availability.day." + AvailabilityForm.day(d * 2).name(), d * 2))
            .toList();
    private static final List<Hour> FROM_HOURS = IntStream.range(0, 24)
            .mapToObj(h -> new Hour(String.valueOf(h), String.format(Locale.ROOT, "%02d:00", h)))
            .toList();
    private static final List<Hour> TO_HOURS = IntStream.rangeClosed(1, 24)
            .mapToObj(h -> new Hour(String.valueOf(h), String.format(Locale.ROOT, "%02d:00", h)))
            .toList();

    private final WorkerAvailability availability;
    private final MessageSource messages;

    AvailabilityController(WorkerAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        Caller caller = requireWorker();
        WeeklyPattern pattern = availability.of(caller.accountId());
        model.addAttribute("availabilityForm", AvailabilityForm.of(pattern));
        return page(model, pattern);
    }

    @PostMapping
    String save(
            @ModelAttribute AvailabilityForm availabilityForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = requireWorker();
        List<WeeklyPattern.Window> windows = new ArrayList<>();
        for (Day day : DAYS) {
            int[] first = window(availabilityForm, day, day.firstSlot(), errors);
            int[] second = window(availabilityForm, day, day.firstSlot() + 1, errors);
            if (first != null && second != null && first[0] < second[1] && second[0] < first[1]) {
                errors.rejectValue(
                        "from[" + (day.firstSlot() + 1) + "]", "availability.error.overlap", args(day, null), null);
            }
            if (first != null) {
                windows.add(AvailabilityForm.window(day.firstSlot(), first[0], first[1]));
            }
            if (second != null) {
                windows.add(AvailabilityForm.window(day.firstSlot() + 1, second[0], second[1]));
            }
        }
        if (errors.hasErrors()) {
            return page(model, availability.of(caller.accountId()));
        }
        availability.save(caller, WeeklyPattern.of(windows));
        redirect.addFlashAttribute("flash", "availability.saved");
        return "redirect:/availability";
    }

    /** The slot's hours, or null when it is empty or wrong (then rejected at its field). */
    private int @Nullable [] window(AvailabilityForm form, Day day, int slot, BindingResult errors) {
        String window =
                slot == day.firstSlot() ? "availability.window.first.lower" : "availability.window.second.lower";
        String fromField = "from[" + slot + "]";
        String toField = "to[" + slot + "]";
        Integer from = hour(form.getFrom()[slot], 0, 23);
        Integer to = hour(form.getTo()[slot], 1, 24);
        boolean fromGiven = !form.getFrom()[slot].isBlank();
        boolean toGiven = !form.getTo()[slot].isBlank();
        if (fromGiven && from == null) {
            errors.rejectValue(fromField, "availability.error.unknown", args(day, null), null);
        }
        if (toGiven && to == null) {
            errors.rejectValue(toField, "availability.error.unknown", args(day, null), null);
        }
        if (fromGiven != toGiven) {
            if (fromGiven && to == null && !toGiven) {
                errors.rejectValue(toField, "availability.error.to", args(day, window), null);
            }
            if (toGiven && from == null && !fromGiven) {
                errors.rejectValue(fromField, "availability.error.from", args(day, window), null);
            }
            return null;
        }
        if (from == null || to == null) {
            return null;
        }
        if (to <= from) {
            errors.rejectValue(toField, "availability.error.order", args(day, window), null);
            return null;
        }
        return new int[] {from, to};
    }

    private Object[] args(Day day, @Nullable String windowKey) {
        String dayName = messages.getMessage(day.nameKey(), null, Locale.UK);
        return windowKey == null
                ? new Object[] {dayName}
                : new Object[] {dayName, messages.getMessage(windowKey, null, Locale.UK)};
    }

    private static @Nullable Integer hour(String value, int min, int max) {
        String tidy = value.strip();
        if (tidy.isEmpty() || tidy.length() > 2 || !tidy.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int hour = Integer.parseInt(tidy);
        return hour < min || hour > max ? null : hour;
    }

    private String page(Model model, WeeklyPattern saved) {
        model.addAttribute("days", DAYS);
        model.addAttribute("fromHours", FROM_HOURS);
        model.addAttribute("toHours", TO_HOURS);
        model.addAttribute("savedHours", saved.hours());
        return "people/availability";
    }

    private static Caller requireWorker() {
        Caller caller = Caller.current().orElseThrow();
        if (!caller.hasRole(Role.WORKER.name())
                && !caller.hasRole(Role.VOLUNTEER.name())
                && !caller.hasRole(Role.PEER_SUPPORTER.name())) {
            throw new AccessDeniedException("Only workers, volunteers and peer supporters say when they can work");
        }
        return caller;
    }
}
