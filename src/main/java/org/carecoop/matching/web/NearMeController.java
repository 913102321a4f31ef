package org.carecoop.matching.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.internal.Matchmaking;
import org.carecoop.matching.internal.Matchmaking.NearbyRequest;
import org.carecoop.matching.internal.ReasonTexts;
import org.carecoop.matching.internal.WorkerCard;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workers' side of matching (CH3): open requests near them that they suit, one request's summary,
 * and saying "I'm interested". Only workers, volunteers and peer supporters; every summary seen is
 * recorded in the person's access log.
 */
@Controller
class NearMeController {

    private final Matchmaking matchmaking;
    private final ReasonTexts texts;

    NearMeController(Matchmaking matchmaking, ReasonTexts texts) {
        this.matchmaking = matchmaking;
        this.texts = texts;
    }

    @GetMapping("/matching/near-me")
    String nearMe(Model model) {
        Caller caller = Caller.current().orElseThrow();
        var requests = matchmaking.nearMe(caller).stream()
                .map(n -> RequestSummary.of(n, texts))
                .toList();
        model.addAttribute("requests", requests);
        model.addAttribute(
                "placeKnown", matchmaking.card(caller).map(WorkerCard::home).isPresent());
        return "matching/near-me";
    }

    @GetMapping("/matching/requests/{requestId}")
    String request(@PathVariable String requestId, Model model) {
        model.addAttribute("interestForm", new InterestForm());
        return page(requestId, model);
    }

    @PostMapping("/matching/requests/{requestId}/interest")
    String interested(
            @PathVariable String requestId,
            @Valid @ModelAttribute InterestForm interestForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        UUID id = ShortlistController.uuid(requestId);
        if (errors.hasErrors()) {
            return page(requestId, model);
        }
        if (!matchmaking.interested(caller, id)) {
            throw ShortlistController.notFound();
        }
        redirect.addFlashAttribute("interestSaved", true);
        return "redirect:/matching/requests/" + id;
    }

    private String page(String requestId, Model model) {
        Caller caller = Caller.current().orElseThrow();
        NearbyRequest found = matchmaking
                .nearbyRequest(caller, ShortlistController.uuid(requestId))
                .orElseThrow(ShortlistController::notFound);
        model.addAttribute("summary", RequestSummary.of(found, texts));
        model.addAttribute("interestFlags", List.of(new Flag("confirm", "request.interest.confirm")));
        return "matching/shared-request";
    }
}
