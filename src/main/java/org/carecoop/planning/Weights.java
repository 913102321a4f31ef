package org.carecoop.planning;

/**
 * How much each soft goal costs, per unit, so that one engine serves care rotas and the published
 * benchmarks. Feasibility (skills, tier, exclusions, strict windows, capacity, shift hours, pinned
 * visits, synchronised parts) is never traded against these; leaving a visit unplanned is worse than
 * any soft cost.
 *
 * @param shiftUsed per shift that makes at least one visit (a Solomon vehicle)
 * @param travelTime per time unit travelled
 * @param travelDistance per distance unit travelled
 * @param lateness per time unit a visit starts after its window
 * @param maxLateness per time unit of the single latest start (Mankowska's third term)
 * @param continuity per visit done by someone outside the person's preferred workers
 * @param fairness per squared time unit of each worker's total work, which spreads work evenly
 * @param overtime per time unit a shift runs past the worker's preferred finish
 * @param disruption per visit moved to another shift after the person was told
 */
public record Weights(
        long shiftUsed,
        long travelTime,
        long travelDistance,
        long lateness,
        long maxLateness,
        long continuity,
        long fairness,
        long overtime,
        long disruption) {

    public Weights {
        if (shiftUsed < 0
                || travelTime < 0
                || travelDistance < 0
                || lateness < 0
                || maxLateness < 0
                || continuity < 0
                || fairness < 0
                || overtime < 0
                || disruption < 0) {
            throw new IllegalArgumentException("Weights cannot be negative");
        }
    }
}
