package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A postcode or a postcode district, to join that area's page. */
public class PlaceForm {

    @NotBlank(message = "{peers.place.required}")
    @Size(max = 16, message = "{peers.place.format}")
    private String place = "";

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
