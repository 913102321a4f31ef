package org.carecoop.matching.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.internal.Exclusions;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.KnownWorkers;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Please don't send … again" (CH4): the workers a person asked not to be sent, each with "Remove",
 * and adding one of the workers who visited them, had an arrangement or an introduction with them.
 * Every look and change goes through {@link RequestAccess}, which records it in the person's access
 * log.
 */
@Controller
class ExclusionController {

    private final Exclusions exclusions;
    private final KnownWorkers known;
    private final Introductions introductions;
    private final RequestAccess access;
    private final Clock clock;

    ExclusionController(
            Exclusions exclusions, KnownWorkers known, Introductions introductions, RequestAccess access, Clock clock) {
        this.exclusions = exclusions;
        this.known = known;
        this.introductions = introductions;
        this.access = access;
        this.clock = clock;
    }

    /** The worker to add to the list. */
    public static class ExclusionForm {

        private String workerId = "";

        public String getWorkerId() {
            return workerId;
        }

        public void setWorkerId(String workerId) {
            this.workerId = workerId;
        }
    }

    /** A worker on the list or to choose from, by name only. */
    record Named(UUID id, String name) {}

    @GetMapping("/people/{personId}/exclusions")
    String list(@PathVariable String personId, Model model) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        if (!access.mayRead(caller, person)) {
            throw new AccessDeniedException("may not read this person's exclusions");
        }
        model.addAttribute("exclusionForm", new ExclusionForm());
        return page(caller, person, model);
    }

    @PostMapping("/people/{personId}/exclusions")
    String add(
            @PathVariable String personId,
            @ModelAttribute ExclusionForm exclusionForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        requireAct(caller, person);
        if (exclusionForm.getWorkerId().isBlank()) {
            errors.rejectValue("workerId", "exclusions.workerId.required");
            return page(caller, person, model);
        }
        Optional<UUID> worker = IntroductionController.parse(exclusionForm.getWorkerId())
                .filter(id -> candidates(person).stream().anyMatch(c -> c.id().equals(id)));
        if (worker.isEmpty()) {
            errors.rejectValue("workerId", "exclusions.workerId.unknown");
            return page(caller, person, model);
        }
        exclusions.add(person, worker.get(), Side.PERSON, caller.actorId(), clock.instant());
        redirect.addFlashAttribute("flash", "exclusions.added");
        return "redirect:/people/" + person + "/exclusions";
    }

    @PostMapping("/people/{personId}/exclusions/{workerId}/remove")
    String remove(@PathVariable String personId, @PathVariable String workerId, RedirectAttributes redirect) {
        UUID person = IntroductionController.id(personId);
        requireAct(IntroductionController.caller(), person);
        UUID worker = IntroductionController.id(workerId);
        if (exclusions.removeByPerson(person, worker)) {
            redirect.addFlashAttribute("flash", "exclusions.removed");
        }
        return "redirect:/people/" + person + "/exclusions";
    }

    private String page(Caller caller, UUID person, Model model) {
        model.addAttribute("personId", person);
        model.addAttribute("personName", IntroductionController.firstName(introductions.name(person)));
        model.addAttribute(
                "excluded",
                exclusions.byPerson(person).stream()
                        .map(id -> new Named(id, introductions.name(id)))
                        .toList());
        model.addAttribute("candidates", candidates(person));
        model.addAttribute("mayAct", access.mayAct(caller, person));
        return "matching/exclusions";
    }

    /** The workers the person knows and has not asked not to send again. */
    private List<Named> candidates(UUID person) {
        Set<UUID> excluded = exclusions.byPerson(person).stream().collect(Collectors.toSet());
        return known.of(person).stream()
                .filter(k -> !excluded.contains(k.workerId()))
                .map(k -> new Named(k.workerId(), k.name()))
                .toList();
    }

    private void requireAct(Caller caller, UUID person) {
        if (!access.mayAct(caller, person)) {
            throw new AccessDeniedException("may not act for this person");
        }
    }
}
