package org.carecoop.matching.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.internal.MinimumTiers;
import org.carecoop.matching.internal.RequestService;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's matching settings: the lowest vetting tier of worker they accept (CH2), read by those
 * who may see their plans and changed by those who may change them.
 */
@Controller
@RequestMapping("/people/{personId}/matching-settings")
class MatchingSettingsController {

    private static final List<RequestsController.Choice> TIERS = List.of(
            new RequestsController.Choice("1", "settings.tier.1"),
            new RequestsController.Choice("2", "settings.tier.2"),
            new RequestsController.Choice("0", "settings.tier.0"));

    private final MinimumTiers tiers;
    private final RequestService requests;

    MatchingSettingsController(MinimumTiers tiers, RequestService requests) {
        this.tiers = tiers;
        this.requests = requests;
    }

    @GetMapping
    String show(@PathVariable UUID personId, Model model) {
        SettingsForm form = new SettingsForm();
        form.setMinimumTier(String.valueOf(tiers.read(caller(), personId)));
        model.addAttribute("settingsForm", form);
        return page(personId, model);
    }

    @PostMapping
    String save(
            @PathVariable UUID personId,
            @Valid @ModelAttribute SettingsForm settingsForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = caller();
        // Who may change it comes before what they sent.
        tiers.read(caller, personId);
        requests.startingPoint(caller, personId);
        String chosen = settingsForm.getMinimumTier().strip();
        if (!errors.hasErrors() && !chosen.matches("[012]")) {
            errors.rejectValue("minimumTier", "settings.minimumTier.required");
        }
        if (errors.hasErrors()) {
            return page(personId, model);
        }
        tiers.set(caller, personId, Integer.parseInt(chosen));
        redirect.addFlashAttribute("flash", "settings.flash.saved");
        return "redirect:/people/" + personId + "/matching-settings";
    }

    private String page(UUID personId, Model model) {
        Caller caller = caller();
        model.addAttribute("personId", personId);
        model.addAttribute("personName", requests.nameOf(personId));
        model.addAttribute("own", caller.accountId().equals(personId));
        model.addAttribute("tierOptions", TIERS);
        return "matching/settings";
    }

    private static Caller caller() {
        return Caller.current().orElseThrow();
    }
}
