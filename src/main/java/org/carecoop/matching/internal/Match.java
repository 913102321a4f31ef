package org.carecoop.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One candidate of a shortlist with its score and the reasons for it.
 *
 * @param id the worker's account, or the activity
 * @param name the worker's first name, or the activity's name
 * @param distanceKm straight-line distance from the person, when both places are known
 */
public record Match(
        UUID id,
        Kind kind,
        String name,
        @Nullable String district,
        Scores scores,
        List<Reason> reasons,
        @Nullable Double distanceKm) {

    public Match {
        reasons = List.copyOf(reasons);
    }

    public boolean isActivity() {
        return kind == Kind.ACTIVITY;
    }

    /** The reasons explaining one part of the score. */
    public List<Reason> reasons(Reason.Area area) {
        return reasons.stream().filter(r -> r.area() == area).toList();
    }

    /** What a candidate is. */
    public enum Kind {
        WORKER,
        VOLUNTEER,
        PEER_SUPPORTER,
        ACTIVITY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(WorkerCard.Kind kind) {
            return switch (kind) {
                case WORKER -> WORKER;
                case VOLUNTEER -> VOLUNTEER;
                case PEER_SUPPORTER -> PEER_SUPPORTER;
            };
        }
    }

    /**
     * How the score is made: three areas 0–100, weighted into {@code total}, plus bonuses.
     *
     * @param continuity bonus for a worker who already supports, or supported, the person
     * @param preferences bonus for each "would like" the candidate meets
     */
    public record Scores(int practicalities, int interests, int outcomes, int continuity, int preferences, int total) {}
}
