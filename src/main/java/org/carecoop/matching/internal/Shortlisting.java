package org.carecoop.matching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.carecoop.matching.SupportRequest;
import org.carecoop.platform.geo.TravelTimes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes a request's shortlist (CH3): one query narrows the worker cards by the hard filters, every
 * survivor is checked exactly again and scored, and the best are kept.
 */
@Service
public class Shortlisting {

    /** How many candidates a shortlist shows unless asked for another number. */
    public static final int DEFAULT_SIZE = 20;
    /** How many activities are offered as "you might also like" to someone who wanted a worker. */
    static final int ALSO_LIKE = 3;

    /** Best first: highest total, then nearest, then a stable order. */
    static final Comparator<Match> RANKING = Comparator.comparingInt(
                    (Match m) -> m.scores().total())
            .reversed()
            .thenComparing(m -> m.distanceKm() == null ? Double.MAX_VALUE : m.distanceKm())
            .thenComparing(Match::id);

    private final WorkerCards cards;
    private final ActivityCandidates activities;
    private final MatchingFacts facts;
    private final MatchScoring scoring;
    private final Clock clock;

    Shortlisting(
            WorkerCards cards, ActivityCandidates activities, MatchingFacts facts, TravelTimes travel, Clock clock) {
        this.cards = cards;
        this.activities = activities;
        this.facts = facts;
        this.scoring = new MatchScoring(travel);
        this.clock = clock;
    }

    /** The request's shortlist as its page shows it: with activities, interest and left-out counts. */
    @Transactional(readOnly = true)
    public Shortlist shortlist(SupportRequest request, int size) {
        PersonFacts person = facts.person(request.personId());
        LocalDate today = LocalDate.now(clock);
        List<Match> workers = bestWorkers(request, person, today, size);
        List<Match> candidates = new ArrayList<>(workers);
        List<Match> activityMatches = activities.near(request).stream()
                .map(a -> scoring.scoreActivity(request, a))
                .sorted(RANKING)
                .toList();
        List<Match> alsoLike = List.of();
        if (request.prefers() == SupportRequest.Prefers.ACTIVITY) {
            candidates.addAll(activityMatches);
            candidates.sort(RANKING);
            candidates = candidates.subList(0, Math.min(size, candidates.size()));
        } else {
            alsoLike = activityMatches.subList(0, Math.min(ALSO_LIKE, activityMatches.size()));
        }
        return new Shortlist(
                request,
                candidates,
                alsoLike,
                cards.leftOut(request, person, today),
                facts.interested(request.id()),
                facts.invited(request.personId()));
    }

    /** Only the best workers, as the API and benchmark need them: no activities, nothing counted. */
    @Transactional(readOnly = true)
    public List<Match> bestWorkers(SupportRequest request, int size) {
        return bestWorkers(request, facts.person(request.personId()), LocalDate.now(clock), size);
    }

    private List<Match> bestWorkers(SupportRequest request, PersonFacts person, LocalDate today, int size) {
        PriorityQueue<Match> best = new PriorityQueue<>(RANKING.reversed());
        for (WorkerCard card : cards.narrow(request, person, today)) {
            if (HardFilters.firstBroken(request, card, person, today).isPresent()) {
                continue;
            }
            best.add(scoring.scoreWorker(request, card, person));
            if (best.size() > size) {
                best.poll();
            }
        }
        List<Match> ranked = new ArrayList<>(best);
        ranked.sort(RANKING);
        return ranked;
    }

    /** Scores the worker for the request, when they pass every hard filter. */
    @Transactional(readOnly = true)
    public Optional<Match> scoreIfSuited(SupportRequest request, WorkerCard card) {
        PersonFacts person = facts.person(request.personId());
        if (HardFilters.firstBroken(request, card, person, LocalDate.now(clock)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(scoring.scoreWorker(request, card, person));
    }
}
