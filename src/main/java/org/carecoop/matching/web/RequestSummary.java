package org.carecoop.matching.web;

import java.util.List;
import java.util.UUID;
import org.carecoop.matching.internal.Matchmaking.NearbyRequest;
import org.carecoop.matching.internal.ReasonTexts;
import org.jspecify.annotations.Nullable;

/**
 * What a worker near a person sees of their request: never contact details, address or records.
 *
 * @param reasons why the worker matches it, in plain English
 */
record RequestSummary(
        UUID id,
        String title,
        String firstName,
        @Nullable String district,
        String times,
        int hoursWanted,
        String tasks,
        String interests,
        String outcomes,
        String prefersKey,
        List<String> reasons,
        boolean interested,
        @Nullable Double distanceKm) {

    static RequestSummary of(NearbyRequest n, ReasonTexts texts) {
        var r = n.request();
        return new RequestSummary(
                r.id(),
                r.title(),
                n.firstName(),
                r.district(),
                texts.times(r.times()),
                r.hoursWanted(),
                texts.join(r.tasks().stream().map(texts::label).toList()),
                texts.join(r.interests()),
                texts.join(r.outcomes().stream().map(texts::label).toList()),
                "shortlist.kind." + r.prefers().name().toLowerCase(java.util.Locale.ROOT),
                texts.texts(n.match().reasons()),
                n.interested(),
                n.match().distanceKm());
    }
}
