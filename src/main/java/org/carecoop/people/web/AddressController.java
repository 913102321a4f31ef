package org.carecoop.people.web;

import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.ProfileException;
import org.carecoop.people.internal.AddressBook;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.security.Caller;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The address for visits, on its own page: {@code /profile/address} for the person (or a co-ordinator
 * acting for them), {@code /people/{id}/address} for someone they let change their contact details
 * and for co-ordinators. Anyone else is refused with 403, after the refusal is recorded; an account
 * that does not receive support is 404.
 */
@Controller
class AddressController {

    private final AddressBook addressBook;
    private final SmartValidator validator;
    private final Geocoder geocoder;

    AddressController(AddressBook addressBook, SmartValidator validator, Geocoder geocoder) {
        this.addressBook = addressBook;
        this.validator = validator;
        this.geocoder = geocoder;
    }

    @GetMapping("/profile/address")
    String own(Model model) {
        Caller caller = Caller.current().orElseThrow();
        return form(caller, caller.accountId(), true, model);
    }

    @PostMapping("/profile/address")
    String saveOwn(
            @ModelAttribute AddressForm addressForm, BindingResult errors, Model model, RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        return save(caller, caller.accountId(), true, addressForm, errors, model, redirect);
    }

    @GetMapping("/people/{id}/address")
    String someone(@PathVariable String id, Model model) {
        Caller caller = Caller.current().orElseThrow();
        return form(caller, ProfileController.uuid(id), false, model);
    }

    @PostMapping("/people/{id}/address")
    String saveSomeone(
            @PathVariable String id,
            @ModelAttribute AddressForm addressForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        Caller caller = Caller.current().orElseThrow();
        return save(caller, ProfileController.uuid(id), false, addressForm, errors, model, redirect);
    }

    private String form(Caller caller, UUID personId, boolean own, Model model) {
        Optional<PersonAddress> address = forChange(caller, personId);
        model.addAttribute("addressForm", AddressForm.of(address));
        return page(personId, own, model);
    }

    private String save(
            Caller caller,
            UUID personId,
            boolean own,
            AddressForm addressForm,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // Who may change it comes before what they sent.
        forChange(caller, personId);
        validator.validate(addressForm, errors);
        PersonAddress address = addressForm.read(errors, geocoder);
        if (address != null) {
            try {
                addressBook.change(caller, personId, address);
                redirect.addFlashAttribute("flash", "address.saved");
                return own ? "redirect:/profile" : "redirect:/people/" + personId + "/address";
            } catch (ProfileException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return page(personId, own, model);
    }

    private Optional<PersonAddress> forChange(Caller caller, UUID personId) {
        try {
            return addressBook.forChange(caller, personId);
        } catch (IllegalArgumentException e) {
            throw ProfileController.notFound();
        }
    }

    private String page(UUID personId, boolean own, Model model) {
        model.addAttribute("own", own);
        model.addAttribute(
                "personName", own ? null : addressBook.displayName(personId).orElse(""));
        model.addAttribute("action", own ? "/profile/address" : "/people/" + personId + "/address");
        return "people/address";
    }
}
