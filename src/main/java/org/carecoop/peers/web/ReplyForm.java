package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.peers.PeerPagesApi;
import org.carecoop.platform.web.PlainText;

/** A reply to a post. */
public class ReplyForm {

    @NotBlank(message = "{peers.reply.required}")
    @Size(max = PeerPagesApi.POST_MAX, message = "{peers.reply.size}")
    @PlainText
    private String reply = "";

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
