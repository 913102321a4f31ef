package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.platform.web.PlainText;

/** A comment on a meet-up. */
public class CommentForm {

    @NotBlank(message = "{peers.comment.required}")
    @Size(max = PeerPagesApi.POST_MAX, message = "{peers.comment.size}")
    @PlainText
    private String comment = "";

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
