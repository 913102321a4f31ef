package org.carecoop.planning.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanCheck;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.junit.jupiter.api.Test;

class ProviderDayTests {

    @Test
    void theSameSeedGivesTheSameDayAndAnotherSeedAnother() {
        PlanningProblem one = ProviderDay.generate(20, 150, 7);
        PlanningProblem again = ProviderDay.generate(20, 150, 7);
        PlanningProblem other = ProviderDay.generate(20, 150, 8);

        assertThat(again.visits()).isEqualTo(one.visits());
        assertThat(again.shifts()).isEqualTo(one.shifts());
        assertThat(other.visits()).isNotEqualTo(one.visits());
    }

    @Test
    void aFullDayHasTheAskedSizeWithDoubleUpsWindowsAndTeams() {
        PlanningProblem day = ProviderDay.generate(300, 2500, 1);

        assertThat(day.shifts()).hasSize(300);
        assertThat(day.visits()).hasSize(2500);
        long parts = day.visits().stream().filter(v -> v.sync() != null).count();
        // About one booking in twenty is a double-up of two parts.
        assertThat(parts / 2).isBetween(2500 * 3 / 100L, 2500 * 8 / 100L);
        Map<String, Long> perGroup = day.visits().stream()
                .filter(v -> v.sync() != null)
                .collect(Collectors.groupingBy(v -> v.sync().group(), Collectors.counting()));
        assertThat(perGroup.values()).containsOnly(2L);
        assertThat(day.visits())
                .allSatisfy(v -> assertThat(v.windowEnd() - v.windowStart()).isEqualTo(3600))
                .allSatisfy(v -> assertThat(v.preferredWorkerIds()).hasSizeBetween(3, 5))
                .allSatisfy(v -> assertThat(v.excludedWorkerIds()).doesNotContainAnyElementsOf(v.preferredWorkerIds()));
        assertThat(day.visits().stream().filter(v -> !v.excludedWorkerIds().isEmpty()))
                .isNotEmpty();
        assertThat(day.shifts().stream().map(s -> s.from() + "-" + s.until()).distinct())
                .containsExactlyInAnyOrder("25200-50400", "50400-79200", "25200-79200");
        // 15 km across at 30 km/h with a road factor of 1.3: under 55 minutes for any journey.
        assertThat(day.travel().time(0, 1)).isBetween(0L, 55 * 60L);
    }

    @Test
    void theGreedyBaselineIsFeasibleAndKeepsDoubleUpsTogether() {
        PlanningProblem day = ProviderDay.generate(300, 2500, 1);

        Plan baseline = GreedyBaseline.plan(day);
        PlanCheck check = PlanChecker.check(day, baseline);

        assertThat(check.violations()).isEmpty();
        assertThat(check.unassigned()).isLessThan(2500 / 20);
        assertThat(check.travelTime()).isPositive();
        Map<String, Visit> visits = day.visits().stream().collect(Collectors.toMap(Visit::id, Function.identity()));
        Map<String, Long> shiftsPerDoubleUp = baseline.routes().stream()
                .flatMap(r -> r.stops().stream())
                .map(s -> visits.get(s.visitId()))
                .filter(v -> v.sync() != null)
                .collect(Collectors.groupingBy(v -> v.sync().group(), Collectors.counting()));
        assertThat(shiftsPerDoubleUp.values()).containsOnly(2L);
    }
}
