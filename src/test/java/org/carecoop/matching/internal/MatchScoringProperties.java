package org.carecoop.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carecoop.matching.SupportRequest;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.StraightLineTravelTimes;
import org.carecoop.platform.time.WeeklyPattern;

/**
 * A better candidate never scores lower: more free hours at the times wanted, a shorter journey,
 * more shared interests, more of the help asked for, or already knowing the person each leave every
 * part of the score the same or higher.
 */
class MatchScoringProperties {

    private static final GeoPoint PLACE = new GeoPoint(53.742, -2.014);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID PERSON = UUID.randomUUID();

    private final MatchScoring scoring = new MatchScoring(new StraightLineTravelTimes(1.3, 35, 12));

    record Pair(SupportRequest request, WorkerCard card) {}

    @Provide
    Arbitrary<Pair> pairs() {
        return Combinators.combine(
                        MatchingArbitraries.request(PERSON, PLACE),
                        MatchingArbitraries.card(PLACE, TODAY).filter(c -> c.home() != null))
                .as(Pair::new);
    }

    private static PersonFacts nobodyKnown() {
        return new PersonFacts(PERSON, "Eric", 1, Set.of(), Set.of(), Set.of(), Set.of());
    }

    @Property(tries = 200)
    void moreFreeHoursNeverLowerTheScore(@ForAll("pairs") Pair pair, @ForAll("hours") WeeklyPattern extra) {
        WorkerCard better = with(
                pair.card(),
                pair.card().availability().union(extra),
                pair.card().home(),
                null,
                null);
        assertNoLower(pair.request(), pair.card(), better, nobodyKnown(), nobodyKnown());
    }

    @Provide
    Arbitrary<WeeklyPattern> hours() {
        return MatchingArbitraries.pattern();
    }

    @Property(tries = 200)
    void aShorterJourneyNeverLowersTheScore(@ForAll("pairs") Pair pair, @ForAll("fractions") double closer) {
        GeoPoint home = pair.card().home();
        GeoPoint nearer = new GeoPoint(
                home.latitude() + (PLACE.latitude() - home.latitude()) * closer,
                home.longitude() + (PLACE.longitude() - home.longitude()) * closer);
        WorkerCard better = with(pair.card(), pair.card().availability(), nearer, null, null);
        assertNoLower(pair.request(), pair.card(), better, nobodyKnown(), nobodyKnown());
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.integers().between(0, 1000).map(i -> i / 1000.0);
    }

    @Property(tries = 200)
    void moreSharedInterestsNeverLowerTheScore(@ForAll("pairs") Pair pair, @ForAll("interests") String interest) {
        List<String> interests = new ArrayList<>(pair.card().interests());
        if (!interests.contains(interest)) {
            interests.add(interest);
        }
        WorkerCard better =
                with(pair.card(), pair.card().availability(), pair.card().home(), interests, null);
        assertNoLower(pair.request(), pair.card(), better, nobodyKnown(), nobodyKnown());
    }

    @Provide
    Arbitrary<String> interests() {
        return Arbitraries.of(MatchingArbitraries.INTERESTS);
    }

    @Property(tries = 200)
    void moreSkillsNeverLowerTheScore(@ForAll("pairs") Pair pair, @ForAll Skill skill) {
        Set<Skill> skills = EnumSet.of(skill);
        skills.addAll(pair.card().skills());
        WorkerCard better =
                with(pair.card(), pair.card().availability(), pair.card().home(), null, skills);
        assertNoLower(pair.request(), pair.card(), better, nobodyKnown(), nobodyKnown());
    }

    @Property(tries = 200)
    void knowingThePersonNeverLowersTheScoreAndNowIsWorthMoreThanBefore(@ForAll("pairs") Pair pair) {
        UUID worker = pair.card().workerId();
        PersonFacts past = new PersonFacts(PERSON, "Eric", 1, Set.of(), Set.of(), Set.of(worker), Set.of());
        PersonFacts current = new PersonFacts(PERSON, "Eric", 1, Set.of(), Set.of(worker), Set.of(), Set.of());
        assertNoLower(pair.request(), pair.card(), pair.card(), nobodyKnown(), past);
        assertNoLower(pair.request(), pair.card(), pair.card(), past, current);
        assertThat(scoring.scoreWorker(pair.request(), pair.card(), current)
                        .scores()
                        .total())
                .isGreaterThan(scoring.scoreWorker(pair.request(), pair.card(), nobodyKnown())
                        .scores()
                        .total());
    }

    private void assertNoLower(
            SupportRequest request, WorkerCard worse, WorkerCard better, PersonFacts before, PersonFacts after) {
        Match.Scores a = scoring.scoreWorker(request, worse, before).scores();
        Match.Scores b = scoring.scoreWorker(request, better, after).scores();
        assertThat(b.practicalities()).as("practicalities").isGreaterThanOrEqualTo(a.practicalities());
        assertThat(b.interests()).as("interests").isGreaterThanOrEqualTo(a.interests());
        assertThat(b.outcomes()).as("outcomes").isGreaterThanOrEqualTo(a.outcomes());
        assertThat(b.continuity()).as("continuity").isGreaterThanOrEqualTo(a.continuity());
        assertThat(b.preferences()).as("preferences").isGreaterThanOrEqualTo(a.preferences());
        assertThat(b.total()).as("total").isGreaterThanOrEqualTo(a.total());
    }

    private static WorkerCard with(
            WorkerCard c, WeeklyPattern availability, GeoPoint home, List<String> interests, Set<Skill> skills) {
        return new WorkerCard(
                c.workerId(),
                c.displayName(),
                c.kind(),
                home,
                c.district(),
                c.travelRadiusKm(),
                c.drives(),
                c.gender(),
                c.experienceYears(),
                skills == null ? c.skills() : skills,
                c.conditions(),
                interests == null ? c.interests() : interests,
                c.languages(),
                availability,
                c.tiers(),
                c.hourlyRatePence());
    }
}
