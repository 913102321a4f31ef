package org.carecoop.visits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** Why a visit is cancelled, as a co-ordinator writes it; the person sees it in the access log. */
public class CancelForm {

    @NotBlank(message = "{visits.reason.required}")
    @Size(max = 500, message = "{visits.reason.size}")
    @PlainText
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
