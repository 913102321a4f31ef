package org.carecoop.matching;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.FreeText;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person wants from matching (CH3): when, what help, what they hope it achieves, their
 * interests and preferences about the worker, and the kind of support they would rather have (CH5).
 * Checked on construction; anything wrong is refused with an {@link IllegalArgumentException}.
 *
 * @param id the request
 * @param personId the person who receives support
 * @param status open while they are looking
 * @param title a short name, e.g. "Weekend companion"
 * @param details more, in their own words
 * @param kind every week, or once
 * @param times the hours of the week support could happen in; for a one-off, the hours its period
 *     touches
 * @param hoursWanted how many hours a week of support are wanted within {@code times} (for a one-off,
 *     its length rounded up to whole hours)
 * @param oneOffStart when a one-off starts; null for a weekly request
 * @param oneOffEnd when a one-off ends; null for a weekly request
 * @param tasks what help is wanted, as the worker skills that give it
 * @param outcomes what the support should help them achieve
 * @param interests what they enjoy, lower case
 * @param prefers the kind of support they would rather have
 * @param sharedWithWorkers whether suitable workers near them may see a summary and say they are
 *     interested
 * @param preferences about the worker, each a must or a would-like; kept in order of kind and value
 * @param place where support happens (from the person's postcode), when known
 * @param district the postcode district others see, e.g. "HX7", when known
 * @param createdAt when it was made
 */
public record SupportRequest(
        UUID id,
        UUID personId,
        Status status,
        String title,
        String details,
        Kind kind,
        WeeklyPattern times,
        int hoursWanted,
        @Nullable Instant oneOffStart,
        @Nullable Instant oneOffEnd,
        Set<Skill> tasks,
        Set<OutcomeSought> outcomes,
        List<String> interests,
        Prefers prefers,
        boolean sharedWithWorkers,
        List<Preference> preferences,
        @Nullable GeoPoint place,
        @Nullable String district,
        Instant createdAt) {

    public static final int TITLE_MAX = 120;
    public static final int DETAILS_MAX = 2000;
    public static final int INTERESTS_MAX = 20;
    public static final int PREFERENCES_MAX = 20;

    public SupportRequest {
        title = FreeText.text(title, TITLE_MAX, "Title");
        if (title.isEmpty()) {
            throw new IllegalArgumentException("A request needs a title");
        }
        details = FreeText.text(details, DETAILS_MAX, "Details");
        if (times.isEmpty()) {
            throw new IllegalArgumentException("A request needs times when support could happen");
        }
        if (hoursWanted < 1 || hoursWanted > times.hours()) {
            throw new IllegalArgumentException(
                    "Hours wanted must be 1 to the " + times.hours() + " hours of the times given");
        }
        if ((kind == Kind.ONE_OFF) != (oneOffStart != null && oneOffEnd != null)
                || (kind == Kind.WEEKLY && (oneOffStart != null || oneOffEnd != null))) {
            throw new IllegalArgumentException("A one-off request has a start and an end; a weekly one has neither");
        }
        if (oneOffStart != null && oneOffEnd != null && !oneOffEnd.isAfter(oneOffStart)) {
            throw new IllegalArgumentException("A one-off request must end after it starts");
        }
        tasks = tasks.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(tasks));
        outcomes = outcomes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(outcomes));
        interests = FreeText.interests(interests, INTERESTS_MAX, "Interests");
        if (preferences.size() > PREFERENCES_MAX) {
            throw new IllegalArgumentException("At most " + PREFERENCES_MAX + " preferences");
        }
        if (new LinkedHashSet<>(preferences.stream()
                                .map(p -> p.kind() + ":" + p.value())
                                .toList())
                        .size()
                != preferences.size()) {
            throw new IllegalArgumentException("Each preference may be given once");
        }
        preferences = preferences.stream()
                .sorted(Comparator.comparing(Preference::kind).thenComparing(Preference::value))
                .toList();
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /** The preferences that are hard filters. */
    public List<Preference> musts() {
        return preferences.stream().filter(p -> p.strength() == Strength.MUST).toList();
    }

    /** The preferences that only add to the score. */
    public List<Preference> wouldLikes() {
        return preferences.stream()
                .filter(p -> p.strength() == Strength.WOULD_LIKE)
                .toList();
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    public enum Kind {
        WEEKLY,
        ONE_OFF
    }

    /** The kind of support a person would rather have (CH5). */
    public enum Prefers {
        /** A care worker or personal assistant. */
        WORKER,
        /** A peer supporter with lived experience of the same condition. */
        PEER_SUPPORTER,
        /** Joining an activity or group, such as a walking group. */
        ACTIVITY
    }

    /** How much a preference matters. */
    public enum Strength {
        /** Only workers who meet it are shortlisted. */
        MUST,
        /** Workers who meet it score higher. */
        WOULD_LIKE
    }

    /** What a preference is about. */
    public enum PreferenceKind {
        /** Can give this help; the value is a {@link Skill}'s name. */
        SKILL,
        /** Is of this gender; the value is a {@link org.carecoop.people.Gender}'s name. */
        GENDER,
        /** Speaks this language; the value is the language, as on profiles ("Urdu"). */
        LANGUAGE,
        /** Drives and has a car for work; the value is empty. */
        DRIVES,
        /** Has supported people living with this condition; the value is a {@link org.carecoop.people.Condition}'s name. */
        CONDITION_EXPERIENCE
    }

    /**
     * One preference about the worker.
     *
     * @param value what it asks for, as described for each {@link PreferenceKind}; empty for {@code
     *     DRIVES}
     */
    public record Preference(PreferenceKind kind, String value, Strength strength) {

        public Preference {
            if ((kind == PreferenceKind.DRIVES) != value.isEmpty()) {
                throw new IllegalArgumentException("Only the driving preference has no value");
            }
            if (value.length() > 60) {
                throw new IllegalArgumentException("A preference's value is at most 60 characters");
            }
        }
    }
}
