package org.carecoop.matching.web;

import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.carecoop.matching.Activity;
import org.carecoop.matching.internal.Activities;
import org.carecoop.matching.internal.ActivityEditing;
import org.carecoop.people.Condition;
import org.carecoop.people.FreeText;
import org.carecoop.people.OutcomeSought;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
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
 * Groups and activities people may join (CH5): everyone signed in sees the running ones; co-ordinators
 * at their own keyboard add and change them, and see those that have stopped too.
 */
@Controller
@RequestMapping("/activities")
class ActivitiesController {

    private final Activities activities;
    private final ActivityEditing editing;
    private final Texts texts;

    ActivitiesController(Activities activities, ActivityEditing editing, Texts texts) {
        this.activities = activities;
        this.editing = editing;
        this.texts = texts;
    }

    /** One activity in the list, in words. */
    record Line(
            UUID id,
            String name,
            String description,
            String organiser,
            String place,
            List<String> meets,
            List<String> interests,
            List<String> conditions,
            boolean active) {}

    /** A day in the form: its name and its two fields. */
    record Day(String name, String from, String to) {}

    @GetMapping
    String list(Model model) {
        boolean editor = ActivityEditing.mayEdit(caller());
        List<Line> lines = (editor ? activities.all() : activities.active())
                .stream()
                        .map(a -> new Line(
                                a.id(),
                                a.name(),
                                a.description(),
                                a.organiser(),
                                a.placeText() + (a.district() == null ? "" : " (" + a.district() + ")"),
                                texts.times(a.meets()),
                                a.interests(),
                                a.conditions().stream()
                                        .map(c -> texts.label("condition", c))
                                        .sorted()
                                        .toList(),
                                a.active()))
                        .toList();
        model.addAttribute("lines", lines);
        model.addAttribute("editor", editor);
        return "matching/activities";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        requireEditor();
        ActivityForm form = new ActivityForm();
        form.setActive("yes");
        model.addAttribute("activityForm", form);
        return formPage(null, model);
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute ActivityForm activityForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = requireEditor();
        Optional<Activity> activity = read(UUID.randomUUID(), activityForm, errors);
        if (activity.isEmpty()) {
            return formPage(null, model);
        }
        editing.save(caller, activity.get());
        redirect.addFlashAttribute("flash", "activities.flash.added");
        return "redirect:/activities";
    }

    @GetMapping("/{activityId}/edit")
    String editForm(@PathVariable UUID activityId, Model model) {
        requireEditor();
        Activity a = activities.find(activityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ActivityForm form = new ActivityForm();
        form.setName(a.name());
        form.setDescription(a.description());
        form.setOrganiser(a.organiser());
        form.setPlaceText(a.placeText());
        form.setPostcode(a.postcode() == null ? "" : a.postcode());
        for (Window w : a.meets().windows()) {
            int day = w.day().getValue() - 1;
            form.setHour(day, true, String.valueOf(w.start().getHour()));
            form.setHour(day, false, String.valueOf(w.start().getHour() + w.length()));
        }
        form.setInterests(FreeText.join(a.interests()));
        form.setOutcomes(new ArrayList<>(a.outcomes().stream().map(Enum::name).toList()));
        form.setConditions(
                new ArrayList<>(a.conditions().stream().map(Enum::name).toList()));
        form.setActive(a.active() ? "yes" : "no");
        model.addAttribute("activityForm", form);
        return formPage(activityId, model);
    }

    @PostMapping("/{activityId}/edit")
    String update(
            @PathVariable UUID activityId,
            @Valid @ModelAttribute ActivityForm activityForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = requireEditor();
        activities.find(activityId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<Activity> activity = read(activityId, activityForm, errors);
        if (activity.isEmpty()) {
            return formPage(activityId, model);
        }
        editing.save(caller, activity.get());
        redirect.addFlashAttribute("flash", "activities.flash.saved");
        return "redirect:/activities";
    }

    /** The activity the form describes, or empty with every problem rejected at its field. */
    private Optional<Activity> read(UUID id, ActivityForm form, BindingResult errors) {
        String postcode = null;
        if (!errors.hasFieldErrors("postcode") && !form.getPostcode().isBlank()) {
            Optional<Postcode> parsed = Postcode.parse(form.getPostcode());
            if (parsed.isEmpty()) {
                errors.rejectValue("postcode", "activities.postcode.format");
            } else if (editing.locate(parsed.get()).isEmpty()) {
                errors.rejectValue("postcode", "activities.postcode.unknown");
            } else {
                postcode = parsed.get().value();
            }
        }
        List<Window> windows = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            String fromText = form.hour(day, true).strip();
            String toText = form.hour(day, false).strip();
            if (fromText.isEmpty() && toText.isEmpty()) {
                continue;
            }
            Object[] dayName = {Texts.plural(DayOfWeek.of(day + 1))};
            Optional<Integer> from = hour(fromText, 0, 23);
            Optional<Integer> to = hour(toText, 1, 24);
            if (from.isEmpty()) {
                errors.rejectValue(ActivityForm.hourField(day, true), "activities.window.from", dayName, null);
            } else if (to.isEmpty()) {
                errors.rejectValue(ActivityForm.hourField(day, false), "activities.window.to", dayName, null);
            } else if (to.get() <= from.get()) {
                errors.rejectValue(ActivityForm.hourField(day, false), "activities.window.order", dayName, null);
            } else {
                windows.add(new Window(
                        DayOfWeek.of(day + 1),
                        LocalTime.of(from.get(), 0),
                        to.get() == 24 ? LocalTime.MIDNIGHT : LocalTime.of(to.get(), 0)));
            }
        }
        if (windows.isEmpty()) {
            boolean anyTimeError = IntStream.range(0, 7)
                    .anyMatch(d -> errors.hasFieldErrors(ActivityForm.hourField(d, true))
                            || errors.hasFieldErrors(ActivityForm.hourField(d, false)));
            if (!anyTimeError) {
                errors.rejectValue("monFrom", "activities.meets.required");
            }
        }
        List<String> interests = List.of();
        if (!errors.hasFieldErrors("interests")) {
            try {
                interests =
                        FreeText.interests(FreeText.split(form.getInterests()), Activity.INTERESTS_MAX, "Interests");
            } catch (IllegalArgumentException e) {
                errors.rejectValue(
                        "interests",
                        "requests.interests.words",
                        new Object[] {Activity.INTERESTS_MAX, FreeText.WORD_MAX},
                        null);
            }
        }
        Set<OutcomeSought> outcomes =
                names(OutcomeSought.class, form.getOutcomes(), "outcomes", "requests.outcomes.unknown", errors);
        Set<Condition> conditions =
                names(Condition.class, form.getConditions(), "conditions", "activities.conditions.unknown", errors);
        boolean active = "yes".equals(form.getActive());
        if (!active && !"no".equals(form.getActive())) {
            errors.rejectValue("active", "activities.active.required");
        }
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new Activity(
                id,
                form.getName().strip(),
                FreeText.text(form.getDescription(), Activity.DESCRIPTION_MAX, "Description"),
                form.getOrganiser().strip(),
                form.getPlaceText().strip(),
                postcode,
                null,
                null,
                WeeklyPattern.of(windows),
                interests,
                outcomes,
                conditions,
                active));
    }

