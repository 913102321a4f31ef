package org.carecoop.matching.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;

/**
 * A group or activity as matching reads it from {@code matching.activity} (CH5).
 *
 * @param meets when it meets each week
 * @param outcomes what it helps people achieve
 * @param conditions the conditions it is for, if it is for people living with particular ones
 */
public record ActivityCandidate(
        UUID id,
        String name,
        String description,
        String place,
        @Nullable GeoPoint point,
        @Nullable String district,
        WeeklyPattern meets,
        List<String> interests,
        Set<OutcomeSought> outcomes,
        Set<Condition> conditions) {

    public ActivityCandidate {
        interests = List.copyOf(interests);
        outcomes = Set.copyOf(outcomes);
        conditions = Set.copyOf(conditions);
    }
}
