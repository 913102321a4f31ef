package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A question for the co-op's advanced practitioners, asked from the team page. */
public class ExpertQuestionForm {

    @NotBlank(message = "{team.expertQuestion.required}")
    @Size(max = 2000, message = "{team.expertQuestion.size}")
    @PlainText
    private String expertQuestion = "";

    public String getExpertQuestion() {
        return expertQuestion;
    }

    public void setExpertQuestion(String expertQuestion) {
        this.expertQuestion = expertQuestion;
    }
}
