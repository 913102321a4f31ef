package org.carecoop.teams.web;

import jakarta.validation.Valid;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
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
 * Break-glass (TE3): a co-ordinator opens a person's records in an emergency, giving a reason the
 * person will see in their access log. The opening lasts {@code carecoop.teams.break-glass-duration}.
 */
@Controller
class BreakGlassController {

    private final AccessPolicy access;
    private final TeamPages pages;

    BreakGlassController(AccessPolicy access, TeamPages pages) {
        this.access = access;
        this.pages = pages;
    }

    @GetMapping("/people/{personId}/break-glass")
    String form(@PathVariable String personId, Model model) {
        AccountSummary person = coordinatorsOnly(personId);
        model.addAttribute("person", person);
        model.addAttribute("breakGlassForm", new BreakGlassForm());
        return "teams/break-glass";
    }

    @PostMapping("/people/{personId}/break-glass")
    String open(
            @PathVariable String personId,
            @Valid @ModelAttribute BreakGlassForm breakGlassForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        AccountSummary person = coordinatorsOnly(personId);
        if (errors.hasErrors()) {
            model.addAttribute("person", person);
            return "teams/break-glass";
        }
        access.breakGlass(TeamPages.caller(), person.id(), breakGlassForm.getReason());
        redirect.addFlashAttribute("flash", "team.breakGlass.opened");
        return "redirect:/people/" + person.id() + "/profile";
    }

    private AccountSummary coordinatorsOnly(String personId) {
        Caller caller = TeamPages.caller();
        if (!caller.hasRole(Role.COORDINATOR.name()) || caller.assisted()) {
            throw new AccessDeniedException("co-ordinators only");
        }
        AccountSummary person = pages.person(personId);
        if (!person.roles().contains(Role.SUPPORTED_PERSON)) {
            throw TeamPages.notFound();
        }
        return person;
    }
}
