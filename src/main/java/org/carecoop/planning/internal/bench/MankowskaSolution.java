package org.carecoop.planning.internal.bench;

import java.util.List;

/**
 * A Mankowska solution as written to {@code --solutions DIR}: {@code {"instance": …, "routes":
 * [{"caregiver": "c1", "visits": [{"patient": "p3", "service": "s2", "start": 123.0}, …]}, …]}},
 * one route per caregiver who works, visits in order, starts in the instance's own time units.
 */
record MankowskaSolution(String instance, List<Route> routes) {

    MankowskaSolution {
        routes = List.copyOf(routes);
    }

    record Route(String caregiver, List<ServiceVisit> visits) {

        Route {
            visits = List.copyOf(visits);
        }
    }

    record ServiceVisit(String patient, String service, double start) {}
}
