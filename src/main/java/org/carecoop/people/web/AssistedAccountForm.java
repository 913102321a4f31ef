package org.carecoop.people.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.platform.web.PlainText;

/** What a co-ordinator fills in to create an account on someone's behalf. */
public class AssistedAccountForm {

    @NotBlank(message = "{assisted.new.displayName.required}")
    @Size(max = 100, message = "{signUp.displayName.size}")
    @PlainText
    private String displayName = "";

    @Size(max = 254, message = "{signUp.email.size}")
    @Email(message = "{signUp.email.format}")
    private String email = "";

    @Size(max = 30, message = "{assisted.new.phone.format}")
    @Pattern(regexp = "[0-9 +()-]*", message = "{assisted.new.phone.format}")
    private String phone = "";

    @NotEmpty(message = "{assisted.new.roles.required}")
    @Size(max = 9, message = "{assisted.new.roles.required}")
    private List<String> roles = new ArrayList<>();

    @AssertTrue(message = "{assisted.new.agreed.required}")
    private boolean agreed;

    private boolean sendLink;

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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isAgreed() {
        return agreed;
    }

    public void setAgreed(boolean agreed) {
        this.agreed = agreed;
    }

    public boolean isSendLink() {
        return sendLink;
    }

    public void setSendLink(boolean sendLink) {
        this.sendLink = sendLink;
    }
}
