package org.carecoop.people.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountException;
import org.carecoop.people.Role;
import org.carecoop.people.internal.Account;
import org.carecoop.people.internal.AccountRegistration;
import org.carecoop.people.internal.AssistedMode;
import org.carecoop.people.internal.PasswordResets;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Assisted mode (CH7) for co-ordinators: find a person to act for, and create an account for someone
 * who is not online. Acting for someone is started by a form posted to {@code /act-for}, which the
 * security configuration handles.
 */
@Controller
@RequestMapping("/assisted")
class AssistedModeController {

    private final AssistedMode assisted;
    private final AccountRegistration registration;
    private final PasswordResets resets;

    AssistedModeController(AssistedMode assisted, AccountRegistration registration, PasswordResets resets) {
        this.assisted = assisted;
        this.registration = registration;
        this.resets = resets;
    }

    /** A person as the list shows them. */
    record Person(
            UUID id,
            boolean receivesSupport,
            String name,
            @Nullable String email,
            String username,
            List<String> roleKeys,
            String statusKey,
            boolean canActFor) {

        static Person of(Account account) {
            return new Person(
                    account.id(),
                    account.roles().contains(Role.SUPPORTED_PERSON),
                    account.displayName(),
                    account.hasEmail() ? account.email() : null,
                    account.email(),
                    account.roles().stream()
                            .map(role -> "role." + role.name().toLowerCase(Locale.ROOT))
                            .toList(),
                    statusKey(account),
                    account.enabled());
        }

        private static String statusKey(Account account) {
            if (!account.enabled()) {
                return "assisted.status.off";
            }
            if (!account.assisted()) {
                return "assisted.status.self";
            }
            return account.canSignIn() ? "assisted.status.assistedWithPassword" : "assisted.status.assistedNoPassword";
        }
    }

    @GetMapping
    String people(
            @Valid @ModelAttribute PeopleSearchForm peopleSearchForm,
            BindingResult errors,
            @RequestParam(name = "failed", required = false) @Nullable String failed,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        if (failed != null) {
            errors.reject("assisted.actFor.failed");
        }
        String search =
                errors.hasFieldErrors("q") ? "" : peopleSearchForm.getQ().strip();
        List<Person> people = assisted.people(Caller.current().orElseThrow(), search).stream()
                .map(Person::of)
                .toList();
        model.addAttribute(
                "people", people.stream().limit(AssistedMode.PAGE_SIZE).toList());
        model.addAttribute("more", people.size() > AssistedMode.PAGE_SIZE);
        model.addAttribute("search", search);
        // htmx asks for the results alone as the co-ordinator types; everyone else gets the page.
        return htmx == null ? "people/assisted" : "people/assisted :: results";
    }

    @GetMapping("/new")
    String newAccount(Model model) {
        model.addAttribute("assistedAccountForm", new AssistedAccountForm());
        return newAccountPage(model);
    }

    @PostMapping("/new")
    String newAccount(
            @Valid @ModelAttribute AssistedAccountForm assistedAccountForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Set<Role> roles = Roles.selfChosen(assistedAccountForm.getRoles()).orElse(Set.of());
        if (!errors.hasFieldErrors("roles") && roles.isEmpty()) {
            errors.rejectValue("roles", "assisted.new.roles.required");
        }
        if (!errors.hasFieldErrors("email")
                && assistedAccountForm.isSendLink()
                && assistedAccountForm.getEmail().isBlank()) {
            errors.rejectValue("email", "assisted.new.email.requiredForLink");
        }
        if (errors.hasErrors()) {
            return newAccountPage(model);
        }
        try {
            registration.createOnBehalf(
                    Caller.current().orElseThrow(),
                    assistedAccountForm.getEmail(),
                    assistedAccountForm.getDisplayName(),
                    assistedAccountForm.getPhone(),
                    roles);
        } catch (AccountException e) {
            errors.rejectValue("email", "assisted.new.email.taken");
            return newAccountPage(model);
        }
        redirect.addFlashAttribute(
                "flash", assistedAccountForm.isSendLink() ? sendLink(assistedAccountForm) : "assisted.created");
        return "redirect:/assisted";
    }

    private String sendLink(AssistedAccountForm form) {
        try {
            resets.requestReset(form.getEmail());
            return "assisted.created.linkSent";
        } catch (MailException e) {
            return "assisted.created.mailFailed";
        }
    }

    private static String newAccountPage(Model model) {
        model.addAttribute("roleOptions", Roles.SELF_CHOSEN);
        model.addAttribute("agreedOptions", List.of(new Option("true", "assisted.new.agreed.option")));
        model.addAttribute("sendLinkOptions", List.of(new Option("true", "assisted.new.sendLink.option")));
        return "people/assisted-new";
    }
}
