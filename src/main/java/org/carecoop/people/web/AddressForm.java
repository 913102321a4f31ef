package org.carecoop.people.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.carecoop.people.PersonAddress;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.web.PlainText;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The address form (GOV.UK address pattern): three lines, a town and the postcode. The postcode is
 * needed (nobody can be visited without one) and must be one we can place, as on the profile, because
 * it is the profile's postcode; the first line is needed as soon as another line or the town is given.
 */
public class AddressForm {

    @Size(max = PersonAddress.LINE_MAX, message = "{address.line.length}")
    @PlainText
    private String line1 = "";

    @Size(max = PersonAddress.LINE_MAX, message = "{address.line.length}")
    @PlainText
    private String line2 = "";

    @Size(max = PersonAddress.LINE_MAX, message = "{address.line.length}")
    @PlainText
    private String line3 = "";

    @Size(max = PersonAddress.TOWN_MAX, message = "{address.town.length}")
    @PlainText
    private String town = "";

    @Size(max = 16, message = "{profile.postcode.format}")
    private String postcode = "";

    /** The form filled in with what is recorded. */
    static AddressForm of(Optional<PersonAddress> address) {
        AddressForm form = new AddressForm();
        address.ifPresent(a -> {
            List<String> lines = a.lines();
            form.line1 = lines.isEmpty() ? "" : lines.get(0);
            form.line2 = lines.size() > 1 ? lines.get(1) : "";
            form.line3 = lines.size() > 2 ? lines.get(2) : "";
            form.town = a.town();
            form.postcode = a.postcode() == null ? "" : a.postcode().value();
        });
        return form;
    }

    /**
     * The address typed, after bean validation, or null when something is wrong (rejected at its
     * field, once: a field bean validation refused is not checked again).
     */
    @Nullable
    PersonAddress read(Errors errors, Geocoder geocoder) {
        if (line1.isBlank()
                && !errors.hasFieldErrors("line1")
                && !(line2.isBlank() && line3.isBlank() && town.isBlank())) {
            errors.rejectValue("line1", "address.line1.required");
        }
        Postcode parsed = null;
        if (postcode.isBlank()) {
            errors.rejectValue("postcode", "address.postcode.required");
        } else if (!errors.hasFieldErrors("postcode")) {
            parsed = Postcode.parse(postcode).orElse(null);
            if (parsed == null) {
                errors.rejectValue("postcode", "profile.postcode.format");
            } else if (geocoder.locate(parsed).isEmpty()) {
                errors.rejectValue("postcode", "profile.postcode.notFound");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new PersonAddress(List.of(line1, line2, line3), town, parsed);
    }

    public String getLine1() {
        return line1;
    }

    public void setLine1(String line1) {
        this.line1 = line1;
    }

    public String getLine2() {
        return line2;
    }

    public void setLine2(String line2) {
        this.line2 = line2;
    }

    public String getLine3() {
        return line3;
    }

    public void setLine3(String line3) {
        this.line3 = line3;
    }

    public String getTown() {
        return town;
    }

    public void setTown(String town) {
        this.town = town;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }
}
