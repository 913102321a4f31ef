package org.carecoop.planning;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One visit, or one worker's part of a double-up: a stop that exactly one shift must make.
 *
 * <p>The service starts no earlier than {@code windowStart}; starting after {@code windowEnd} is
 * lateness, forbidden when {@code strictWindow}. A worker who arrives early waits.
 *
 * @param id unique within the problem
 * @param personId who the visit is for (a Solomon customer, a Mankowska patient, a supported person)
 * @param location index into the problem's travel matrix
 * @param duration time at the place
 * @param requiredSkills every one of them must be among the shift's skills
 * @param minTier the lowest worker tier allowed
 * @param demand load the visit takes from the shift's capacity (0 in care work)
 * @param preferredWorkerIds the person's team: visits by one of them keep continuity
 * @param excludedWorkerIds workers who must never be sent
 * @param sync set when this visit is one part of a double-up or ordered pair
 * @param pinnedShiftId when set, the visit must stay with this shift (it has started, or it is
 *     confirmed to the person and may not move)
 * @param currentShiftId the shift the visit has in the current plan, if any: the warm start, and the
 *     baseline for minimal disruption
 * @param notified whether the person was already told about the current assignment, which makes a
 *     change cost more
 */
public record Visit(
        String id,
        String personId,
        int location,
        long duration,
        long windowStart,
        long windowEnd,
        boolean strictWindow,
        Set<String> requiredSkills,
        int minTier,
        long demand,
        Set<String> preferredWorkerIds,
        Set<String> excludedWorkerIds,
        @Nullable Sync sync,
        @Nullable String pinnedShiftId,
        @Nullable String currentShiftId,
        boolean notified) {

    public Visit {
        requiredSkills = Set.copyOf(requiredSkills);
        preferredWorkerIds = Set.copyOf(preferredWorkerIds);
        excludedWorkerIds = Set.copyOf(excludedWorkerIds);
        if (windowEnd < windowStart) {
            throw new IllegalArgumentException("Visit " + id + " has its window the wrong way round");
        }
        if (duration < 0 || demand < 0) {
            throw new IllegalArgumentException("Visit " + id + " has a negative duration or demand");
        }
    }

    /**
     * Ties the parts of a double-up (or of an ordered pair of services) together. Parts share a
     * {@code group}; the part with {@code order} k > 0 must start between {@code minGap} and {@code
     * maxGap} after the part with order k − 1. A double-up whose workers arrive together has two
     * parts with gaps of 0 and 0. Parts of one group must go to different workers when they overlap.
     */
    public record Sync(String group, int order, long minGap, long maxGap) {

        public Sync {
            if (order < 0 || minGap < 0 || maxGap < minGap) {
                throw new IllegalArgumentException("Visit group " + group + " has an impossible gap");
            }
        }
    }
}
