package org.carecoop.visits.web;

import jakarta.validation.constraints.NotBlank;

/**
 * What a co-ordinator fills in to book a visit: whom it is for, one worker or two (a double-up
 * visit), the date and the times of day in the co-op's time zone. Everything is kept as typed so the
 * form can be shown again as it was; {@link BookingController} reads it.
 */
public class BookingForm {

    @NotBlank(message = "{visits.personId.required}")
    private String personId = "";

    @NotBlank(message = "{visits.workerId.required}")
    private String workerId = "";

    private String secondWorkerId = "";

    private String day = "";

    private String month = "";

    private String year = "";

    @NotBlank(message = "{visits.startTime.required}")
    private String startTime = "";

    @NotBlank(message = "{visits.endTime.required}")
    private String endTime = "";

    public String getPersonId() {
        return personId;
    }

    public void setPersonId(String personId) {
        this.personId = personId;
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
