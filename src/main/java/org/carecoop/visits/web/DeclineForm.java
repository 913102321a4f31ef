package org.carecoop.visits.web;

import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** Why a worker declines a request, if they want to say; the person who asked reads it. */
public class DeclineForm {

    @Size(max = 500, message = "{bookings.decline.reason.size}")
    @PlainText
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
