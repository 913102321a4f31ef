package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carecoop.planning.PlanningProblem;
import org.junit.jupiter.api.Test;

/**
 * The incremental times must not depend on the way a plan was reached: after any sequence of moves,
 * re-timing only what each move touched gives exactly the times (and looped parts) of timing the
 * whole plan from scratch. Moves here are random, over a street with three double-ups and an
 * ordered pair, so settling and never-settling loops both come up often.
 */
class VisitTimesTests {

    @Test
    void timesAfterEveryMoveMatchTimesWorkedOutFromScratch() {
        PlanningProblem problem = Problems.busyStreet();
        Random random = new Random(3);
        int looped = 0;
        for (int trial = 0; trial < 500; trial++) {
            RoutePlan model = TimefoldPlanner.model(problem);
            for (PlanningVisit visit : model.visits()) {
                if (random.nextInt(4) > 0) {
                    model.shifts().get(random.nextInt(3)).visits().add(visit);
                }
            }
            VisitTimes.timeAll(model);
            VisitTimes listener = new VisitTimes();
            for (int step = 0; step < 30; step++) {
                moveOneVisit(model, listener, random);
                String incremental = times(model);
                VisitTimes.timeAll(model);

                assertThat(incremental).as("trial %d step %d", trial, step).isEqualTo(times(model));
                looped += model.visits().stream().anyMatch(PlanningVisit::looped) ? 1 : 0;
            }
        }
        assertThat(looped)
                .as("plans with parts waiting on each other in a loop")
                .isGreaterThan(100);
    }

    /** Moves a visit as Timefold would, telling the listener what changed as Timefold does. */
    private static void moveOneVisit(RoutePlan model, VisitTimes listener, Random random) {
        PlanningVisit visit = model.visits().get(random.nextInt(model.visits().size()));
        PlanningShift from = null;
        int fromIndex = -1;
        for (PlanningShift shift : model.shifts()) {
            if (shift.visits().contains(visit)) {
                from = shift;
                fromIndex = shift.visits().indexOf(visit);
                shift.visits().remove(visit);
            }
        }
        PlanningShift to = random.nextInt(5) == 0 ? null : model.shifts().get(random.nextInt(3));
        int toIndex = to == null ? -1 : random.nextInt(to.visits().size() + 1);
        if (to != null) {
            to.visits().add(toIndex, visit);
        }
        VisitTimes.relink(model);
        if (from != null) {
            listener.afterListVariableChanged(null, from, fromIndex, fromIndex);
        }
        if (to != null) {
            listener.afterListVariableChanged(null, to, toIndex, toIndex + 1);
        } else {
            listener.afterListVariableElementUnassigned(null, visit);
        }
    }

    private static String times(RoutePlan model) {
        List<String> times = new ArrayList<>();
        for (PlanningVisit visit : model.visits()) {
            times.add(visit.id() + "=" + visit.arrival() + "/" + visit.start() + (visit.looped() ? " looped" : ""));
        }
        return String.join(", ", times);
    }
}
