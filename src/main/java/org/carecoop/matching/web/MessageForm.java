package org.carecoop.matching.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;

/** A message from one side of an introduction to the other. */
public class MessageForm {

    @NotBlank(message = "{introductions.message.required}")
    @Size(max = 2000, message = "{introductions.message.size}")
    @PlainText
    private String text = "";

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
