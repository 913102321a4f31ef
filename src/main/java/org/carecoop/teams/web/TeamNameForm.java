package org.carecoop.teams.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;
import org.carecoop.teams.TeamsApi;

/** Renaming the team. */
public class TeamNameForm {

    @NotBlank(message = "{team.name.blank}")
    @Size(max = TeamsApi.MAX_NAME_LENGTH, message = "{team.name.long}")
    @PlainText
    private String name = "";

    public TeamNameForm() {}

    TeamNameForm(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
