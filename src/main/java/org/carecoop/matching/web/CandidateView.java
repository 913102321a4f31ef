package org.carecoop.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carecoop.matching.internal.Match;
import org.carecoop.matching.internal.Reason;
import org.carecoop.matching.internal.ReasonTexts;
import org.carecoop.matching.internal.Shortlist;
import org.jspecify.annotations.Nullable;

/**
 * A shortlisted candidate as pages, the letter and the API show them.
 *
 * @param photoUrl the worker's photo, when they have one
 * @param areas the reasons, area by area, in plain English
 * @param interested the worker said they are interested in the request
 * @param invited the person already invited them to meet
 */
record CandidateView(
        UUID id,
        String kind,
        boolean activity,
        String name,
        @Nullable String district,
        String initials,
        @Nullable String photoUrl,
        Match.Scores scores,
        List<AreaReasons> areas,
        boolean interested,
        boolean invited) {

    /** The reasons for one area of the score. */
    record AreaReasons(String area, String labelKey, List<String> texts) {}

    static CandidateView of(Match m, Shortlist shortlist, ReasonTexts texts, boolean hasPhoto) {
        List<AreaReasons> areas = new ArrayList<>();
        for (Reason.Area area : Reason.Area.values()) {
            List<String> lines = texts.texts(m.reasons(area));
            if (!lines.isEmpty()) {
                String code = area.name().toLowerCase(java.util.Locale.ROOT);
                areas.add(new AreaReasons(code, "shortlist.area." + code, lines));
            }
        }
        return new CandidateView(
                m.id(),
                m.kind().code(),
                m.isActivity(),
                m.name(),
                m.district(),
                initials(m.name()),
                hasPhoto ? "/people/" + m.id() + "/photo" : null,
                m.scores(),
                areas,
                shortlist.isInterested(m.id()),
                shortlist.isInvited(m.id()));
    }

    /** Every reason in order, whatever its area. */
    public List<String> allReasons() {
        return areas.stream().flatMap(a -> a.texts().stream()).toList();
    }

    private static String initials(String name) {
        return name.isBlank() ? "?" : name.substring(0, 1).toUpperCase(java.util.Locale.UK);
    }
}
