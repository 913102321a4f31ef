package org.carecoop.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The change-password form. It repeats the reset form's two new-password fields rather than extending
 * it, because the error summary lists errors in field declaration order and the current password
 * comes first on the page.
 */
public class PasswordChangeForm {

    @NotBlank(message = "{password.current.required}")
    @Size(max = 1000, message = "{password.current.wrong}")
    private String current = "";

    @NotBlank(message = "{signUp.password.required}")
    private String password = "";

    @NotBlank(message = "{reset.confirm.required}")
    private String confirm = "";

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }
}
