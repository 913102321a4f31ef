package org.carecoop.teams.page;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.platform.web.PlainText;

/**
 * A new conversation on the team page: its title, its first message and, to limit who reads it, the
 * people chosen (none for everyone on the page).
 */
public class ThreadForm {

    @NotBlank(message = "{team.thread.title.required}")
    @Size(max = 120, message = "{team.thread.title.size}")
    @PlainText
    private String title = "";

    @NotBlank(message = "{team.thread.message.required}")
    @Size(max = 2000, message = "{team.thread.message.size}")
    @PlainText
    private String message = "";

    @Size(max = 100, message = "{team.thread.members.invalid}")
    private List<String> members = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }
}
