package org.carecoop.teams.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times on the teams pages, in the co-op's time zone and British style. */
@Component("teamDates")
public class Dates {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("EEEE d MMMM, h:mma", Locale.UK);
    private static final DateTimeFormatter DATE_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private final Clock clock;

    Dates(Clock clock) {
        this.clock = clock;
    }

    /** E.g. "Monday 23 November, 9:30am". */
    public String dayAndTime(Instant at) {
        return lower(DAY_AND_TIME.format(at.atZone(clock.getZone())));
    }

    /** E.g. "23 November 2026, 9:30am". */
    public String dateAndTime(Instant at) {
        return lower(DATE_AND_TIME.format(at.atZone(clock.getZone())));
    }

    private static String lower(String text) {
        return text.replace("AM", "am").replace("PM", "pm");
    }
}
