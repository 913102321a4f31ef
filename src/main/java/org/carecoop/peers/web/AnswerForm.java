package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A member's answer to a meet-up: one of the {@code Answer} codes. */
public class AnswerForm {

    @NotBlank(message = "{peers.answer.required}")
    @Size(max = 20, message = "{peers.answer.required}")
    private String answer = "";

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
