package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;

/**
 * Turns a {@link SolomonInstance} into a {@link PlanningProblem} in thousandths of the file's units.
 * Travel time is rounded up, so that a plan the solver finds feasible in whole thousandths is also
 * feasible in double precision; distance is rounded to the nearest thousandth. One vehicle costs more
 * than any total distance, which gives the hierarchical objective (fewest vehicles, then distance).
 */
final class SolomonAdapter {

    static final long SCALE = 1000;

    /** More than the distance of any Solomon instance in thousandths, so one vehicle outweighs it. */
    static final long VEHICLE_WEIGHT = 1_000_000_000L;

    private SolomonAdapter() {}

    static PlanningProblem problem(SolomonInstance instance) {
        int size = instance.nodes().size();
        long[][] times = new long[size][size];
        long[][] distances = new long[size][size];
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double euclid = instance.euclid(i, j) * SCALE;
                times[i][j] = (long) Math.ceil(euclid);
                distances[i][j] = Math.round(euclid);
            }
        }
        long horizon = scaled(instance.depot().due());
        List<Shift> shifts = new ArrayList<>();
        for (int v = 1; v <= instance.vehicles(); v++) {
            shifts.add(
                    new Shift(vehicleId(v), vehicleId(v), 0, 0, 0, horizon, Set.of(), 0, instance.capacity(), horizon));
        }
        List<Visit> visits = new ArrayList<>();
        for (SolomonInstance.Node node : instance.nodes().subList(1, size)) {
            visits.add(new Visit(
                    visitId(node.number()),
                    visitId(node.number()),
                    node.number(),
                    scaled(node.service()),
                    scaled(node.ready()),
                    scaled(node.due()),
                    true,
                    Set.of(),
                    0,
                    node.demand(),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    null,
                    false));
        }
        return new PlanningProblem(
                instance.name(),
                shifts,
                visits,
                TravelMatrix.of(times, distances),
                new Weights(VEHICLE_WEIGHT, 0, 1, 0, 0, 0, 0, 0, 0));
    }

    /** The plan's non-empty routes as customer numbers in visiting order. */
    static SolomonSolution solution(SolomonInstance instance, Plan plan) {
        List<List<Integer>> routes = new ArrayList<>();
        for (Plan.Route route : plan.routes()) {
            if (!route.stops().isEmpty()) {
                routes.add(route.stops().stream()
                        .map(s -> Integer.valueOf(s.visitId()))
                        .toList());
            }
        }
        return new SolomonSolution(instance.name(), routes);
    }

    static String visitId(int customer) {
        return String.valueOf(customer);
    }

    private static String vehicleId(int vehicle) {
        return "vehicle-" + vehicle;
    }

    private static long scaled(double value) {
        return Math.round(value * SCALE);
    }
}
