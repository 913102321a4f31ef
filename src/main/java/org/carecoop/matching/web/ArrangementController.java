package org.carecoop.matching.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.RequestAccess;
import org.carecoop.matching.internal.Arrangements;
import org.carecoop.matching.internal.IntroductionException;
import org.carecoop.matching.internal.IntroductionState.Side;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.platform.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's current and past arrangements, and ending one, by either side, after a confirmation
 * step ("no fault, no blame"); the side ending it may ask not to be matched with the other again.
 */
@Controller
class ArrangementController {

    private final Arrangements arrangements;
    private final Introductions introductions;
    private final RequestAccess access;
    private final ZoneId zone;

    ArrangementController(Arrangements arrangements, Introductions introductions, RequestAccess access, Clock clock) {
        this.arrangements = arrangements;
        this.introductions = introductions;
        this.access = access;
        this.zone = clock.getZone();
    }

    /** Whether the side ending it asks not to be matched again. */
    public static class EndForm {

        private boolean dontMatchAgain;

        public boolean isDontMatchAgain() {
            return dontMatchAgain;
        }

        public void setDontMatchAgain(boolean dontMatchAgain) {
            this.dontMatchAgain = dontMatchAgain;
        }
    }

    /** An arrangement in the person's list. */
    record Row(UUID id, String name, String since, boolean active) {}

    @GetMapping("/people/{personId}/arrangements")
    String ofPerson(@PathVariable String personId, Model model) {
        UUID person = IntroductionController.id(personId);
        Caller caller = IntroductionController.caller();
        if (!access.mayRead(caller, person)) {
            throw new AccessDeniedException("may not read this person's arrangements");
        }
        List<Row> rows = arrangements.ofPerson(person).stream()
                .map(a -> new Row(
                        a.id(),
                        introductions.name(a.workerId()),
                        IntroductionController.DATE.format(a.startedAt().atZone(zone)),
                        a.active()))
                .toList();
        model.addAttribute("personId", person);
        model.addAttribute("personName", introductions.name(person));
        model.addAttribute("current", rows.stream().filter(Row::active).toList());
        model.addAttribute("past", rows.stream().filter(r -> !r.active()).toList());
        model.addAttribute("mayAct", access.mayAct(caller, person));
        return "matching/arrangements";
    }

    @GetMapping("/arrangements/{arrangementId}/end")
    String confirm(@PathVariable String arrangementId, Model model) {
        Arrangement arrangement = active(IntroductionController.id(arrangementId));
        Side side = arrangements.sideOf(IntroductionController.caller(), arrangement);
        model.addAttribute("endForm", new EndForm());
        return confirmPage(arrangement, side, model);
    }

    @PostMapping("/arrangements/{arrangementId}/end")
    String end(
            @PathVariable String arrangementId,
            @ModelAttribute EndForm endForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = IntroductionController.caller();
        Arrangement arrangement = active(IntroductionController.id(arrangementId));
        Side side = arrangements.sideOf(caller, arrangement);
        if (errors.hasErrors()) {
            // A value that is not a tick: the message for a box that is not a yes or no.
            return confirmPage(arrangement, side, model);
        }
        try {
            arrangements.end(caller, arrangement.id(), endForm.isDontMatchAgain());
        } catch (IntroductionException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        redirect.addFlashAttribute("flash", "arrangements.end.done");
        return side == Side.WORKER
                ? "redirect:/introductions"
                : "redirect:/people/" + arrangement.personId() + "/arrangements";
    }

    private String confirmPage(Arrangement arrangement, Side side, Model model) {
        UUID other = side == Side.WORKER ? arrangement.personId() : arrangement.workerId();
        model.addAttribute("arrangementId", arrangement.id());
        model.addAttribute("otherName", introductions.name(other));
        model.addAttribute("excludeKey", "arrangements.end.exclude." + (side == Side.WORKER ? "worker" : "person"));
        model.addAttribute(
                "backHref",
                side == Side.WORKER ? "/introductions" : "/people/" + arrangement.personId() + "/arrangements");
        return "matching/arrangement-end";
    }

    private Arrangement active(UUID arrangementId) {
        return arrangements
                .find(arrangementId)
                .filter(Arrangement::active)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
