package org.carecoop.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.PersonAddress;
import org.carecoop.people.ProfileException;
import org.carecoop.people.internal.AddressBook;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address for visits through the JSON API, with the same rules as the page: read by the person,
 * those they let read their profile and contact details, and co-ordinators; changed by the person,
 * those they let change them, and co-ordinators. Every read or change by someone else is recorded in
 * the person's access log. Refusals are 403, an id that is not a person who receives support or a
 * person without an address 404, and a bad address 400 naming the field.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/address")
@Tag(name = "Addresses")
class AddressApiController {

    private final AddressBook addressBook;
    private final SmartValidator validator;
    private final Geocoder geocoder;
    private final MessageSource messages;

    AddressApiController(AddressBook addressBook, SmartValidator validator, Geocoder geocoder, MessageSource messages) {
        this.addressBook = addressBook;
        this.validator = validator;
        this.geocoder = geocoder;
        this.messages = messages;
    }

    @Schema(description = "Where the person is visited")
    record AddressBody(
            @Schema(description = "Up to 3 lines, building and street first", example = "[\"14 Birchcliffe Road\"]")
            @Nullable
            List<String> lines,

            @Schema(description = "Town or city; may be empty", example = "Hebden Bridge") @Nullable
            String town,

            @Schema(description = "The postcode; null or empty for none", example = "HX7 8AD") @Nullable
            String postcode) {

        static AddressBody of(PersonAddress address) {
            return new AddressBody(
                    address.lines(),
                    address.town(),
                    address.postcode() == null ? null : address.postcode().value());
        }
    }

    @GetMapping
    @Operation(summary = "A person's address for visits (the person, those they allow, co-ordinators); 404 when none")
    ResponseEntity<?> read(@PathVariable UUID id) {
        Optional<PersonAddress> address;
        try {
            address = addressBook.read(Caller.current().orElseThrow(), id);
        } catch (IllegalArgumentException e) {
            return RatesApiController.problem(HttpStatus.NOT_FOUND, "Not found", text("address.api.notAPerson"), null);
        }
        return address.<ResponseEntity<?>>map(a -> ResponseEntity.ok(AddressBody.of(a)))
                .orElseGet(() ->
                        RatesApiController.problem(HttpStatus.NOT_FOUND, "Not found", text("address.api.none"), null));
    }

    @PutMapping
    @Operation(summary = "Replace a person's address for visits, postcode included")
    ResponseEntity<?> save(@PathVariable UUID id, @RequestBody AddressBody body) {
        Caller caller = Caller.current().orElseThrow();
        try {
            // Who may change it comes before what they sent: others learn nothing from a validation message.
            addressBook.forChange(caller, id);
        } catch (IllegalArgumentException e) {
            return RatesApiController.problem(HttpStatus.NOT_FOUND, "Not found", text("address.api.notAPerson"), null);
        }
        List<String> lines = body.lines() == null ? List.of() : body.lines();
        if (lines.size() > PersonAddress.LINES_MAX || lines.stream().anyMatch(Objects::isNull)) {
            return invalid(List.of(Map.of("field", "lines", "message", text("address.api.lines"))));
        }
        AddressForm form = new AddressForm();
        form.setLine1(lines.isEmpty() ? "" : lines.get(0));
        form.setLine2(lines.size() > 1 ? lines.get(1) : "");
        form.setLine3(lines.size() > 2 ? lines.get(2) : "");
        form.setTown(body.town() == null ? "" : body.town());
        form.setPostcode(body.postcode() == null ? "" : body.postcode());
        BindingResult errors = new BeanPropertyBindingResult(form, "address");
        validator.validate(form, errors);
        PersonAddress address = form.read(errors, geocoder);
        if (address != null) {
            try {
                addressBook.change(caller, id, address);
                return ResponseEntity.ok(AddressBody.of(address));
            } catch (ProfileException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        return invalid(errors.getFieldErrors().stream()
                .map(e -> Map.of("field", apiField(e.getField()), "message", messages.getMessage(e, Locale.UK)))
                .toList());
    }

    /** The form's three line fields are one list in the API. */
    private static String apiField(String formField) {
        return formField.startsWith("line") ? "lines" : formField;
    }

    private ResponseEntity<ProblemDetail> invalid(List<Map<String, String>> errors) {
        return RatesApiController.problem(HttpStatus.BAD_REQUEST, "Invalid request", text("api.invalid"), errors);
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }
}
