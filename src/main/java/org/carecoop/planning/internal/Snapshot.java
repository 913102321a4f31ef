package org.carecoop.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;

/**
 * A planning problem made from the rota, with what it takes to turn a plan back into changes to
 * booked visits: which booked visits each planning visit stands for, which worker each shift belongs
 * to, and each booked visit as it was when the problem was made.
 *
 * @param origin the start of the period: planning times are seconds after it
 * @param current the rota as it stands, as a plan (the warm start, and the baseline of the comparison)
 * @param parts for each planning visit, the booked visits it stands for (several for a shared session)
 *     and which of their workers it is (0 the lead, 1 the second worker of a double-up)
 * @param shiftWorkers the worker of each shift
 * @param booked each booked visit in the problem, as it was
 */
record Snapshot(
        PlanningProblem problem,
        Plan current,
        Instant origin,
        Map<String, Part> parts,
        Map<String, UUID> shiftWorkers,
        Map<UUID, Booked> booked) {

    /** One worker's part of one or more booked visits. */
    record Part(List<UUID> visitIds, int position) {}

    /** A booked visit as the problem saw it. */
    record Booked(UUID id, UUID personId, Instant start, Instant end, List<UUID> workers) {

        Booked {
            workers = List.copyOf(workers);
        }
    }

    /** How big the problem is, as the job's page shows it. */
    Map<String, Integer> metrics() {
        return Map.of(
                "visits", booked.size(),
                "parts", problem.visits().size(),
                "shifts", problem.shifts().size(),
                "workers", (int) shiftWorkers.values().stream().distinct().count(),
                "places", problem.travel().size());
    }
}
