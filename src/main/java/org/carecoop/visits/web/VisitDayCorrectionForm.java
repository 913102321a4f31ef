package org.carecoop.visits.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.carecoop.platform.web.PlainText;
import org.carecoop.visits.VisitDayApi;

/**
 * A co-ordinator's correction of a worker's times on a visit: the worker, the check-in and (optional)
 * check-out times of day on the visit's date, and why. A check-out time earlier than the check-in
 * time is on the next day.
 */
public class VisitDayCorrectionForm {

    @NotBlank(message = "{visitDay.correct.workerId.required}")
    private String workerId = "";

    @NotBlank(message = "{visitDay.correct.checkIn.required}")
    private String checkIn = "";

    private String checkOut = "";

    @NotBlank(message = "{visitDay.correct.reason.required}")
    @Size(max = VisitDayApi.REASON_MAX, message = "{visitDay.correct.reason.size}")
    @PlainText
    private String reason = "";

    public String getWorkerId() {
        return workerId;
    }

    public void setWorkerId(String workerId) {
        this.workerId = workerId;
    }

    public String getCheckIn() {
        return checkIn;
    }

    public void setCheckIn(String checkIn) {
        this.checkIn = checkIn;
    }

    public String getCheckOut() {
        return checkOut;
    }

    public void setCheckOut(String checkOut) {
        this.checkOut = checkOut;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
