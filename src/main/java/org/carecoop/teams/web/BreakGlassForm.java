package org.carecoop.teams.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A co-ordinator's reason for opening a person's records in an emergency. */
public class BreakGlassForm {

    @NotBlank(message = "{team.breakGlass.reason.blank}")
    @Size(max = 500, message = "{team.breakGlass.reason.long}")
    @PlainText
    private String reason = "";

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
