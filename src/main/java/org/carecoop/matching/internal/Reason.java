package org.carecoop.matching.internal;

import java.util.List;

/**
 * One plain-English reason for a match: a message key of {@code messages-shortlist.properties} and
 * its arguments. Arguments are numbers, words, weekly patterns (rendered as days and times) or
 * collections of skills, conditions, outcomes and {@link Trait}s (rendered as a list in words).
 *
 * @param area which part of the score it explains
 */
public record Reason(Area area, String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    static Reason of(Area area, String key, Object... args) {
        return new Reason(area, "shortlist.reason." + key, List.of(args));
    }

    /** The parts of a match's score. */
    public enum Area {
        PRACTICALITIES,
        INTERESTS,
        OUTCOMES,
        CONTINUITY,
        PREFERENCES
    }

    /** Something about a worker, other than a skill, that serves an outcome the person seeks. */
    public enum Trait {
        SHARED_INTERESTS,
        SHARED_LANGUAGE,
        EXPERIENCED,
        FREE_ALL_HOURS,
        DRIVES
    }
}
