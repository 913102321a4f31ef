package org.carecoop.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.platform.web.PlainText;

/** What the sign-up page asks for. */
public class SignUpForm {

    @NotBlank(message = "{signUp.displayName.required}")
    @Size(max = 100, message = "{signUp.displayName.size}")
    @PlainText
    private String displayName = "";

    @NotBlank(message = "{signUp.email.required}")
    @Size(max = 254, message = "{signUp.email.size}")
    @Email(message = "{signUp.email.format}")
    private String email = "";

    @NotBlank(message = "{signUp.password.required}")
    private String password = "";

    @NotEmpty(message = "{signUp.roles.required}")
    @Size(max = 9, message = "{signUp.roles.required}")
    private List<String> roles = new ArrayList<>();

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }
}
