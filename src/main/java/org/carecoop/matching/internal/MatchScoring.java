package org.carecoop.matching.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.internal.Reason.Area;
import org.carecoop.matching.internal.Reason.Trait;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.TravelTimes;
import org.carecoop.platform.time.WeeklyPattern;

/**
 * Scores a candidate for a request (CH3) in three areas of 0 to 100 — practicalities, interests and
 * outcomes — weighted 0.5, 0.25 and 0.25 into a total, plus a bonus for each "would like" met and
 * for continuity with a worker the person already knows; and says why, in reasons. Every part only
 * rises when a candidate offers more (more free hours, a shorter journey, more shared interests,
 * more of the help asked for), so a better candidate never scores lower. No Spring: the travel-time
 * port is passed in.
 */
public final class MatchScoring {

    static final double PRACTICALITIES_WEIGHT = 0.5;
    static final double INTERESTS_WEIGHT = 0.25;
    static final double OUTCOMES_WEIGHT = 0.25;
    static final int CURRENT_WORKER_BONUS = 15;
    static final int PAST_WORKER_BONUS = 8;
    static final int WOULD_LIKE_BONUS = 5;
    /** A journey this long or longer scores nothing for travel. */
    static final int TRAVEL_ZERO_MINUTES = 60;
    /** An activity this far away or further scores nothing for distance. */
    static final double ACTIVITY_ZERO_KM = 15;
    /** Years of experience that earn the full (small) weight. */
    static final int EXPERIENCE_FULL_YEARS = 10;
    /** Years of experience that count as "experienced" for learning new skills. */
    static final int EXPERIENCED_YEARS = 5;
    /** What an area scores when the request gives nothing to compare (no interests, no outcomes). */
    static final int NEUTRAL = 50;

    /** What serves each outcome a person seeks: skills and other traits of a worker. */
    static final Map<OutcomeSought, List<Object>> SERVES = servesOutcomes();

    private final TravelTimes travel;

    public MatchScoring(TravelTimes travel) {
        this.travel = travel;
    }

    /** Scores a worker, volunteer or peer supporter who passed the hard filters. */
    public Match scoreWorker(SupportRequest request, WorkerCard card, PersonFacts person) {
        List<Reason> reasons = new ArrayList<>();
        int overlap = card.availability().overlapHours(request.times());
        double available = Math.min(1.0, (double) overlap / request.hoursWanted());
        WeeklyPattern together = card.availability().intersection(request.times());
        if (overlap > 0) {
            reasons.add(Reason.of(
                    Area.PRACTICALITIES,
                    "free",
                    together,
                    Math.min(overlap, request.hoursWanted()),
                    request.hoursWanted()));
        }
        double travelScore = 0;
        Double distanceKm = null;
        if (card.home() != null && request.place() != null) {
            distanceKm = card.home().distanceKm(request.place());
            long minutes = minutes(card.home(), request.place(), card.drives());
            travelScore = Math.max(0, 1 - (double) minutes / TRAVEL_ZERO_MINUTES);
            reasons.add(Reason.of(
                    Area.PRACTICALITIES,
                    (card.drives() ? "drive" : "travel") + (minutes <= 1 ? "Short" : ""),
                    minutes));
        }
        Set<Skill> covered = EnumSet.noneOf(Skill.class);
        covered.addAll(request.tasks());
        covered.retainAll(card.skills());
        double skills = request.tasks().isEmpty()
                ? 1
                : (double) covered.size() / request.tasks().size();
        if (!covered.isEmpty()) {
            reasons.add(Reason.of(Area.PRACTICALITIES, "skills", covered));
        }
        Set<Condition> relevant = EnumSet.noneOf(Condition.class);
        relevant.addAll(person.conditions());
        for (Preference p : request.preferences()) {
            parse(Condition.class, p.value())
                    .filter(c -> p.kind() == PreferenceKind.CONDITION_EXPERIENCE)
                    .ifPresent(relevant::add);
        }
        Set<Condition> known = EnumSet.noneOf(Condition.class);
        known.addAll(relevant);
        known.retainAll(card.conditions());
        double conditions = relevant.isEmpty() ? 1 : (double) known.size() / relevant.size();
        if (!known.isEmpty()) {
            reasons.add(Reason.of(Area.PRACTICALITIES, "conditions", known));
        }
        double years = Math.min(1.0, (double) card.experienceYears() / EXPERIENCE_FULL_YEARS);
        if (card.experienceYears() > 0) {
            reasons.add(Reason.of(
                    Area.PRACTICALITIES,
                    card.experienceYears() == 1 ? "experienceOne" : "experience",
                    card.experienceYears()));
        }
        int practicalities =
                percent(0.35 * available + 0.25 * travelScore + 0.25 * skills + 0.10 * conditions + 0.05 * years);

        List<String> shared = sharedInterests(request.interests(), card.interests());
        int interests = interestScore(request.interests(), shared);
        if (!shared.isEmpty()) {
            reasons.add(Reason.of(Area.INTERESTS, "interests", shared));
        }

        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        if (!shared.isEmpty()) {
            traits.add(Trait.SHARED_INTERESTS);
        }
        if (request.preferences().stream()
                .anyMatch(p -> p.kind() == PreferenceKind.LANGUAGE && HardFilters.meets(p, card))) {
            traits.add(Trait.SHARED_LANGUAGE);
        }
        if (card.experienceYears() >= EXPERIENCED_YEARS) {
            traits.add(Trait.EXPERIENCED);
        }
        if (overlap >= request.hoursWanted()) {
            traits.add(Trait.FREE_ALL_HOURS);
        }
        if (card.drives() || card.skills().contains(Skill.DRIVING)) {
            traits.add(Trait.DRIVES);
        }
        int outcomes = outcomeScore(request, card.skills(), traits, reasons);

        int continuity = switch (person.continuityWith(card.workerId())) {
            case CURRENT -> {
                reasons.add(Reason.of(Area.CONTINUITY, "current", person.firstName()));
                yield CURRENT_WORKER_BONUS;
            }
            case PAST -> {
                reasons.add(Reason.of(Area.CONTINUITY, "past", person.firstName()));
                yield PAST_WORKER_BONUS;
            }
            case NONE -> 0;
        };

        int preferences = 0;
        for (Preference p : request.wouldLikes()) {
            if (HardFilters.meets(p, card)) {
                preferences += WOULD_LIKE_BONUS;
                reasons.add(wouldLike(p));
            }
        }
        return new Match(
                card.workerId(),
                Match.Kind.of(card.kind()),
                card.firstName(),
                card.district(),
                scores(practicalities, interests, outcomes, continuity, preferences),
                reasons,
                distanceKm);
    }

