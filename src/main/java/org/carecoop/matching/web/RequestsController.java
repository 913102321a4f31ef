package org.carecoop.matching.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.carecoop.matching.RequestDraft;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.internal.RequestService;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's support requests (CH3): the list with "Ask for support", the form to make or change
 * one, its page in plain words, and closing it. The person, someone they let change their plans and
 * outcomes, or a co-ordinator acting for them may make and change requests; those who may read their
 * plans may see them. {@link RequestService} decides.
 */
@Controller
@RequestMapping("/people/{personId}/requests")
class RequestsController {

    private final RequestService requests;
    private final Texts texts;
    private final Clock clock;
    private final ZoneId zone;

    RequestsController(RequestService requests, Texts texts, Clock clock) {
        this.requests = requests;
        this.texts = texts;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** A choice in a list: the submitted value and the message key of its label. */
    record Choice(String value, String labelKey) {}

    /** A choice whose label is already text. */
    record NamedChoice(String value, String label) {}

    /** A day of the week in the form: its name and the fields of its two windows. */
    record Day(String name, String from1, String to1, String from2, String to2) {}

    /** One request in the list. */
    record Line(UUID id, String title, boolean open, List<String> when) {}

    /** One request as its page says it. */
    record View(
            SupportRequest request,
            List<String> when,
            List<String> hours,
            List<String> tasks,
            List<String> outcomes,
            List<String> preferences,
            List<String> prefers,
            List<String> shared,
            List<String> place,
            List<String> details) {}

    @GetMapping
    String list(@PathVariable UUID personId, Model model) {
        Caller caller = caller();
        List<Line> lines = requests.list(caller, personId).stream()
                .map(r -> new Line(r.id(), r.title(), r.isOpen(), texts.when(r, zone)))
                .toList();
        model.addAttribute("lines", lines);
        person(personId, model);
        return "matching/requests";
    }

    @GetMapping("/new")
    String newForm(@PathVariable UUID personId, Model model) {
        PersonProfile profile = requests.startingPoint(caller(), personId);
        RequestForm form = new RequestForm();
        RequestFormReader.prefill(form, profile);
        model.addAttribute("requestForm", form);
        return formPage(personId, null, profile, model);
    }

    @PostMapping("/new")
    String create(
            @PathVariable UUID personId,
            @Valid @ModelAttribute RequestForm requestForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = caller();
        // Who may act comes before what they sent: others learn nothing from a validation message.
        PersonProfile profile = requests.startingPoint(caller, personId);
        Optional<RequestDraft> draft = reader().read(requestForm, errors);
        if (draft.isEmpty()) {
            return formPage(personId, null, profile, model);
        }
        SupportRequest created = requests.create(caller, personId, draft.get());
        redirect.addFlashAttribute("flash", "requests.flash.created");
        return "redirect:/people/" + personId + "/requests/" + created.id();
    }

    @GetMapping("/{requestId}")
    String show(@PathVariable UUID personId, @PathVariable UUID requestId, Model model) {
        SupportRequest r = requests.read(caller(), personId, requestId);
        model.addAttribute(
                "view",
                new View(
                        r,
                        texts.when(r, zone),
                        List.of(texts.text(
                                r.kind() == SupportRequest.Kind.WEEKLY
                                        ? "requests.hours.weekly"
                                        : "requests.hours.oneOff",
                                r.hoursWanted())),
                        texts.tasks(r),
                        texts.outcomes(r),
                        texts.preferences(r),
                        List.of(texts.label("requests.prefers", r.prefers())),
                        List.of(texts.text(
                                r.sharedWithWorkers() ? "requests.shared.yes.short" : "requests.shared.no.short")),
                        r.district() == null ? List.of() : List.of(r.district()),
                        r.details().isEmpty() ? List.of() : List.of(r.details())));
        person(personId, model);
        return "matching/request";
    }

    @GetMapping("/{requestId}/edit")
    String editForm(@PathVariable UUID personId, @PathVariable UUID requestId, Model model) {
        Caller caller = caller();
        PersonProfile profile = requests.startingPoint(caller, personId);
        SupportRequest r = openRequest(caller, personId, requestId);
        RequestForm form = new RequestForm();
        reader().fill(form, r);
        model.addAttribute("requestForm", form);
        return formPage(personId, requestId, profile, model);
    }

    @PostMapping("/{requestId}/edit")
    String update(
            @PathVariable UUID personId,
            @PathVariable UUID requestId,
            @Valid @ModelAttribute RequestForm requestForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = caller();
        PersonProfile profile = requests.startingPoint(caller, personId);
        openRequest(caller, personId, requestId);
        Optional<RequestDraft> draft = reader().read(requestForm, errors);
        if (draft.isEmpty()) {
            return formPage(personId, requestId, profile, model);
        }
        requests.update(caller, personId, requestId, draft.get());
        redirect.addFlashAttribute("flash", "requests.flash.updated");
        return "redirect:/people/" + personId + "/requests/" + requestId;
    }

    @PostMapping("/{requestId}/close")
    String close(@PathVariable UUID personId, @PathVariable UUID requestId, RedirectAttributes redirect) {
        requests.close(caller(), personId, requestId);
        redirect.addFlashAttribute("flash", "requests.flash.closed");
        return "redirect:/people/" + personId + "/requests";
    }

    @ExceptionHandler(RequestService.RequestNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    private SupportRequest openRequest(Caller caller, UUID personId, UUID requestId) {
        SupportRequest r = requests.read(caller, personId, requestId);
        if (!r.isOpen()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "closed");
        }
        return r;
    }

    private String formPage(UUID personId, UUID requestId, PersonProfile profile, Model model) {
        person(personId, model);
        model.addAttribute("requestId", requestId);
        model.addAttribute("knowsWhere", requests.knowsWhere(personId));
        model.addAttribute(
                "days",
                IntStream.range(0, 7)
                        .mapToObj(d -> new Day(
                                Texts.plural(java.time.DayOfWeek.of(d + 1)),
                                RequestForm.hourField(d, 1, true),
                                RequestForm.hourField(d, 1, false),
                                RequestForm.hourField(d, 2, true),
                                RequestForm.hourField(d, 2, false)))
                        .toList());
        model.addAttribute(
                "dayNames",
                java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(Texts::plural)
                        .toList());
        model.addAttribute("fromHours", hours(0, 23));
        model.addAttribute("toHours", hours(1, 24));
        model.addAttribute(
                "kindOptions",
                List.of(new Choice("WEEKLY", "requests.kind.weekly"), new Choice("ONE_OFF", "requests.kind.one_off")));
        model.addAttribute(
                "taskOptions",
                RequestFormReader.TASKS.stream()
                        .map(s ->
                                new Choice(s.name(), "requests.task." + s.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        model.addAttribute(
                "outcomeOptions",
                java.util.Arrays.stream(OutcomeSought.values())
                        .map(o -> new Choice(o.name(), "outcome." + o.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        model.addAttribute(
                "strengthOptions",
                List.of(
                        new Choice("NOT_IMPORTANT", "requests.strength.not_important"),
                        new Choice("WOULD_LIKE", "requests.strength.would_like"),
                        new Choice("MUST", "requests.strength.must")));
        model.addAttribute(
                "genderOptions",
                java.util.Arrays.stream(Gender.values())
                        .filter(g -> g != Gender.NOT_SAID)
                        .map(g -> new NamedChoice(g.name(), texts.label("gender", g)))
                        .toList());
        List<Condition> conditions = new ArrayList<>(profile.conditions());
        java.util.Arrays.stream(Condition.values())
                .filter(c -> !conditions.contains(c))
                .forEach(conditions::add);
        model.addAttribute(
                "conditionOptions",
                conditions.stream()
                        .map(c -> new NamedChoice(c.name(), texts.label("condition", c)))
                        .toList());
        model.addAttribute(
                "skillOptions",
                RequestFormReader.TASKS.stream()
                        .map(s -> new NamedChoice(s.name(), texts.label("skill", s)))
                        .toList());
        model.addAttribute(
                "prefersOptions",
                java.util.Arrays.stream(SupportRequest.Prefers.values())
                        .map(p -> new Choice(
                                p.name(), "requests.prefers." + p.name().toLowerCase(java.util.Locale.ROOT)))
                        .toList());
        model.addAttribute(
                "sharedOptions",
                List.of(new Choice("yes", "requests.shared.yes"), new Choice("no", "requests.shared.no")));
        return "matching/request-form";
    }

    private List<NamedChoice> hours(int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(h -> new NamedChoice(
                        String.valueOf(h),
                        h == 24 ? texts.text("requests.times.midnight") : String.format("%02d:00", h)))
                .toList();
    }

    private void person(UUID personId, Model model) {
        Caller caller = caller();
        model.addAttribute("personId", personId);
        model.addAttribute("personName", requests.nameOf(personId));
        model.addAttribute("own", caller.accountId().equals(personId));
    }

    private RequestFormReader reader() {
        return new RequestFormReader(zone, clock.instant());
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
