package org.carecoop.peers.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.peers.MeetUpPlan;
import org.carecoop.platform.web.PlainText;

/**
 * A meet-up being planned. The date and time are text, as people type them, and are read by {@link
 * MeetUpTimes} so that each mistake gets its own message.
 */
public class MeetUpForm {

    @NotBlank(message = "{peers.meetUp.title.required}")
    @Size(max = MeetUpPlan.TITLE_MAX, message = "{peers.meetUp.title.size}")
    @PlainText
    private String title = "";

    @NotBlank(message = "{peers.meetUp.date.required}")
    @Size(max = 30, message = "{peers.meetUp.date.format}")
    private String date = "";

    @NotBlank(message = "{peers.meetUp.time.required}")
    @Size(max = 20, message = "{peers.meetUp.time.format}")
    private String time = "";

    @NotBlank(message = "{peers.meetUp.place.required}")
    @Size(max = MeetUpPlan.PLACE_MAX, message = "{peers.meetUp.place.size}")
    @PlainText
    private String place = "";

    @Size(max = MeetUpPlan.DESCRIPTION_MAX, message = "{peers.meetUp.description.size}")
    @PlainText
    private String description = "";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
