package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A comment, or a question when {@code question} is ticked, on the team page. */
public class CommentForm {

    @NotBlank(message = "{team.comment.required}")
    @Size(max = 2000, message = "{team.comment.size}")
    @PlainText
    private String comment = "";

    private boolean question;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isQuestion() {
        return question;
    }

    public void setQuestion(boolean question) {
        this.question = question;
    }
}
