package org.carecoop.planning;

import java.util.List;

/**
 * What {@link PlanChecker} found: whether a plan is feasible, every rule it breaks in words, and its
 * costs, all worked out from the problem and the plan alone. Co-ordinators compare two plans by these
 * figures before accepting one.
 *
 * @param violations one sentence per broken rule, naming the visit and shift; empty when feasible
 * @param unassigned visits in no route
 * @param shiftsUsed shifts making at least one visit
 * @param travelTime total over every route, from the shift's start place back to its end place
 * @param travelDistance likewise
 * @param totalLateness sum over visits of how long after its window each started
 * @param maxLateness the largest single lateness
 * @param continuityMisses visits with preferred workers that went to someone else
 * @param changedVisits visits whose shift differs from {@link Visit#currentShiftId()} (counting only
 *     visits that had one)
 * @param overtime total time shifts run past the worker's preferred finish
 */
public record PlanCheck(
        List<String> violations,
        int unassigned,
        int shiftsUsed,
        long travelTime,
        long travelDistance,
        long totalLateness,
        long maxLateness,
        int continuityMisses,
        int changedVisits,
        long overtime) {

    public PlanCheck {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return violations.isEmpty();
    }
}
