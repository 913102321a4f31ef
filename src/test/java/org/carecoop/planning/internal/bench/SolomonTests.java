package org.carecoop.planning.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanCheck;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class SolomonTests {

    static String resource(String name) throws IOException {
        try (InputStream in = SolomonTests.class.getResourceAsStream("/bench/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static SolomonInstance c101() throws IOException {
        return SolomonInstance.parse(resource("solomon/C101.txt"));
    }

    /** Depot at the origin open until 100; customer 1 at (3, 4), customer 2 at (6, 8). */
    static final String TINY = "TINY\r\n\r\nVEHICLE\r\nNUMBER     CAPACITY\r\n  2         10\r\n\r\nCUSTOMER\r\n"
            + "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME\r\n \r\n"
            + "    0      0          0          0          0        100          0\r\n"
            + "    1      3          4          6          0         10          2\r\n"
            + "    2      6          8          5         20         30          1\r\n";

    @Test
    void theRealFilesAreReadWithTheirCrlfLineEnds() throws IOException {
        SolomonInstance c101 = c101();
        SolomonInstance r101 = SolomonInstance.parse(resource("solomon/R101.txt"));

        assertThat(c101.name()).isEqualTo("C101");
        assertThat(c101.vehicles()).isEqualTo(25);
        assertThat(c101.capacity()).isEqualTo(200);
        assertThat(c101.customers()).isEqualTo(100);
        assertThat(c101.depot()).isEqualTo(new SolomonInstance.Node(0, 40, 50, 0, 0, 1236, 0));
        assertThat(c101.nodes().get(1)).isEqualTo(new SolomonInstance.Node(1, 45, 68, 10, 912, 967, 90));
        assertThat(r101.name()).isEqualTo("R101");
        assertThat(r101.customers()).isEqualTo(100);
        assertThat(r101.nodes().get(100).number()).isEqualTo(100);
    }

    @Test
    void oneVehiclePerCustomerIsFeasibleForC101AndCostsTheOutAndBackDistances() throws IOException {
        SolomonInstance c101 = c101();
        List<List<Integer>> routes = new ArrayList<>();
        double distance = 0;
        for (int customer = 1; customer <= 100; customer++) {
            routes.add(List.of(customer));
            SolomonInstance.Node node = c101.nodes().get(customer);
            distance += 2 * Math.sqrt(Math.pow(node.x() - 40, 2) + Math.pow(node.y() - 50, 2));
        }

        SolomonChecker.Verdict verdict = SolomonChecker.check(c101, new SolomonSolution("C101", routes));

        assertThat(verdict.violations()).isEmpty();
        assertThat(verdict.vehicles()).isEqualTo(100);
        assertThat(verdict.distance()).isCloseTo(distance, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void swappingTwoCustomersBreaksAWindow() throws IOException {
        SolomonInstance c101 = c101();
        // Customer 5 is ready at 15 and due at 67; customer 3 is ready at 65 and due at 146.
        List<List<Integer>> fine = new ArrayList<>(List.of(List.of(5, 3)));
        List<List<Integer>> swapped = new ArrayList<>(List.of(List.of(3, 5)));
        for (int customer = 1; customer <= 100; customer++) {
            if (customer != 3 && customer != 5) {
                fine.add(List.of(customer));
                swapped.add(List.of(customer));
            }
        }

        assertThat(SolomonChecker.check(c101, new SolomonSolution("C101", fine)).violations())
                .isEmpty();
        assertThat(SolomonChecker.check(c101, new SolomonSolution("C101", swapped))
                        .violations())
                .singleElement()
                .asString()
                .startsWith("Route 1 reaches customer 5 at ");
    }

    @Test
    void capacityTheDepotsCloseAndMissingOrRepeatedCustomersAreReported() {
        SolomonInstance tiny = SolomonInstance.parse(TINY);

        SolomonChecker.Verdict both = SolomonChecker.check(tiny, new SolomonSolution("TINY", List.of(List.of(1, 2))));
        assertThat(both.violations()).containsExactly("Route 1 carries 11, more than the capacity of 10.");
        assertThat(both.distance()).isEqualTo(20.0);
        assertThat(SolomonChecker.check(tiny, new SolomonSolution("TINY", List.of(List.of(1), List.of(1))))
                        .violations())
                .containsExactly("Customer 1 is visited 2 times.", "Customer 2 is visited 0 times.");
        SolomonInstance closing = SolomonInstance.parse(TINY.replace("0        100", "0         25"));
        assertThat(SolomonChecker.check(closing, new SolomonSolution("TINY", List.of(List.of(1), List.of(2))))
                        .violations())
                .singleElement()
                .asString()
                .startsWith("Route 2 returns to the depot at 31.000000");
    }

    @Test
    void theAdapterScalesByAThousandAndRoundsTravelTimeUp() {
        SolomonInstance tiny =
                SolomonInstance.parse(TINY.replace("    2      6          8", "    2      4          5"));
        PlanningProblem problem = SolomonAdapter.problem(tiny);

        assertThat(problem.shifts()).hasSize(2);
        assertThat(problem.shifts().get(0).until()).isEqualTo(100_000);
        assertThat(problem.shifts().get(0).capacity()).isEqualTo(10);
        Visit first = problem.visits().get(0);
        assertThat(first.id()).isEqualTo("1");
        assertThat(first.duration()).isEqualTo(2000);
        assertThat(first.windowEnd()).isEqualTo(10_000);
        assertThat(first.strictWindow()).isTrue();
        assertThat(first.demand()).isEqualTo(6);
        // sqrt(2) = 1.41421…: time rounds up to 1415, distance to the nearest, 1414.
        assertThat(problem.travel().time(1, 2)).isEqualTo(1415);
        assertThat(problem.travel().distance(1, 2)).isEqualTo(1414);
        assertThat(problem.travel().time(0, 1)).isEqualTo(5000);
        // More than 100 customers each out and back across the whole 100 × 100 square, in thousandths.
        assertThat(problem.weights().shiftUsed()).isGreaterThan(100L * 2 * 142_000);
    }

    @Test
    void aPlanTheCheckerAcceptsInThousandthsIsFeasibleOnTheRawInstance() throws IOException {
        SolomonInstance c101 = c101();
        PlanningProblem problem = SolomonAdapter.problem(c101);
        List<Plan.Route> routes = new ArrayList<>();
        for (int customer = 1; customer <= 25; customer++) {
            List<Plan.Stop> stops = new ArrayList<>();
            for (int c = customer; c <= 100; c += 25) {
                stops.add(new Plan.Stop(String.valueOf(c), 0));
            }
            routes.add(new Plan.Route(problem.shifts().get(customer - 1).id(), stops));
        }
        Plan plan = new Plan("C101", routes, List.of(), "");

        PlanCheck check = PlanChecker.check(problem, plan);
        SolomonSolution solution = SolomonAdapter.solution(c101, plan);

        assertThat(solution.routes()).hasSize(25);
        assertThat(solution.routes().get(0)).containsExactly(1, 26, 51, 76);
        assertThat(check.travelDistance() / 1000.0)
                .isCloseTo(SolomonChecker.check(c101, solution).distance(), org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aSolutionSurvivesTheJsonRoundTrip(@TempDir Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        SolomonSolution solution = new SolomonSolution("C101", List.of(List.of(5, 3), List.of(1)));
        BenchData data = new BenchData(
                org.carecoop.platform.cli.BenchOptions.parse(
                        List.of("--data", dir.toString(), "--solutions", dir.toString())),
                "",
                json);

        data.write("C101", solution);

        String written = Files.readString(dir.resolve("C101.json"));
        assertThat(json.readTree(written).get("routes").get(0).get(1).asInt()).isEqualTo(3);
        assertThat(json.readValue(written, SolomonSolution.class)).isEqualTo(solution);
    }

    @Test
    void bestKnownValuesAreTheHierarchicalColumns() throws IOException {
        ReferenceTable table = ReferenceTable.parse(
                "# note\ninstance\tbks_vehicles\tbks_distance\tlkh3_trunc1dec_distance\nC101\t10\t828.94\t827.3\n");

        assertThat(table.number("C101", "bks_vehicles")).contains(10.0);
        assertThat(table.number("C101", "bks_distance")).contains(828.94);
        assertThat(table.number("R101", "bks_distance")).isEmpty();
    }
}
