package org.carecoop.planning;

import java.util.Set;

/**
 * A stretch of time one worker can work: the planner fills it with an ordered list of visits. The
 * worker leaves {@code startLocation} no earlier than {@code from} and must be back at {@code
 * endLocation} by {@code until}.
 *
 * @param id unique within the problem
 * @param workerId the worker; several shifts of one worker share it (continuity and fair workload
 *     are counted per worker)
 * @param skills what the worker can do
 * @param tier the worker's tier: a visit needing tier 2 can go to a worker of tier 2 or more
 * @param capacity the most total {@link Visit#demand()} the shift can carry ({@link Long#MAX_VALUE}
 *     when there is no such limit, as in care work)
 * @param preferredUntil when the worker would like to have finished (equal to {@code until} when they
 *     said nothing); finishing later is a soft cost
 */
public record Shift(
        String id,
        String workerId,
        int startLocation,
        int endLocation,
        long from,
        long until,
        Set<String> skills,
        int tier,
        long capacity,
        long preferredUntil) {

    public Shift {
        skills = Set.copyOf(skills);
        if (until < from) {
            throw new IllegalArgumentException("Shift " + id + " ends before it starts");
        }
    }
}
