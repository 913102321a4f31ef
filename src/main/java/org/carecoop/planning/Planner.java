package org.carecoop.planning;

import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Solves a {@link PlanningProblem}. One call plans one problem on the calling thread; it returns the
 * best plan found when the time is up, when nothing has improved for {@code unimprovedLimit}, or when
 * {@code stop} says so.
 */
public interface Planner {

    /**
     * @param warmStart a plan to start from (the current rota, or the last plan before an absence),
     *     or null to construct one
     * @param progress told of each new best plan's score, from the solving thread
     */
    Plan solve(PlanningProblem problem, @Nullable Plan warmStart, Limits limits, Consumer<Progress> progress);

    /** When to stop. */
    record Limits(Duration spent, @Nullable Duration unimproved, java.util.function.BooleanSupplier stop) {

        public static Limits of(Duration spent) {
            return new Limits(spent, null, () -> false);
        }
    }

    /** A new best plan was found. */
    record Progress(Duration elapsed, String score, int unassigned) {}
}
