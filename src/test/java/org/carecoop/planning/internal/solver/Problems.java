package org.carecoop.planning.internal.solver;

import ch.qos.logback.classic.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * Small hand-made problems on a line: place i sits at i × 10 distance units from place 0 (the base),
 * and travel takes as long as the distance.
 */
final class Problems {

    static final Weights TRAVEL_ONLY = new Weights(0, 1, 0, 0, 0, 0, 0, 0, 0);

    private Problems() {}

    /**
     * Plain unit tests run without Spring Boot's logging set-up, so logback would print Timefold's
     * debug line for every step, which slows solving down by orders of magnitude.
     */
    static void quietSolverLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("ai.timefold")).setLevel(Level.INFO);
    }

    static TravelMatrix line(int places) {
        long[][] times = new long[places][places];
        for (int from = 0; from < places; from++) {
            for (int to = 0; to < places; to++) {
                times[from][to] = 10L * Math.abs(from - to);
            }
        }
        return TravelMatrix.of(times, times);
    }

    static Shift shift(String id, String workerId) {
        return new Shift(id, workerId, 0, 0, 0, 1000, Set.of(), 1, Long.MAX_VALUE, 1000);
    }

    static Visit visit(String id, int place, long windowStart, long windowEnd) {
        return new VisitBuilder(id, place, windowStart, windowEnd).build();
    }

    static Visit part(String id, int place, long windowStart, long windowEnd, String group, int order) {
        VisitBuilder builder = new VisitBuilder(id, place, windowStart, windowEnd);
        builder.sync = new Visit.Sync(group, order, 0, 0);
        return builder.build();
    }

    static Visit strict(Visit visit) {
        VisitBuilder builder = new VisitBuilder(visit);
        builder.strictWindow = true;
        return builder.build();
    }

    static Visit pinned(Visit visit, String shiftId) {
        VisitBuilder builder = new VisitBuilder(visit);
        builder.pinnedShiftId = shiftId;
        return builder.build();
    }

    /** A visit with every field open to change, for tests that need one unusual field. */
    static final class VisitBuilder {
        String id;
        int place;
        long duration = 20;
        long windowStart;
        long windowEnd;
        boolean strictWindow;
        Set<String> requiredSkills = Set.of();
        int minTier;
        long demand;
        Set<String> preferredWorkerIds = Set.of();
        Set<String> excludedWorkerIds = Set.of();
        Visit.@Nullable Sync sync;

        @Nullable
        String pinnedShiftId;

        @Nullable
        String currentShiftId;

        boolean notified;

        VisitBuilder(String id, int place, long windowStart, long windowEnd) {
            this.id = id;
            this.place = place;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
        }

        VisitBuilder(Visit visit) {
            this(visit.id(), visit.location(), visit.windowStart(), visit.windowEnd());
            duration = visit.duration();
            strictWindow = visit.strictWindow();
            requiredSkills = visit.requiredSkills();
            minTier = visit.minTier();
            demand = visit.demand();
            preferredWorkerIds = visit.preferredWorkerIds();
            excludedWorkerIds = visit.excludedWorkerIds();
            sync = visit.sync();
            pinnedShiftId = visit.pinnedShiftId();
            currentShiftId = visit.currentShiftId();
            notified = visit.notified();
        }

        Visit build() {
            return new Visit(
                    id,
                    "person-" + (sync == null ? id : sync.group()),
                    place,
                    duration,
                    windowStart,
                    windowEnd,
                    strictWindow,
                    requiredSkills,
                    minTier,
                    demand,
                    preferredWorkerIds,
                    excludedWorkerIds,
                    sync,
                    pinnedShiftId,
                    currentShiftId,
                    notified);
        }
    }

    static PlanningProblem problem(List<Shift> shifts, List<Visit> visits, Weights weights) {
        return new PlanningProblem("test", shifts, visits, line(10), weights);
    }

    /** Three workers, a dozen visits, three double-ups and an ordered pair, on one street. */
    static PlanningProblem busyStreet() {
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            visits.add(visit("v" + i, i, 40L * i, 40L * i + 150));
        }
        for (int g = 0; g < 3; g++) {
            visits.add(part("g" + g + "a", 2 + 3 * g, 60L * g, 60L * g + 200, "g" + g, 0));
            visits.add(part("g" + g + "b", 2 + 3 * g, 60L * g, 60L * g + 200, "g" + g, 1));
        }
        VisitBuilder second = new VisitBuilder(part("pair2", 4, 100, 400, "pair", 1));
        second.sync = new Visit.Sync("pair", 1, 30, 90);
        visits.add(part("pair1", 8, 100, 400, "pair", 0));
        visits.add(second.build());
        return problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")),
                visits,
                new Weights(0, 1, 1, 10, 10, 0, 0, 0, 0));
    }
}
