package org.carecoop.people.web;

/**
 * A time from one day and hour to another, as leave and on-call pages ask for it: GOV.UK date inputs
 * and hour lists, kept as sent so the form can be shown again as it was. An empty start hour means
 * the start of the day; an empty end hour the end of the day.
 */
public class PeriodForm {

    private String startDay = "";
    private String startMonth = "";
    private String startYear = "";
    private String startHour = "";
    private String endDay = "";
    private String endMonth = "";
    private String endYear = "";
    private String endHour = "";
    private String reason = "";

    public String getStartDay() {
        return startDay;
    }

    public void setStartDay(String startDay) {
        this.startDay = startDay;
    }

    public String getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(String startMonth) {
        this.startMonth = startMonth;
    }

    public String getStartYear() {
        return startYear;
    }

    public void setStartYear(String startYear) {
        this.startYear = startYear;
    }

    public String getStartHour() {
        return startHour;
    }

    public void setStartHour(String startHour) {
        this.startHour = startHour;
    }

    public String getEndDay() {
        return endDay;
    }

    public void setEndDay(String endDay) {
        this.endDay = endDay;
    }

    public String getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(String endMonth) {
        this.endMonth = endMonth;
    }

    public String getEndYear() {
        return endYear;
    }

    public void setEndYear(String endYear) {
        this.endYear = endYear;
    }

    public String getEndHour() {
        return endHour;
    }

    public void setEndHour(String endHour) {
        this.endHour = endHour;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