    /** Scores a group or activity that meets in the request's times, near the person. */
    public Match scoreActivity(SupportRequest request, ActivityCandidate activity) {
        List<Reason> reasons = new ArrayList<>();
        WeeklyPattern together = activity.meets().intersection(request.times());
        int overlap = together.hours();
        double fits = activity.meets().isEmpty()
                ? 0
                : Math.min(
                        1.0,
                        (double) overlap
                                / Math.min(
                                        request.hoursWanted(), activity.meets().hours()));
        if (overlap > 0) {
            reasons.add(Reason.of(Area.PRACTICALITIES, "meets", together));
        }
        double near = 0;
        Double distanceKm = null;
        if (activity.point() != null && request.place() != null) {
            distanceKm = activity.point().distanceKm(request.place());
            near = Math.max(0, 1 - distanceKm / ACTIVITY_ZERO_KM);
            reasons.add(Reason.of(Area.PRACTICALITIES, "distance", Math.max(1, Math.round(distanceKm))));
        }
        int practicalities = percent(0.5 * fits + 0.5 * near);
        List<String> shared = sharedInterests(request.interests(), activity.interests());
        int interests = interestScore(request.interests(), shared);
        if (!shared.isEmpty()) {
            reasons.add(Reason.of(Area.INTERESTS, "activityInterests", shared));
        }
        int outcomes;
        if (request.outcomes().isEmpty()) {
            outcomes = NEUTRAL;
        } else {
            Set<OutcomeSought> served = EnumSet.noneOf(OutcomeSought.class);
            served.addAll(request.outcomes());
            served.retainAll(activity.outcomes());
            outcomes = percent((double) served.size() / request.outcomes().size());
            if (!served.isEmpty()) {
                reasons.add(Reason.of(Area.OUTCOMES, "activityOutcomes", served));
            }
        }
        return new Match(
                activity.id(),
                Match.Kind.ACTIVITY,
                activity.name(),
                activity.district(),
                scores(practicalities, interests, outcomes, 0, 0),
                reasons,
                distanceKm);
    }

