package org.carecoop.visits.web;

import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitDayApi;

/** Ticking a task off, with an optional note (for example "Ate half"). */
public class VisitDayTaskDoneForm {

    @Size(max = VisitDayApi.REASON_MAX, message = "{visitDay.taskNote.size}")
    @PlainText
    private String taskNote = "";

    public String getTaskNote() {
        return taskNote;
    }

    public void setTaskNote(String taskNote) {
        this.taskNote = taskNote;
    }
}
