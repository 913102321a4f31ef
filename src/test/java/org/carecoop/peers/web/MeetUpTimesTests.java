package org.carecoop.peers.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and times of meet-ups as people type them. */
class MeetUpTimesTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "27 3 2027      | 2027-03-27",
                "27/03/2027     | 2027-03-27",
                "1-12-2026      | 2026-12-01",
                " 5 . 6 . 2027  | 2027-06-05",
                "2027-03-27     | 2027-03-27",
                "29 2 2028      | 2028-02-29"
            })
    void datesAreReadDayMonthYearOrIso(String typed, LocalDate expected) {
        assertThat(MeetUpTimes.date(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @CsvSource(
            delimiter = '|',
            value = {"29 2 2027", "31 4 2027", "0 1 2027", "27 13 2027", "3 27 2027", "tomorrow", "27 3", "''"})
    void impossibleOrIncompleteDatesAreNotDates(String typed) {
        assertThat(MeetUpTimes.date(typed)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "10am      | 10:00",
                "10:30am   | 10:30",
                "2.30 PM   | 14:30",
                "12pm      | 12:00",
                "12am      | 00:00",
                "12:15 a.m.| 00:15",
                "14:30     | 14:30",
                "09.05     | 09:05",
                "0:00      | 00:00"
            })
    void timesAreReadOnTheTwelveOrTwentyFourHourClock(String typed, LocalTime expected) {
        assertThat(MeetUpTimes.time(typed)).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @CsvSource(
            delimiter = '|',
            value = {"13pm", "0am", "25:00", "10:60", "10", "noon", "10:3", "''"})
    void impossibleTimesAreNotTimes(String typed) {
        assertThat(MeetUpTimes.time(typed)).isEmpty();
    }
}
