package org.carecoop.matching.web;

import jakarta.validation.constraints.AssertTrue;

/** "I'm interested" in a request near a worker: they confirm they could help at its times. */
public class InterestForm {

    private boolean confirm;

    @AssertTrue(message = "{request.interest.confirm.required}")
    public boolean isConfirm() {
        return confirm;
    }

    public void setConfirm(boolean confirm) {
        this.confirm = confirm;
    }
}
