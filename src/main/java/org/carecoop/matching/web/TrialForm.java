package org.carecoop.matching.web;

/**
 * The date and times of a trial session as typed, in the co-op's time zone; kept as typed so the form
 * can be shown again. {@link TrialTimes} reads it.
 */
public class TrialForm {

    private String day = "";
    private String month = "";
    private String year = "";
    private String startTime = "";
    private String endTime = "";

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getStartTime() {
        return startTime;
    }

    public void setStartTime(String startTime) {
        this.startTime = startTime;
    }

    public String getEndTime() {
        return endTime;
    }

    public void setEndTime(String endTime) {
        this.endTime = endTime;
    }
}
