package org.carecoop.planning.internal.bench;

import java.util.List;

/**
 * A Solomon solution as written to {@code --solutions DIR}: {@code {"instance": "C101", "routes":
 * [[customer numbers in visiting order], …]}}, one inner list per vehicle used, the depot left out.
 */
record SolomonSolution(String instance, List<List<Integer>> routes) {

    SolomonSolution {
        routes = routes.stream().map(List::copyOf).toList();
    }
}
