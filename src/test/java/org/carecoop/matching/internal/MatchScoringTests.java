package org.carecoop.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
import org.carecoop.platform.geo.StraightLineTravelTimes;
import org.carecoop.platform.time.WeeklyPattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The score of a match and its reasons in plain English. */
class MatchScoringTests {

    /** Hebden Bridge, and a house about 5 km away. */
    private static final GeoPoint ERIC = new GeoPoint(53.742, -2.014);

    private static final GeoPoint NEARBY = new GeoPoint(53.742, -1.940);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final UUID ERIC_ID = UUID.randomUUID();

    private final MatchScoring scoring = new MatchScoring(new StraightLineTravelTimes(1.3, 35, 12));
    private final ReasonTexts texts = new ReasonTexts(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages-shortlist");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static WeeklyPattern saturday(int from, int to) {
        int[] hours = new int[to - from];
        for (int i = 0; i < hours.length; i++) {
            hours[i] = WeeklyPattern.hourOfWeek(DayOfWeek.SATURDAY, from + i);
        }
        return WeeklyPattern.ofHours(hours);
    }

    private static SupportRequest request(List<Preference> preferences) {
        return MatchingArbitraries.request(
                ERIC_ID,
                ERIC,
                saturday(8, 14),
                6,
                Set.of(Skill.MEDICATION, Skill.GETTING_OUT, Skill.PERSONAL_CARE),
                Set.of(OutcomeSought.HEALTH_AND_WELLBEING),
                List.of("walking", "chess"),
                SupportRequest.Prefers.WORKER,
                preferences);
    }

    private static WorkerCard amina(WeeklyPattern availability) {
        return new WorkerCard(
                UUID.randomUUID(),
                "Amina Hussain",
                WorkerCard.Kind.WORKER,
                NEARBY,
                "HX7",
                20,
                true,
                Gender.WOMAN,
                6,
                Set.of(Skill.MEDICATION, Skill.GETTING_OUT, Skill.FIRST_AID),
                Set.of(Condition.STROKE),
                List.of("walking", "baking"),
                List.of("English", "Urdu"),
                availability,
                new VettingTiers(TODAY.plusYears(1), null),
                1650);
    }

    private static PersonFacts eric(Set<UUID> current) {
        return new PersonFacts(ERIC_ID, "Eric", 1, Set.of(), current, Set.of(), Set.of(Condition.STROKE));
    }

    @Test
    void reasonsSayInPlainEnglishWhyAWorkerMatches() {
        WorkerCard amina = amina(saturday(10, 14));
        Match match = scoring.scoreWorker(request(List.of()), amina, eric(Set.of()));

        assertThat(texts.texts(match.reasons(Reason.Area.PRACTICALITIES)))
                .containsExactly(
                        "Free on Saturdays 10:00–14:00 — 4 of the 6 hours wanted",
                        "About 11 minutes' drive",
                        "Can help with medicines and getting out and about",
                        "Has supported people living with a stroke",
                        "6 years' experience of care and support");
        assertThat(texts.texts(match.reasons(Reason.Area.INTERESTS))).containsExactly("Also enjoys walking");
        assertThat(texts.texts(match.reasons(Reason.Area.OUTCOMES)))
                .containsExactly("Could help you towards staying healthy and well: medicines and first aid");
        assertThat(match.name()).isEqualTo("Amina");
        assertThat(match.kind()).isEqualTo(Match.Kind.WORKER);
    }

    @Test
    void theScoreIsTheWeightedAreasPlusWouldLikesAndContinuity() {
        WorkerCard amina = amina(saturday(8, 14));
        List<Preference> likes = List.of(
                new Preference(PreferenceKind.LANGUAGE, "Urdu", Strength.WOULD_LIKE),
                new Preference(PreferenceKind.GENDER, "MAN", Strength.WOULD_LIKE));
        Match match = scoring.scoreWorker(request(likes), amina, eric(Set.of(amina.workerId())));
        Match.Scores s = match.scores();

        assertThat(s.interests()).isEqualTo(50);
        assertThat(s.outcomes()).isEqualTo(67);
        assertThat(s.continuity()).isEqualTo(MatchScoring.CURRENT_WORKER_BONUS);
        assertThat(s.preferences()).isEqualTo(MatchScoring.WOULD_LIKE_BONUS);
        assertThat(s.total()).isEqualTo(Math.round(0.5 * s.practicalities() + 0.25 * 50 + 0.25 * 67) + 15 + 5);
        assertThat(texts.texts(match.reasons(Reason.Area.CONTINUITY)))
                .containsExactly("Already supports Eric — keeps the people Eric knows");
        assertThat(texts.texts(match.reasons(Reason.Area.PREFERENCES)))
                .containsExactly("Speaks Urdu, as you would like");
        assertThat(texts.texts(match.reasons(Reason.Area.PRACTICALITIES)))
                .startsWith("Free on Saturdays 08:00–14:00 — 6 of the 6 hours wanted");
    }

    @Test
    void someoneWhoDoesNotDriveIsTimedByBusBikeOrOnFoot() {
        WorkerCard walker = new WorkerCard(
                UUID.randomUUID(),
                "Ben",
                WorkerCard.Kind.VOLUNTEER,
                NEARBY,
                "HX7",
                20,
                false,
                Gender.MAN,
                0,
                Set.of(),
                Set.of(),
                List.of(),
                List.of(),
                saturday(8, 14),
                VettingTiers.NONE,
                0);
        Match match = scoring.scoreWorker(request(List.of()), walker, eric(Set.of()));
        assertThat(texts.texts(match.reasons(Reason.Area.PRACTICALITIES)))
                .contains("About 32 minutes away by bus, bike or on foot");
    }

    @Test
    void anActivityIsScoredByWhenAndWhereItMeetsAndWhatItIsFor() {
        ActivityCandidate walks = new ActivityCandidate(
                UUID.randomUUID(),
                "Calder Valley walking group",
                "",
                "Hebden Bridge station",
                NEARBY,
                "HX7",
                saturday(10, 12),
                List.of("walking"),
                Set.of(OutcomeSought.HEALTH_AND_WELLBEING),
                Set.of());
        Match match = scoring.scoreActivity(request(List.of()), walks);
        assertThat(texts.texts(match.reasons()))
                .containsExactly(
                        "Meets on Saturdays 10:00–12:00",
                        "About 5 km from you",
                        "For people who enjoy walking",
                        "Helps people towards staying healthy and well");
        assertThat(match.isActivity()).isTrue();
        assertThat(match.scores().outcomes()).isEqualTo(100);
    }
}
