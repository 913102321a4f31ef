package org.carecoop.matching.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.Skill;

/**
 * The hard filters of matching (CH3) for one worker and one request, in plain Java. The shortlist
 * query narrows thousands of cards in SQL by the same rules; this is the exact check every survivor
 * passes again, and what the workers' own view of requests near them uses.
 */
public final class HardFilters {

    private HardFilters() {}

    /** The first rule the worker breaks for the request, or empty when they may be shortlisted. */
    public static Optional<HardFilter> firstBroken(
            SupportRequest request, WorkerCard card, PersonFacts person, LocalDate today) {
        if (card.home() == null || request.place() == null) {
            return Optional.of(HardFilter.NO_PLACE);
        }
        if (card.workerId().equals(request.personId())) {
            return Optional.of(HardFilter.SELF);
        }
        if (card.home().distanceKm(request.place()) > card.travelRadiusKm()) {
            return Optional.of(HardFilter.TOO_FAR);
        }
        if (card.tierOn(today) < person.minimumTier()) {
            return Optional.of(HardFilter.TIER);
        }
        if (person.excludedWorkers().contains(card.workerId())) {
            return Optional.of(HardFilter.EXCLUDED);
        }
        if (!rightKind(request, card, person)) {
            return Optional.of(HardFilter.KIND);
        }
        for (Preference must : request.musts()) {
            Optional<HardFilter> broken = broken(must, card);
            if (broken.isPresent()) {
                return broken;
            }
        }
        if (card.availability().overlapHours(request.times()) < request.hoursWanted()) {
            return Optional.of(HardFilter.NOT_FREE);
        }
        return Optional.empty();
    }

    /**
     * A peer supporter is shortlisted only when the person asked for one, and then only with lived
     * experience of one of their conditions; otherwise only workers and volunteers are.
     */
    static boolean rightKind(SupportRequest request, WorkerCard card, PersonFacts person) {
        if (request.prefers() == SupportRequest.Prefers.PEER_SUPPORTER) {
            return card.givesPeerSupport() && card.conditions().stream().anyMatch(person.conditions()::contains);
        }
        return card.kind() != WorkerCard.Kind.PEER_SUPPORTER;
    }

    /** Whether the worker meets one preference, a must or a would-like. */
    public static boolean meets(Preference preference, WorkerCard card) {
        return broken(preference, card).isEmpty();
    }

    private static Optional<HardFilter> broken(Preference p, WorkerCard card) {
        return switch (p.kind()) {
            case SKILL ->
                MatchScoring.parse(Skill.class, p.value())
                                .filter(card.skills()::contains)
                                .isPresent()
                        ? Optional.empty()
                        : Optional.of(HardFilter.MUST_SKILL);
            case GENDER ->
                MatchScoring.parse(Gender.class, p.value())
                                .filter(g -> g == card.gender())
                                .isPresent()
                        ? Optional.empty()
                        : Optional.of(HardFilter.MUST_GENDER);
            case LANGUAGE ->
                card.languages().contains(p.value().toLowerCase(Locale.UK))
                        ? Optional.empty()
                        : Optional.of(HardFilter.MUST_LANGUAGE);
            case DRIVES -> card.drives() ? Optional.empty() : Optional.of(HardFilter.MUST_DRIVES);
            case CONDITION_EXPERIENCE ->
                MatchScoring.parse(Condition.class, p.value())
                                .filter(card.conditions()::contains)
                                .isPresent()
                        ? Optional.empty()
                        : Optional.of(HardFilter.MUST_CONDITION);
        };
    }
}
