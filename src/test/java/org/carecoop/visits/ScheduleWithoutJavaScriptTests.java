package org.carecoop.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The person's calendar in a browser with JavaScript switched off: the week links load whole pages. */
class ScheduleWithoutJavaScriptTests extends BrowserTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    VisitsApi visits;

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }

    @Test
    void thePersonMovesToNextWeekAndBackWithoutJavaScript() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = uniqueEmail("nora");
        UUID nora = people.createAccount(email, "Nora " + suffix, PASSWORD, Set.of(Role.SUPPORTED_PERSON));
        UUID amy = people.createAccount(uniqueEmail("amy"), "Amy " + suffix, PASSWORD, Set.of(Role.WORKER));
        LocalDate monday = LocalDate.ofInstant(clock.instant(), UK).with(DayOfWeek.MONDAY);
        Instant nextTuesday =
                monday.plusWeeks(1).plusDays(1).atTime(10, 0).atZone(UK).toInstant();
        visits.book(VisitsApi.SYSTEM, nora, List.of(amy), nextTuesday, nextTuesday.plusSeconds(3600));

        signInAs(email, PASSWORD);
        click("My visits");
        assertThat(texts(".carecoop-schedule__visit")).noneMatch(t -> t.contains("Amy " + suffix));

        click("Next week");
        assertThat(path()).isEqualTo("/schedule?week=" + monday.plusWeeks(1));
        assertThat(texts(".carecoop-schedule__visit"))
                .singleElement()
                .satisfies(t -> assertThat(t).contains("10:00 to 11:00").contains("With Amy " + suffix));

        click("Previous week");
        assertThat(path()).isEqualTo("/schedule?week=" + monday);
    }
}