    /** Whole minutes of travel from the worker's home to the person. */
    long minutes(GeoPoint from, GeoPoint to, boolean drives) {
        Duration time = travel.between(from, to, drives ? TravelTimes.Mode.DRIVING : TravelTimes.Mode.NOT_DRIVING);
        return Math.round(time.toSeconds() / 60.0);
    }

    private static Match.Scores scores(
            int practicalities, int interests, int outcomes, int continuity, int preferences) {
        int weighted = (int) Math.round(
                PRACTICALITIES_WEIGHT * practicalities + INTERESTS_WEIGHT * interests + OUTCOMES_WEIGHT * outcomes);
        return new Match.Scores(
                practicalities, interests, outcomes, continuity, preferences, weighted + continuity + preferences);
    }

    private static int outcomeScore(
            SupportRequest request, Set<Skill> skills, Set<Trait> traits, List<Reason> reasons) {
        if (request.outcomes().isEmpty()) {
            return NEUTRAL;
        }
        double sum = 0;
        for (OutcomeSought outcome : request.outcomes()) {
            List<Object> serving = SERVES.get(outcome);
            List<Object> met = serving.stream()
                    .filter(s -> s instanceof Skill skill ? skills.contains(skill) : traits.contains((Trait) s))
                    .toList();
            sum += (double) met.size() / serving.size();
            if (!met.isEmpty()) {
                reasons.add(Reason.of(Area.OUTCOMES, "outcome", outcome, met));
            }
        }
        return percent(sum / request.outcomes().size());
    }

    private static List<String> sharedInterests(List<String> wanted, List<String> offered) {
        Set<String> theirs = new LinkedHashSet<>();
        offered.forEach(i -> theirs.add(i.toLowerCase(Locale.UK)));
        return wanted.stream()
                .filter(i -> theirs.contains(i.toLowerCase(Locale.UK)))
                .toList();
    }

    private static int interestScore(List<String> wanted, List<String> shared) {
        return wanted.isEmpty() ? NEUTRAL : percent((double) shared.size() / wanted.size());
    }

    private static Reason wouldLike(Preference p) {
        return switch (p.kind()) {
            case SKILL -> Reason.of(Area.PREFERENCES, "like.skill", Set.of(Skill.valueOf(p.value())));
            case GENDER -> Reason.of(Area.PREFERENCES, "like.gender", p.value().toLowerCase(Locale.ROOT));
            case LANGUAGE -> Reason.of(Area.PREFERENCES, "like.language", p.value());
            case DRIVES -> Reason.of(Area.PREFERENCES, "like.drives");
            case CONDITION_EXPERIENCE ->
                Reason.of(Area.PREFERENCES, "like.condition", Set.of(Condition.valueOf(p.value())));
        };
    }

    private static int percent(double fraction) {
        return (int) Math.round(100 * Math.max(0, Math.min(1, fraction)));
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String name) {
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Map<OutcomeSought, List<Object>> servesOutcomes() {
        Map<OutcomeSought, List<Object>> serves = new EnumMap<>(OutcomeSought.class);
        serves.put(
                OutcomeSought.SOCIAL_CONNECTION,
                List.of(Skill.COMPANIONSHIP, Skill.GETTING_OUT, Trait.SHARED_INTERESTS, Trait.SHARED_LANGUAGE));
        serves.put(OutcomeSought.INDEPENDENCE, List.of(Skill.GETTING_OUT, Skill.MEALS, Skill.SHOPPING, Trait.DRIVES));
        serves.put(
                OutcomeSought.HEALTH_AND_WELLBEING,
                List.of(Skill.MEDICATION, Skill.FIRST_AID, Skill.EMOTIONAL_SUPPORT));
        serves.put(
                OutcomeSought.STAYING_AT_HOME,
                List.of(Skill.PERSONAL_CARE, Skill.HOUSEHOLD, Skill.MOVING_AND_HANDLING, Skill.MEALS));
        serves.put(OutcomeSought.NEW_SKILLS, List.of(Trait.EXPERIENCED, Skill.PEER_SUPPORT));
        serves.put(OutcomeSought.WORK_OR_VOLUNTEERING, List.of(Trait.DRIVES, Skill.GETTING_OUT));
        serves.put(OutcomeSought.CARER_BREAK, List.of(Skill.COMPANIONSHIP, Skill.NIGHT_SUPPORT, Trait.FREE_ALL_HOURS));
        return serves;
    }
}
