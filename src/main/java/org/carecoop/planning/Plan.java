package org.carecoop.planning;

import java.util.List;

/**
 * A plan: for each shift the visits in the order they are made, with each service's start, and the
 * visits nobody could take.
 *
 * @param problemName the {@link PlanningProblem#name()} it answers
 * @param routes one per shift that makes a visit
 * @param unassignedVisitIds visits left out
 * @param score the solver's own score, for logs only; judge a plan with {@link PlanChecker}
 */
public record Plan(String problemName, List<Route> routes, List<String> unassignedVisitIds, String score) {

    public Plan {
        routes = List.copyOf(routes);
        unassignedVisitIds = List.copyOf(unassignedVisitIds);
    }

    /** One shift's visits in order. */
    public record Route(String shiftId, List<Stop> stops) {

        public Route {
            stops = List.copyOf(stops);
        }
    }

    /** A visit and when its service starts. */
    public record Stop(String visitId, long start) {}
}
