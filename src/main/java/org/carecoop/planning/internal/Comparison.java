package org.carecoop.planning.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanCheck;
import org.carecoop.planning.PlanChecker;
import org.carecoop.rota.PlanChange;

/**
 * The current rota and a proposed plan side by side, as the co-ordinator decides on it: the figures
 * of each from the independent {@link PlanChecker} (never the solver's own score), and every booked
 * visit the plan would change. Stored with the job as JSON, so accepting later needs nothing else.
 *
 * @param current the rota as it stood when the plan was made
 * @param proposed the plan
 * @param changes the booked visits that would change, earliest first
 */
public record Comparison(Figures current, Figures proposed, List<Change> changes) {

    /** New times are rounded to this, so nobody is asked to come at 09:07. */
    static final long ROUND_SECONDS = 300;

    public Comparison {
        changes = List.copyOf(changes);
    }

    /**
     * What the checker says of one plan.
     *
     * @param travelSeconds total travel, from each worker's home and back
     * @param travelMetres likewise
     * @param latenessSeconds total time visits start after their window
     * @param continuityMisses visits by someone outside the person's team
     * @param unassigned visit parts nobody takes
     * @param problems rules the plan breaks
     */
    public record Figures(
            long travelSeconds,
            long travelMetres,
            long latenessSeconds,
            int continuityMisses,
            int unassigned,
            int problems) {

        static Figures of(PlanCheck check) {
            return new Figures(
                    check.travelTime(),
                    check.travelDistance(),
                    check.totalLateness(),
                    check.continuityMisses(),
                    check.unassigned(),
                    check.violations().size());
        }
    }

    /** One booked visit before and after. */
    public record Change(
            UUID visitId,
            UUID personId,
            Instant wasStart,
            Instant wasEnd,
            List<UUID> wasWorkers,
            Instant start,
            Instant end,
            List<UUID> workers) {

        public Change {
            wasWorkers = List.copyOf(wasWorkers);
            workers = List.copyOf(workers);
        }

        PlanChange toPlanChange() {
            return new PlanChange(visitId, wasStart, wasEnd, wasWorkers, start, end, workers);
        }
    }

    /** The changes as the rota applies them. */
    public List<PlanChange> planChanges() {
        return changes.stream().map(Change::toPlanChange).toList();
    }

    static Comparison of(Snapshot snapshot, Plan proposed) {
        Map<String, String> shiftOf = new HashMap<>();
        Map<String, Long> startOf = new HashMap<>();
        for (Plan.Route route : proposed.routes()) {
            for (Plan.Stop stop : route.stops()) {
                shiftOf.put(stop.visitId(), route.shiftId());
                startOf.put(stop.visitId(), stop.start());
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Snapshot.Part> part : snapshot.parts().entrySet()) {
            if (part.getValue().position() != 0) {
                continue;
            }
            String prefix = part.getKey().substring(0, part.getKey().lastIndexOf('#') + 1);
            for (UUID visitId : part.getValue().visitIds()) {
                Snapshot.Booked was = snapshot.booked().get(visitId);
                List<UUID> workers = new ArrayList<>(was.workers());
                for (int position = 0; position < workers.size(); position++) {
                    String shift = shiftOf.get(prefix + position);
                    if (shift != null) {
                        workers.set(position, snapshot.shiftWorkers().get(shift));
                    }
                }
                if (new HashSet<>(workers).size() != workers.size()) {
                    workers = was.workers();
                }
                Instant start = was.start();
                Long planned = startOf.get(part.getKey());
                if (planned != null) {
                    long rounded = Math.round((double) planned / ROUND_SECONDS) * ROUND_SECONDS;
                    start = snapshot.origin().plusSeconds(rounded);
                }
                Instant end = start.plus(Duration.between(was.start(), was.end()));
                if (!start.equals(was.start()) || !new HashSet<>(workers).equals(new HashSet<>(was.workers()))) {
                    changes.add(new Change(
                            visitId, was.personId(), was.start(), was.end(), was.workers(), start, end, workers));
                }
            }
        }
        changes.sort((a, b) -> a.wasStart().compareTo(b.wasStart()));
        return new Comparison(
                Figures.of(PlanChecker.check(snapshot.problem(), snapshot.current())),
                Figures.of(PlanChecker.check(snapshot.problem(), proposed)),
                changes);
    }
}
