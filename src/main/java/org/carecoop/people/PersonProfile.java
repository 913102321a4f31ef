package org.carecoop.people;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carecoop.platform.geo.Postcode;
import org.jspecify.annotations.Nullable;

/**
 * What a person who receives support says about themselves and the support they want (CH1). Texts
 * are tidied and interests and languages normalised on construction; anything over the limits below,
 * or containing markup, is refused with an {@link IllegalArgumentException}.
 *
 * @param about who they are, in their own words
 * @param needs the kinds of support they need
 * @param needsDetail more about those needs
 * @param conditions the conditions they live with, if they choose to say; their workers join the peer
 *     pages for these conditions without anyone being told whose they are
 * @param outcomes what they hope support helps them achieve
 * @param interests free words, lower case
 * @param preferredWorkerGender the gender of worker they prefer, if any
 * @param languages languages they speak, their first first
 * @param phoneBeforeVisit a worker should phone before each visit
 * @param photoBeforeFirstVisit they want to see a worker's photo before the first visit
 * @param safetyNotes anything else that helps them feel safe
 * @param postcode where support happens; located through the Geocoder when saved
 * @param timesWanted when they want support
 * @param timesDetail more about when
 */
public record PersonProfile(
        String about,
        Set<Need> needs,
        String needsDetail,
        Set<Condition> conditions,
        Set<OutcomeSought> outcomes,
        List<String> interests,
        GenderPreference preferredWorkerGender,
        List<String> languages,
        boolean phoneBeforeVisit,
        boolean photoBeforeFirstVisit,
        String safetyNotes,
        @Nullable Postcode postcode,
        Set<SupportTime> timesWanted,
        String timesDetail) {

    public static final int ABOUT_MAX = 2000;
    public static final int NEEDS_DETAIL_MAX = 2000;
    public static final int SAFETY_NOTES_MAX = 1000;
    public static final int TIMES_DETAIL_MAX = 1000;
    public static final int INTERESTS_MAX = 20;
    public static final int LANGUAGES_MAX = 10;

    public PersonProfile {
        about = FreeText.text(about, ABOUT_MAX, "About");
        needs = needs.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(needs));
        needsDetail = FreeText.text(needsDetail, NEEDS_DETAIL_MAX, "Needs detail");
        conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        outcomes = outcomes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(outcomes));
        interests = FreeText.interests(interests, INTERESTS_MAX, "Interests");
        languages = FreeText.languages(languages, LANGUAGES_MAX, "Languages");
        safetyNotes = FreeText.text(safetyNotes, SAFETY_NOTES_MAX, "Safety notes");
        timesWanted = timesWanted.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(timesWanted));
        timesDetail = FreeText.text(timesDetail, TIMES_DETAIL_MAX, "Times detail");
    }

    /** A profile with nothing filled in yet. */
    public static PersonProfile empty() {
        return new PersonProfile(
                "",
                Set.of(),
                "",
                Set.of(),
                Set.of(),
                List.of(),
                GenderPreference.NO_PREFERENCE,
                List.of(),
                false,
                false,
                "",
                null,
                Set.of(),
                "");
    }
}
