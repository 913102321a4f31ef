package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.peers.internal.MentoringRequest;
import org.carecoop.platform.web.PlainText;

/** "I'd like a mentor for…". */
public class MentoringForm {

    @NotBlank(message = "{peers.mentoring.need.required}")
    @Size(max = MentoringRequest.NEED_MAX, message = "{peers.mentoring.need.size}")
    @PlainText
    private String need = "";

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }
}
