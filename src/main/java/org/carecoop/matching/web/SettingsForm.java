package org.carecoop.matching.web;

import jakarta.validation.constraints.NotBlank;

/** The lowest vetting tier of worker a person accepts, as chosen: "0", "1" or "2". */
public class SettingsForm {

    @NotBlank(message = "{settings.minimumTier.required}")
    private String minimumTier = "";

    public String getMinimumTier() {
        return minimumTier;
    }

    public void setMinimumTier(String minimumTier) {
        this.minimumTier = minimumTier;
    }
}