    private static <E extends Enum<E>> Set<E> names(
            Class<E> type, List<String> names, String field, String key, BindingResult errors) {
        Set<E> values = EnumSet.noneOf(type);
        if (errors.hasFieldErrors(field)) {
            return values;
        }
        for (String name : names) {
            Optional<E> value = RequestFormReader.choice(type, name);
            if (value.isEmpty()) {
                errors.rejectValue(field, key);
                return values;
            }
            values.add(value.get());
        }
        return values;
    }

    private static Optional<Integer> hour(String text, int min, int max) {
        if (!text.matches("[0-9]{1,2}")) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(text);
        return hour >= min && hour <= max ? Optional.of(hour) : Optional.empty();
    }

    private String formPage(UUID activityId, Model model) {
        model.addAttribute("activityId", activityId);
        model.addAttribute(
                "days",
                IntStream.range(0, 7)
                        .mapToObj(d -> new Day(
                                Texts.plural(DayOfWeek.of(d + 1)),
                                ActivityForm.hourField(d, true),
                                ActivityForm.hourField(d, false)))
                        .toList());
        model.addAttribute("fromHours", hours(0, 23));
        model.addAttribute("toHours", hours(1, 24));
        model.addAttribute(
                "outcomeOptions",
                Arrays.stream(OutcomeSought.values())
                        .map(o -> new RequestsController.Choice(
                                o.name(), "outcome." + o.name().toLowerCase(Locale.ROOT)))
                        .toList());
        model.addAttribute(
                "conditionOptions",
                Arrays.stream(Condition.values())
                        .map(c -> new RequestsController.Choice(
                                c.name(), "condition." + c.name().toLowerCase(Locale.ROOT)))
                        .toList());
        model.addAttribute(
                "activeOptions",
                List.of(
                        new RequestsController.Choice("yes", "activities.active.yes"),
                        new RequestsController.Choice("no", "activities.active.no")));
        return "matching/activity-form";
    }

    private List<RequestsController.NamedChoice> hours(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(h -> new RequestsController.NamedChoice(
                        String.valueOf(h),
                        h == 24 ? texts.text("requests.times.midnight") : String.format("%02d:00", h)))
                .toList();
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }

    private static Caller requireEditor() {
        Caller caller = caller();
        if (!ActivityEditing.mayEdit(caller)) {
            throw new AccessDeniedException("only co-ordinators change activities");
        }
        return caller;
    }
}
