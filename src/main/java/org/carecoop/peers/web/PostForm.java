package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.platform.web.PlainText;

/** A new post on a page. */
public class PostForm {

    @NotBlank(message = "{peers.post.required}")
    @Size(max = PeerPagesApi.POST_MAX, message = "{peers.post.size}")
    @PlainText
    private String message = "";

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }
}
