package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Judges a Solomon solution on the raw instance in double precision, sharing nothing with the
 * adapter or the planner: every customer exactly once, capacity, arrival by the due date (waiting for
 * the ready time), and back at the depot by its due date. The fleet size in the file is not a limit
 * here: the number of vehicles is the first part of the objective. A tolerance of 10⁻⁶ absorbs rounding in the
 * sums.
 */
final class SolomonChecker {

    private static final double TOLERANCE = 1e-6;

    private SolomonChecker() {}

    /** What the checker found; {@code distance} is the total Euclidean length of every route. */
    record Verdict(List<String> violations, int vehicles, double distance) {

        Verdict {
            violations = List.copyOf(violations);
        }

        boolean feasible() {
            return violations.isEmpty();
        }
    }

    static Verdict check(SolomonInstance instance, SolomonSolution solution) {
        List<String> violations = new ArrayList<>();
        int[] seen = new int[instance.nodes().size()];
        int vehicles = 0;
        double distance = 0;
        for (List<Integer> route : solution.routes()) {
            if (route.isEmpty()) {
                continue;
            }
            vehicles++;
            int at = 0;
            double now = 0;
            long load = 0;
            for (int customer : route) {
                if (customer < 1 || customer > instance.customers()) {
                    violations.add("Route " + vehicles + " visits unknown customer " + customer + ".");
                    continue;
                }
                seen[customer]++;
                SolomonInstance.Node node = instance.nodes().get(customer);
                double leg = instance.euclid(at, customer);
                distance += leg;
                double arrival = now + leg;
                if (arrival > node.due() + TOLERANCE) {
                    violations.add(String.format(
                            Locale.ROOT,
                            "Route %d reaches customer %d at %.6f, after its due date %.0f.",
                            vehicles,
                            customer,
                            arrival,
                            node.due()));
                }
                now = Math.max(arrival, node.ready()) + node.service();
                load += node.demand();
                at = customer;
            }
            double leg = instance.euclid(at, 0);
            distance += leg;
            if (now + leg > instance.depot().due() + TOLERANCE) {
                violations.add(String.format(
                        Locale.ROOT,
                        "Route %d returns to the depot at %.6f, after %.0f.",
                        vehicles,
                        now + leg,
                        instance.depot().due()));
            }
            if (load > instance.capacity()) {
                violations.add("Route " + vehicles + " carries " + load + ", more than the capacity of "
                        + instance.capacity() + ".");
            }
        }
        for (int customer = 1; customer <= instance.customers(); customer++) {
            if (seen[customer] != 1) {
                violations.add("Customer " + customer + " is visited " + seen[customer] + " times.");
            }
        }
        return new Verdict(violations, vehicles, distance);
    }
}
