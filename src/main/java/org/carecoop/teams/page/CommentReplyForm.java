package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A reply to a comment or an answer to a question on the team page. */
public class CommentReplyForm {

    @NotBlank(message = "{team.commentReply.required}")
    @Size(max = 2000, message = "{team.commentReply.size}")
    @PlainText
    private String commentReply = "";

    public String getCommentReply() {
        return commentReply;
    }

    public void setCommentReply(String commentReply) {
        this.commentReply = commentReply;
    }
}
