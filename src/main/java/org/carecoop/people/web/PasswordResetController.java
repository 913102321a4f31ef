package org.carecoop.people.web;

import jakarta.validation.Valid;
import org.carecoop.people.AccountException;
import org.carecoop.people.internal.PasswordResets;
import org.carecoop.people.web.PasswordResetForms.NewPasswordForm;
import org.carecoop.people.web.PasswordResetForms.RequestForm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Forgotten password: ask for a link by email, then choose a new password with it. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final boolean demo;

    PasswordResetController(
            PasswordResets resets,
            @Value("${carecoop.demo.enabled:${carecoop.embedded-db.enabled:false}}") boolean demo) {
        this.resets = resets;
        this.demo = demo;
    }

    @GetMapping("/password-reset")
    String request(Model model) {
        model.addAttribute("requestForm", new RequestForm());
        return "people/password-reset-request";
    }

    @PostMapping("/password-reset")
    String request(@Valid @ModelAttribute RequestForm requestForm, BindingResult errors, Model model) {
        if (errors.hasErrors()) {
            return "people/password-reset-request";
        }
        try {
            resets.requestReset(requestForm.getEmail());
        } catch (MailException e) {
            errors.reject("reset.mailFailed");
            return "people/password-reset-request";
        }
        model.addAttribute("email", requestForm.getEmail());
        model.addAttribute("demoMailbox", demo);
        return "people/password-reset-sent";
    }

    @GetMapping("/password-reset/{token}")
    String choose(@PathVariable String token, Model model) {
        if (!resets.usable(token)) {
            return "people/password-reset-expired";
        }
        model.addAttribute("newPasswordForm", new NewPasswordForm());
        model.addAttribute("token", token);
        return "people/password-reset-choose";
    }

    @PostMapping("/password-reset/{token}")
    String choose(
            @PathVariable String token,
            @Valid @ModelAttribute NewPasswordForm newPasswordForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors() && !newPasswordForm.getPassword().equals(newPasswordForm.getConfirm())) {
            errors.rejectValue("confirm", "reset.confirm.mismatch");
        }
        if (!errors.hasErrors()) {
            try {
                if (!resets.reset(token, newPasswordForm.getPassword())) {
                    return "people/password-reset-expired";
                }
                redirect.addFlashAttribute("flash", "reset.done");
                return "redirect:/sign-in";
            } catch (AccountException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        model.addAttribute("token", token);
        return "people/password-reset-choose";
    }
}
