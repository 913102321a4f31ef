package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A reply in a conversation on the team page. */
public class ReplyForm {

    @NotBlank(message = "{team.reply.required}")
    @Size(max = 2000, message = "{team.reply.size}")
    @PlainText
    private String reply = "";

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
