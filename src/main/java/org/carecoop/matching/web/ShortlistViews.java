package org.carecoop.matching.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carecoop.matching.internal.ReasonTexts;
import org.carecoop.matching.internal.Shortlist;
import org.carecoop.people.PeopleApi;
import org.springframework.stereotype.Component;

/** Turns shortlists into what the page, the letter and the API show. */
@Component
class ShortlistViews {

    private final ReasonTexts texts;
    private final PeopleApi people;

    ShortlistViews(ReasonTexts texts, PeopleApi people) {
        this.texts = texts;
        this.people = people;
    }

    List<CandidateView> candidates(Shortlist shortlist) {
        return shortlist.candidates().stream()
                .map(m -> CandidateView.of(m, shortlist, texts, !m.isActivity() && people.hasPhoto(m.id())))
                .toList();
    }

    List<CandidateView> alsoLike(Shortlist shortlist) {
        return shortlist.alsoLike().stream()
                .map(m -> CandidateView.of(m, shortlist, texts, false))
                .toList();
    }

    /** The message key of each hard filter that left someone out, in order, with the number. */
    Map<String, Integer> leftOut(Shortlist shortlist) {
        return shortlist.leftOut().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .collect(Collectors.toMap(
                        e -> e.getKey().messageKey(), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The help the request asks for, in words. */
    String tasks(Shortlist shortlist) {
        return texts.join(shortlist.request().tasks().stream().map(texts::label).toList());
    }

    ReasonTexts texts() {
        return texts;
    }
}
