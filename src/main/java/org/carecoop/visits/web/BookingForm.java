package org.carecoop.visits.web;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;

/**
 * What someone fills in to book a visit: whom it is for (and, for a shared session, up to two more
 * people), one worker or up to three (a double-up visit), the date, the times of day in the co-op's
 * time zone, and optionally the days of the week it repeats on until a last date. Everything is kept
 * as typed so the form, the review page and the "Change" link can carry it unchanged; {@link
 * BookingFormReader} reads it.
 */
public class BookingForm {

    @NotBlank(message = "{visits.personId.required}")
    private String personId = "";

    private String secondPersonId = "";

    private String thirdPersonId = "";

    @NotBlank(message = "{visits.workerId.required}")
    private String workerId = "";

    private String secondWorkerId = "";

    private String thirdWorkerId = "";

    private String day = "";

    private String month = "";

    private String year = "";

    @NotBlank(message = "{visits.startTime.required}")
    private String startTime = "";

    @NotBlank(message = "{visits.endTime.required}")
    private String endTime = "";

    private List<String> repeatDays = new ArrayList<>();

    private String untilDay = "";

    private String untilMonth = "";

    private String untilYear = "";

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
    }

    public String getSecondPersonId() {
        return secondPersonId;
    }

    public void setSecondPersonId(String secondPersonId) {
        this.secondPersonId = secondPersonId;
    }

    public String getThirdPersonId() {
        return thirdPersonId;
    }

    public void setThirdPersonId(String thirdPersonId) {
        this.thirdPersonId = thirdPersonId;
    }

    public String getWorkerId() {
        return workerId;
    }

    public void setWorkerId(String workerId) {
        this.workerId = workerId;
    }

    public String getSecondWorkerId() {
        return secondWorkerId;
    }

    public void setSecondWorkerId(String secondWorkerId) {
        this.secondWorkerId = secondWorkerId;
    }

    public String getThirdWorkerId() {
        return thirdWorkerId;
    }

    public void setThirdWorkerId(String thirdWorkerId) {
        this.thirdWorkerId = thirdWorkerId;
    }

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

    public List<String> getRepeatDays() {
        return repeatDays;
    }

    public void setRepeatDays(List<String> repeatDays) {
        this.repeatDays = repeatDays == null ? new ArrayList<>() : repeatDays;
    }

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
}
