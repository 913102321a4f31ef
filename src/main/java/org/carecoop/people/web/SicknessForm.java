package org.carecoop.people.web;

/** "I'm off sick": the last day off, if known (a GOV.UK date input), and an optional private note. */
public class SicknessForm {

    private String untilDay = "";
    private String untilMonth = "";
    private String untilYear = "";
    private String reason = "";

    public String getUntilDay() {
        return untilDay;
    }

    public void setUntilDay(String untilDay) {
        this.untilDay = untilDay;
    }

    public String getUntilMonth() {
        return untilMonth;
    }

    public void setUntilMonth(String untilMonth) {
        this.untilMonth = untilMonth;
    }

    public String getUntilYear() {
        return untilYear;
    }

    public void setUntilYear(String untilYear) {
        this.untilYear = untilYear;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
