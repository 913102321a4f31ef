package org.carecoop.planning.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanCheck;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.carecoop.platform.cli.BenchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class MankowskaTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The terminal d and two patients: p1 (one service s1, 5 long, window 0–20) 10 from d; p2 (s1
     * and s2 together, 10 long each, window 30–40) 20 from d and 15 from p1. Caregiver c1 can do s1
     * and s2, c2 only s2.
     */
    static final String TINY = """
            {"metadata": {"name": "TINY"},
             "distances": [[0, 10, 20], [10, 0, 15], [20, 15, 0]],
             "terminal_points": [{"id": "d", "distance_matrix_index": 0}],
             "caregivers": [
               {"id": "c1", "abilities": ["s1", "s2"], "departing_point": "d", "arrival_point": "d"},
               {"id": "c2", "abilities": ["s2"], "departing_point": "d", "arrival_point": "d"}],
             "patients": [
               {"id": "p1", "required_services": [{"service": "s1", "duration": 5}], "distance_matrix_index": 1,
                "time_windows": [{"start": 0, "end": 20}]},
               {"id": "p2", "required_services": [{"service": "s1", "duration": 10}, {"service": "s2", "duration": 10}],
                "distance_matrix_index": 2, "time_windows": [{"start": 30, "end": 40}],
                "synchronization": SYNC}],
             "services": [{"id": "s1", "type": "s1"}, {"id": "s2", "type": "s2"}]}
            """;

    static MankowskaInstance tiny(String sync) {
        return MankowskaInstance.parse(TINY.replace("SYNC", sync), JSON);
    }

    static MankowskaInstance together() {
        return tiny("{\"type\": \"simultaneous\"}");
    }

    static MankowskaSolution.ServiceVisit at(String patient, String service, double start) {
        return new MankowskaSolution.ServiceVisit(patient, service, start);
    }

    static MankowskaSolution solution(double p1, double p2s1, double p2s2) {
        return new MankowskaSolution(
                "TINY",
                List.of(
                        new MankowskaSolution.Route("c1", List.of(at("p1", "s1", p1), at("p2", "s1", p2s1))),
                        new MankowskaSolution.Route("c2", List.of(at("p2", "s2", p2s2)))));
    }

    @Test
    void theRealFileIsRead() throws IOException {
        MankowskaInstance instance = MankowskaInstance.parse(
                new String(MankowskaTests.class
                        .getResourceAsStream("/bench/mankowska/InstanzCPLEX_HCSRP_10_1.json")
                        .readAllBytes()),
                JSON);

        assertThat(instance.name()).isEqualTo("InstanzCPLEX_HCSRP_10_1");
        assertThat(instance.distances()).hasNumberOfRows(11);
        assertThat(instance.distance(0, 1)).isEqualTo(38.471);
        assertThat(instance.caregivers()).hasSize(3);
        assertThat(instance.caregivers().get(0))
                .isEqualTo(new MankowskaInstance.Caregiver("c1", java.util.Set.of("s1", "s2", "s3"), 0, 0));
        assertThat(instance.patients()).hasSize(10);
        MankowskaInstance.Patient p9 = instance.patients().get(8);
        assertThat(p9.id()).isEqualTo("p9");
        assertThat(p9.windowStart()).isEqualTo(298.0);
        assertThat(p9.windowEnd()).isEqualTo(418.0);
        assertThat(p9.sync()).isEqualTo(new MankowskaInstance.Sync(false, 51, 102));
        assertThat(instance.patients().get(7).sync()).isEqualTo(new MankowskaInstance.Sync(true, 0, 0));

        PlanningProblem problem = MankowskaAdapter.problem(instance);
        assertThat(problem.visits()).hasSize(13);
        assertThat(problem.shifts()).hasSize(3);
        assertThat(problem.travel().time(0, 1)).isEqualTo(38_471);
        assertThat(problem.travel().distance(0, 1)).isEqualTo(38_471);
        Visit second = problem.visits().stream()
                .filter(v -> v.id().equals("p9/s4"))
                .findFirst()
                .orElseThrow();
        assertThat(second.sync()).isEqualTo(new Visit.Sync("p9", 1, 51_000, 102_000));
        assertThat(second.requiredSkills()).containsExactly("s4");
        assertThat(second.strictWindow()).isFalse();
        assertThat(second.windowEnd()).isEqualTo(418_000);
    }

    @Test
    void aFeasibleSolutionCostsTravelPlusTardinessOverThree() {
        // c1: d → p1 (at 10, done 15) → p2 (at 30) → d: 10 + 15 + 20. c2: d → p2 (waits for 30) → d: 40.
        MankowskaChecker.Verdict onTime = MankowskaChecker.check(together(), solution(10, 30, 30));
        assertThat(onTime.violations()).isEmpty();
        assertThat(onTime.travel()).isEqualTo(85.0);
        assertThat(onTime.objective()).isCloseTo(85.0 / 3, within(1e-9));

        // Both parts of p2 start 5 after its window: total tardiness 10, the largest 5.
        MankowskaChecker.Verdict late = MankowskaChecker.check(together(), solution(10, 45, 45));
        assertThat(late.violations()).isEmpty();
        assertThat(late.totalTardiness()).isEqualTo(10.0);
        assertThat(late.maxTardiness()).isEqualTo(5.0);
        assertThat(late.objective()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void brokenSynchronisationAbilitiesTimingAndMissingServicesAreReported() {
        assertThat(MankowskaChecker.check(together(), solution(10, 30, 31)).violations())
                .containsExactly("Patient p2's second service starts 1.000 after the first, outside 0 to 0.");
        MankowskaInstance ordered = tiny("{\"type\": \"sequential\", \"distance\": {\"min\": 5, \"max\": 10}}");
        assertThat(MankowskaChecker.check(ordered, solution(10, 30, 37)).violations())
                .isEmpty();
        assertThat(MankowskaChecker.check(ordered, solution(10, 30, 30)).violations())
                .containsExactly("Patient p2's second service starts 0.000 after the first, outside 5 to 10.");
        assertThat(MankowskaChecker.check(together(), solution(9, 30, 30)).violations())
                .containsExactly("Caregiver c1 starts p1/s1 at 9.000 but cannot start before 10.000.");
        MankowskaSolution wrongHands = new MankowskaSolution(
                "TINY",
                List.of(
                        new MankowskaSolution.Route("c1", List.of(at("p2", "s2", 30))),
                        new MankowskaSolution.Route("c2", List.of(at("p1", "s1", 10), at("p2", "s1", 30)))));
        assertThat(MankowskaChecker.check(together(), wrongHands).violations())
                .containsExactly("Caregiver c2 cannot do s1 for p1.", "Caregiver c2 cannot do s1 for p2.");
        MankowskaSolution missing =
                new MankowskaSolution("TINY", List.of(new MankowskaSolution.Route("c1", List.of(at("p1", "s1", 10)))));
        assertThat(MankowskaChecker.check(together(), missing).violations())
                .containsExactly("Service p2/s1 is not done.", "Service p2/s2 is not done.");
    }

    @Test
    void aPlanInThousandthsBecomesTheSameSolutionAndBothCheckersAgree() {
        MankowskaInstance instance = together();
        PlanningProblem problem = MankowskaAdapter.problem(instance);
        Plan plan = new Plan(
                "TINY",
                List.of(
                        new Plan.Route("c1", List.of(new Plan.Stop("p1/s1", 10_000), new Plan.Stop("p2/s1", 45_000))),
                        new Plan.Route("c2", List.of(new Plan.Stop("p2/s2", 45_000)))),
                List.of(),
                "");

        PlanCheck check = PlanChecker.check(problem, plan);
        MankowskaSolution solution = MankowskaAdapter.solution(instance, plan);
        MankowskaChecker.Verdict verdict = MankowskaChecker.check(instance, solution);

        assertThat(solution).isEqualTo(solution(10, 45, 45));
        assertThat(check.violations()).isEmpty();
        assertThat(verdict.violations()).isEmpty();
        assertThat(check.travelDistance() / 1000.0).isEqualTo(verdict.travel());
        assertThat(check.totalLateness() / 1000.0).isEqualTo(verdict.totalTardiness());
        assertThat(check.maxLateness() / 1000.0).isEqualTo(verdict.maxTardiness());
    }

    @Test
    void aSolutionSurvivesTheJsonRoundTrip(@TempDir Path dir) throws IOException {
        BenchData data = new BenchData(
                BenchOptions.parse(List.of("--data", dir.toString(), "--solutions", dir.toString())), "", JSON);

        data.write("TINY", solution(10, 30, 30));

        String written = Files.readString(dir.resolve("TINY.json"));
        assertThat(JSON.readTree(written)
                        .get("routes")
                        .get(0)
                        .get("visits")
                        .get(1)
                        .get("start")
                        .asDouble())
                .isEqualTo(30.0);
        assertThat(JSON.readTree(written).get("routes").get(1).get("caregiver").asString())
                .isEqualTo("c2");
        assertThat(JSON.readValue(written, MankowskaSolution.class)).isEqualTo(solution(10, 30, 30));
    }
}
