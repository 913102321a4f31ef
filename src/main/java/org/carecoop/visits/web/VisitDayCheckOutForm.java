package org.carecoop.visits.web;

import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitDayApi;

/**
 * Checking out of a visit: an optional note about the visit and, when some tasks were not done, why
 * not (required then: {@link VisitDayController} checks that). The location is shared as on the
 * other buttons.
 */
public class VisitDayCheckOutForm extends VisitDayLocationForm {

    @Size(max = VisitDayApi.REASON_MAX, message = "{visitDay.note.size}")
    @PlainText
    private String note = "";

    @Size(max = VisitDayApi.REASON_MAX, message = "{visitDay.notDoneReason.size}")
    @PlainText
    private String notDoneReason = "";

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getNotDoneReason() {
        return notDoneReason;
    }

    public void setNotDoneReason(String notDoneReason) {
        this.notDoneReason = notDoneReason;
    }
}
