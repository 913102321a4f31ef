package org.carecoop.teams.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.carecoop.teams.MemberRole;

/** Inviting someone who already has an account into the team, in a role. */
public class InviteForm {

    @NotBlank(message = "{team.invite.email.blank}")
    @Size(max = 254, message = "{team.invite.email.long}")
    @Email(message = "{team.invite.email.format}")
    private String email = "";

    @NotBlank(message = "{team.invite.role.blank}")
    @Pattern(
            regexp = "FAMILY_OR_FRIEND|HEALTH_PROFESSIONAL|VOLUNTEER|PEER_SUPPORTER|NOMINEE",
            message = "{team.invite.role.blank}")
    private String role = "";

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    MemberRole role() {
        return MemberRole.valueOf(role);
    }
}
