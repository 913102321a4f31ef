package org.carecoop.visits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitDayApi;

/** A task a co-ordinator adds to a visit's list, such as "Help with lunch". */
public class VisitDayTaskForm {

    @NotBlank(message = "{visitDay.task.required}")
    @Size(max = VisitDayApi.TASK_MAX, message = "{visitDay.task.size}")
    @PlainText
    private String description = "";

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
