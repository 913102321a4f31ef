package org.carecoop.people.web;

import jakarta.validation.Valid;
import java.util.Set;
import org.carecoop.people.AccountException;
import org.carecoop.people.Role;
import org.carecoop.people.internal.AccountRegistration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in and sign-up pages. Sign-in itself is handled by Spring Security's form login. */
@Controller
class AccountPagesController {

    private final AccountRegistration registration;

    AccountPagesController(AccountRegistration registration) {
        this.registration = registration;
    }

    @GetMapping("/sign-in")
    String signIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() ? "redirect:/dashboard" : "people/sign-in";
    }

    @GetMapping("/sign-up")
    String signUp(Model model) {
        model.addAttribute("signUpForm", new SignUpForm());
        model.addAttribute("roleOptions", Roles.SELF_CHOSEN);
        return "people/sign-up";
    }

    @PostMapping("/sign-up")
    String signUp(
            @Valid @ModelAttribute SignUpForm signUpForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Set<Role> roles = Roles.selfChosen(signUpForm.getRoles()).orElse(Set.of());
        if (!errors.hasFieldErrors("roles") && roles.isEmpty()) {
            errors.rejectValue("roles", "signUp.roles.required");
        }
        if (!errors.hasErrors()) {
            try {
                registration.signUp(
                        signUpForm.getEmail(), signUpForm.getDisplayName(), signUpForm.getPassword(), roles);
                redirect.addFlashAttribute("flash", "signUp.done");
                return "redirect:/sign-in";
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("roleOptions", Roles.SELF_CHOSEN);
        return "people/sign-up";
    }
}
