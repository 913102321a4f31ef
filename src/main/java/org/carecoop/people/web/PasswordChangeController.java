package org.carecoop.people.web;

import jakarta.validation.Valid;
import org.carecoop.people.AccountException;
import org.carecoop.people.internal.PasswordChange;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A signed-in person changes their own password. */
@Controller
class PasswordChangeController {

    private final PasswordChange change;

    PasswordChangeController(PasswordChange change) {
        this.change = change;
    }

    @GetMapping("/account/password")
    String form(Model model) {
        if (Caller.current().orElseThrow().assisted()) {
            throw new AccessDeniedException("A password is changed only by its owner");
        }
        model.addAttribute("passwordChangeForm", new PasswordChangeForm());
        return "people/password-change";
    }

    @PostMapping("/account/password")
    String change(
            @Valid @ModelAttribute PasswordChangeForm passwordChangeForm,
            BindingResult errors,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        if (!errors.hasErrors() && !passwordChangeForm.getPassword().equals(passwordChangeForm.getConfirm())) {
            errors.rejectValue("confirm", "reset.confirm.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                if (change.change(caller, passwordChangeForm.getCurrent(), passwordChangeForm.getPassword())) {
                    redirect.addFlashAttribute("flash", "password.changed");
                    return "redirect:/dashboard";
                }
                errors.rejectValue("current", "password.current.wrong");
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return "people/password-change";
    }
}
