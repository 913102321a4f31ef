package org.carecoop.people.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The two password reset forms: asking for a link, and choosing the new password. */
final class PasswordResetForms {

    private PasswordResetForms() {}

    public static class RequestForm {

        @NotBlank(message = "{signUp.email.required}")
        @Size(max = 254, message = "{signUp.email.size}")
        @Email(message = "{signUp.email.format}")
        private String email = "";

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }
    }

    public static class NewPasswordForm {

        @NotBlank(message = "{signUp.password.required}")
        private String password = "";

        @NotBlank(message = "{reset.confirm.required}")
        private String confirm = "";

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
}
