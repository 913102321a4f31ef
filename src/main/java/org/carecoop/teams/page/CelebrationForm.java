package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** Something to celebrate on the team page. */
public class CelebrationForm {

    @NotBlank(message = "{team.celebration.required}")
    @Size(max = 2000, message = "{team.celebration.size}")
    @PlainText
    private String celebration = "";

    public String getCelebration() {
        return celebration;
    }

    public void setCelebration(String celebration) {
        this.celebration = celebration;
    }
}
