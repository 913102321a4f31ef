package org.carecoop.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import org.carecoop.support.IntegrationTest;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoVisitsTests extends IntegrationTest {

    static final ZoneId UK = ZoneId.of("Europe/London");

    @Autowired
    VisitsApi visits;

    @Autowired
    DemoVisits demoVisits;

    @Test
    void ericIsVisitedMorningAndEveningByHisFourWorkersForFourWeeksAndWhatIsOverIsCompleted() {
        List<Visit> eric = fourWeeksOf("eric");

        assertThat(eric).hasSize(4 * 7 * 2);
        assertThat(eric.stream()
                        .flatMap(v -> v.workers().stream())
                        .map(Visit.Worker::name)
                        .distinct())
                .containsExactlyInAnyOrder("Amina Hussain", "Ben Crowther", "Chloe Barker", "Dev Patel");
        assertThat(eric)
                .extracting(v -> v.start().atZone(UK).toLocalTime().toString())
                .containsOnly("08:00", "18:00");
        Instant now = clock.instant();
        assertThat(eric)
                .filteredOn(v -> v.end().isAfter(now))
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VisitStatus.BOOKED));
        // Marked completed when the application started; allow for tests that have run since.
        assertThat(eric)
                .filteredOn(v -> v.end().isBefore(now.minus(Duration.ofHours(1))))
                .allSatisfy(v -> assertThat(v.status()).isEqualTo(VisitStatus.COMPLETED));
    }

    @Test
    void lindaHasAWeeklyDoubleUpVisitWithEllaAndFinn() {
        List<Visit> linda = fourWeeksOf("linda");

        assertThat(linda).hasSize(4 * 6);
        assertThat(linda)
                .filteredOn(v -> v.workers().size() == 2)
                .hasSize(4)
                .allSatisfy(v -> assertThat(v.workers())
                        .extracting(Visit.Worker::name)
                        .containsExactly("Ella Thornton", "Finn O'Brien"));
    }

    @Test
    void startingAgainBooksNothingMore() {
        int before = fourWeeksOf("eric").size() + fourWeeksOf("linda").size();

        demoVisits.load();

        assertThat(fourWeeksOf("eric").size() + fourWeeksOf("linda").size()).isEqualTo(before);
    }

    private List<Visit> fourWeeksOf(String name) {
        UUID id = people.accountByEmail(demo(name)).orElseThrow().id();
        LocalDate monday =
                LocalDate.ofInstant(clock.instant(), UK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return visits.schedule(
                id,
                monday.atStartOfDay(UK).toInstant(),
                monday.plusWeeks(4).atStartOfDay(UK).toInstant());
    }
}
