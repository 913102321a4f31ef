package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A practitioner's answer to a question a team asked. */
public class AnswerForm {

    @NotBlank(message = "{team.answer.required}")
    @Size(max = 2000, message = "{team.answer.size}")
    @PlainText
    private String answer = "";

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
