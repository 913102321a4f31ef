package org.carecoop.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;

/** Random worker cards and requests around a place, for the matching properties. */
final class MatchingArbitraries {

    static final List<String> INTERESTS = List.of("walking", "gardening", "brass bands", "baking", "chess", "films");
    static final List<String> LANGUAGES = List.of("English", "Urdu", "Polish", "Welsh");

    private MatchingArbitraries() {}

    /** A point up to about {@code maxKm} from the centre. */
    static Arbitrary<GeoPoint> near(GeoPoint centre, double maxKm) {
        double delta = maxKm / 111.2 / 1_000_000;
        Arbitrary<Integer> millionths = Arbitraries.integers().between(-1_000_000, 1_000_000);
        return Combinators.combine(millionths, millionths)
                .as((dLat, dLon) -> new GeoPoint(
                        centre.latitude() + dLat * delta,
                        centre.longitude() + dLon * delta / Math.cos(Math.toRadians(centre.latitude()))));
    }

    /** Some hours of the week, as a few windows of a few hours. */
    static Arbitrary<WeeklyPattern> pattern() {
        return pattern(1, 4, 8);
    }

    /** Between {@code min} and {@code max} windows of up to {@code longest} hours. */
    static Arbitrary<WeeklyPattern> pattern(int min, int max, int longest) {
        return Arbitraries.integers()
                .between(0, 160)
                .flatMap(start -> Arbitraries.integers().between(1, longest).map(length -> range(start, length)))
                .list()
                .ofMinSize(min)
                .ofMaxSize(max)
                .map(parts -> parts.stream().reduce(WeeklyPattern.empty(), WeeklyPattern::union));
    }

    static WeeklyPattern range(int start, int length) {
        int[] hours = new int[Math.min(length, WeeklyPattern.HOURS - start)];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = start + i;
        }
        return WeeklyPattern.ofHours(hours);
    }

    static Arbitrary<VettingTiers> tiers(LocalDate today) {
        Arbitrary<LocalDate> day = Arbitraries.integers().between(-30, 400).map(today::plusDays);
        return Combinators.combine(day.injectNull(0.1), Arbitraries.integers().between(-1, 2))
                .as((one, cut) -> {
                    if (one == null) {
                        return VettingTiers.NONE;
                    }
                    return cut < 0 ? new VettingTiers(one, null) : new VettingTiers(one, one.minusDays(cut * 20L));
                });
    }

    static Arbitrary<WorkerCard> card(GeoPoint centre, LocalDate today) {
        Arbitrary<GeoPoint> home = near(centre, 60).injectNull(0.05);
        return Combinators.combine(
                        home,
                        Arbitraries.frequency(
                                Tuple.of(6, WorkerCard.Kind.WORKER),
                                Tuple.of(2, WorkerCard.Kind.VOLUNTEER),
                                Tuple.of(2, WorkerCard.Kind.PEER_SUPPORTER)),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.of(Gender.class),
                        Arbitraries.subsetOf(Skill.values()),
                        Arbitraries.subsetOf(Condition.values()).ofMaxSize(4),
                        Arbitraries.subsetOf(INTERESTS),
                        Arbitraries.subsetOf(LANGUAGES).ofMinSize(1))
                .flatAs((place, kind, radius, gender, skills, conditions, interests, languages) -> Combinators.combine(
                                pattern(3, 12, 12),
                                tiers(today),
                                Arbitraries.integers().between(0, 30),
                                Arbitraries.of(true, false))
                        .as((availability, tiers, years, drives) -> new WorkerCard(
                                UUID.randomUUID(),
                                "Worker " + UUID.randomUUID().toString().substring(0, 6),
                                kind,
                                place,
                                place == null ? null : "HX7",
                                radius,
                                drives,
                                gender,
                                years,
                                skills,
                                conditions,
                                new ArrayList<>(interests),
                                new ArrayList<>(languages),
                                availability,
                                tiers,
                                1500)));
    }

    static Arbitrary<Preference> preference(Strength strength) {
        return Arbitraries.of(PreferenceKind.class).flatMap(kind -> switch (kind) {
            case SKILL -> Arbitraries.of(Skill.class).map(s -> new Preference(kind, s.name(), strength));
            case GENDER -> Arbitraries.of(Gender.WOMAN, Gender.MAN).map(g -> new Preference(kind, g.name(), strength));
            case LANGUAGE -> Arbitraries.of(LANGUAGES).map(l -> new Preference(kind, l, strength));
            case DRIVES -> Arbitraries.just(new Preference(kind, "", strength));
            case CONDITION_EXPERIENCE ->
                Arbitraries.of(Condition.class).map(c -> new Preference(kind, c.name(), strength));
        });
    }

    static Arbitrary<SupportRequest> request(UUID personId, GeoPoint place) {
        Arbitrary<List<Preference>> preferences = Combinators.combine(
                        preference(Strength.MUST).list().ofMaxSize(1),
                        preference(Strength.WOULD_LIKE).list().ofMaxSize(3))
                .as((musts, likes) -> {
                    List<Preference> all = new ArrayList<>();
                    for (Preference p : musts) {
                        if (all.stream()
                                .noneMatch(
                                        q -> q.kind() == p.kind() && q.value().equals(p.value()))) {
                            all.add(p);
                        }
                    }
                    for (Preference p : likes) {
                        if (all.stream()
                                .noneMatch(
                                        q -> q.kind() == p.kind() && q.value().equals(p.value()))) {
                            all.add(p);
                        }
                    }
                    return all;
                });
        return Combinators.combine(
                        pattern(),
                        Arbitraries.integers().between(5, 60).map(i -> i / 100.0),
                        Arbitraries.subsetOf(Skill.values()).ofMaxSize(4),
                        Arbitraries.subsetOf(OutcomeSought.values()).ofMaxSize(3),
                        Arbitraries.subsetOf(INTERESTS).ofMaxSize(3),
                        Arbitraries.frequency(
                                Tuple.of(6, SupportRequest.Prefers.WORKER),
                                Tuple.of(2, SupportRequest.Prefers.PEER_SUPPORTER),
                                Tuple.of(2, SupportRequest.Prefers.ACTIVITY)),
                        preferences)
                .as((times, share, tasks, outcomes, interests, prefers, prefs) -> request(
                        personId,
                        place,
                        times,
                        Math.max(1, (int) Math.round(times.hours() * share)),
                        tasks,
                        outcomes,
                        new ArrayList<>(interests),
                        prefers,
                        prefs));
    }

    static SupportRequest request(
            UUID personId,
            GeoPoint place,
            WeeklyPattern times,
            int hours,
            Set<Skill> tasks,
            Set<OutcomeSought> outcomes,
            List<String> interests,
            SupportRequest.Prefers prefers,
            List<Preference> preferences) {
        return new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Help at home",
                "",
                SupportRequest.Kind.WEEKLY,
                times,
                hours,
                null,
                null,
                tasks,
                outcomes,
                interests,
                prefers,
                true,
                preferences,
                place,
                "HX7",
                Instant.parse("2026-11-23T09:00:00Z"));
    }
}
