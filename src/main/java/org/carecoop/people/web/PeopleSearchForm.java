package org.carecoop.people.web;

import jakarta.validation.constraints.Size;

/** A search for people by name or email address. */
public class PeopleSearchForm {

    @Size(max = 100, message = "{assisted.search.size}")
    private String q = "";

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
