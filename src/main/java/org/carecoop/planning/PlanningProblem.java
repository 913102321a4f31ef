package org.carecoop.planning;

import java.util.List;

/**
 * Everything the planner needs, in neutral units. Times are whole "time units" from an origin the
 * caller chooses (the product uses seconds from the start of the period; benchmarks scale their own
 * units to whole numbers), and places are indices into {@link #travel()}.
 *
 * @param name names the problem in logs and results, such as {@code C101} or {@code HX7 week 48}
 * @param shifts the stretches of time workers can work; a worker working three days has three
 * @param visits what needs doing
 * @param travel time and distance between every pair of places
 * @param weights how much each soft goal counts against the others
 */
public record PlanningProblem(
        String name, List<Shift> shifts, List<Visit> visits, TravelMatrix travel, Weights weights) {

    public PlanningProblem {
        shifts = List.copyOf(shifts);
        visits = List.copyOf(visits);
    }
}
