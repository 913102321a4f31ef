package org.carecoop.people.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.FreeText;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Skill;
import org.carecoop.people.SupportTime;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * Turns the sections of a {@link ProfileForm} into profiles, rejecting each field that does not fit
 * with its own message: option codes that are not offered, lists that are too long, postcodes that
 * are not postcodes, numbers that are not numbers or are out of range, amounts finer than a penny.
 * Field names are the form's nested paths ({@code person.postcode}), so errors show beside the field.
 */
final class ProfileFormReader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private ProfileFormReader() {}

    /** The person's profile, or null after rejecting whatever is wrong. */
    static @Nullable PersonProfile person(ProfileForm.PersonSection s, Errors errors) {
        int before = errors.getErrorCount();
        Set<Need> needs = options(s.getNeeds(), Need.class, "person.needs", errors);
        Set<Condition> conditions = options(s.getConditions(), Condition.class, "person.conditions", errors);
        Set<OutcomeSought> outcomes = options(s.getOutcomes(), OutcomeSought.class, "person.outcomes", errors);
        Set<SupportTime> times = options(s.getTimesWanted(), SupportTime.class, "person.timesWanted", errors);
        GenderPreference gender =
                option(s.getPreferredWorkerGender(), GenderPreference.class, "person.preferredWorkerGender", errors);
        List<String> interests =
                words(s.getInterests(), PersonProfile.INTERESTS_MAX, "person.interests", "interests", errors);
        List<String> languages =
                words(s.getLanguages(), PersonProfile.LANGUAGES_MAX, "person.languages", "languages", errors);
        Postcode postcode = postcode(s.getPostcode(), "person.postcode", errors);
        if (errors.getErrorCount() > before || gender == null) {
            return null;
        }
        return new PersonProfile(
                s.getAbout(),
                needs,
                s.getNeedsDetail(),
                conditions,
                outcomes,
                interests,
                gender,
                languages,
                s.isPhoneBeforeVisit(),
                s.isPhotoBeforeFirstVisit(),
                s.getSafetyNotes(),
                postcode,
                times,
                s.getTimesDetail());
    }

    /** The worker's profile, or null after rejecting whatever is wrong. */
    static @Nullable WorkerProfile worker(ProfileForm.WorkerSection s, Errors errors) {
        int before = errors.getErrorCount();
        Gender gender = option(s.getGender(), Gender.class, "worker.gender", errors);
        Set<Skill> skills = options(s.getSkills(), Skill.class, "worker.skills", errors);
        Set<Condition> conditions = options(s.getConditions(), Condition.class, "worker.conditions", errors);
        EmploymentBasis basis = option(s.getEmploymentBasis(), EmploymentBasis.class, "worker.employmentBasis", errors);
        Integer experience = wholeNumber(
                s.getExperienceYears(),
                0,
                WorkerProfile.EXPERIENCE_YEARS_MAX,
                "worker.experienceYears",
                "profile.worker.experienceYears",
                errors);
        List<String> interests =
                words(s.getInterests(), WorkerProfile.INTERESTS_MAX, "worker.interests", "interests", errors);
        List<String> languages =
                words(s.getLanguages(), WorkerProfile.LANGUAGES_MAX, "worker.languages", "languages", errors);
        Postcode postcode = postcode(s.getPostcode(), "worker.postcode", errors);
        Integer radius = wholeNumber(
                s.getTravelRadiusKm(),
                WorkerProfile.TRAVEL_RADIUS_MIN_KM,
                WorkerProfile.TRAVEL_RADIUS_MAX_KM,
                "worker.travelRadiusKm",
                "profile.worker.travelRadiusKm",
                errors);
        Money rate = hourlyRate(s.getHourlyRate(), errors);
        if (errors.getErrorCount() > before
                || gender == null
                || basis == null
                || experience == null
                || radius == null
                || rate == null) {
            return null;
        }
        return new WorkerProfile(
                s.getBio(),
                gender,
                skills,
                s.getQualifications(),
                experience,
                conditions,
                interests,
                languages,
                basis,
                postcode,
                radius,
                rate,
                s.isDrives());
    }

    /**
     * Reads an hourly rate in pounds into pence: not negative, to the penny, at most £1,000.
     *
     * @return null after rejecting the field
     */
    static @Nullable Money hourlyRate(String text, Errors errors) {
        String field = "worker.hourlyRate";
        try {
            Money rate = Money.parsePounds(text);
            if (rate.compareTo(WorkerProfile.HOURLY_RATE_MAX) > 0) {
                errors.rejectValue(field, "profile.worker.hourlyRate.max");
                return null;
            }
            return rate;
        } catch (Money.InvalidAmount e) {
            errors.rejectValue(
                    field,
                    switch (e.problem()) {
                        case EMPTY -> "profile.worker.hourlyRate.required";
                        case NOT_A_NUMBER -> "profile.worker.hourlyRate.number";
                        case NEGATIVE -> "profile.worker.hourlyRate.negative";
                        case TOO_MANY_DECIMALS -> "profile.worker.hourlyRate.decimals";
                        case TOO_LARGE -> "profile.worker.hourlyRate.max";
                    });
            return null;
        }
    }

    private static @Nullable Integer wholeNumber(
            String text, int min, int max, String field, String messagePrefix, Errors errors) {
        String value = text.strip();
        if (value.isEmpty()) {
            errors.rejectValue(field, messagePrefix + ".required");
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            errors.rejectValue(field, messagePrefix + ".number");
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            errors.rejectValue(field, messagePrefix + ".range");
            return null;
        }
        return number;
    }

    private static @Nullable Postcode postcode(String text, String field, Errors errors) {
        if (text.isBlank()) {
            return null;
        }
        Optional<Postcode> postcode = Postcode.parse(text);
        if (postcode.isEmpty()) {
            errors.rejectValue(field, "profile.postcode.format");
            return null;
        }
        return postcode.get();
    }

    private static List<String> words(String text, int max, String field, String kind, Errors errors) {
        List<String> words = FreeText.split(text).stream()
                .map(String::strip)
                .filter(w -> !w.isEmpty())
                .toList();
        if (words.stream().anyMatch(w -> w.length() > FreeText.WORD_MAX)) {
            errors.rejectValue(field, "profile." + kind + ".word");
            return List.of();
        }
        if (words.stream().map(w -> w.toLowerCase(Locale.UK)).distinct().count() > max) {
            errors.rejectValue(field, "profile." + kind + ".count", new Object[] {max}, null);
            return List.of();
        }
        return words;
    }

    private static <E extends Enum<E>> Set<E> options(List<String> codes, Class<E> type, String field, Errors errors) {
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String code : codes) {
            E value = parse(code, type);
            if (value == null) {
                errors.rejectValue(field, "profile.option.unknown");
                return values;
            }
            values.add(value);
        }
        return values;
    }

    private static <E extends Enum<E>> @Nullable E option(String code, Class<E> type, String field, Errors errors) {
        E value = parse(code, type);
        if (value == null) {
            errors.rejectValue(field, "profile.option.unknown");
        }
        return value;
    }

    private static <E extends Enum<E>> @Nullable E parse(@Nullable String code, Class<E> type) {
        if (code == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(v -> v.name().equals(code))
                .findFirst()
                .orElse(null);
    }
}
