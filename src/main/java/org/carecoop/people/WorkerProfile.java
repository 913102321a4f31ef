package org.carecoop.people;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * What a care worker, personal assistant, volunteer or peer supporter says about themselves and the
 * work they want (CH1). Checked and tidied on construction like {@link PersonProfile}.
 *
 * @param bio who they are and how they work
 * @param gender as they choose to say it
 * @param skills what they can do
 * @param qualifications certificates and training, as free text
 * @param experienceYears years of paid or unpaid care and support work, 0 to 70
 * @param conditions conditions they have experience of supporting people with
 * @param interests free words, lower case
 * @param languages languages they speak
 * @param employmentBasis how they want to be engaged
 * @param postcode their home postcode; located through the Geocoder when saved
 * @param travelRadiusKm how far they will travel to support someone, 1 to 100 km
 * @param hourlyRate what they charge an hour, £0 to £1,000
 * @param drives whether they drive and have a car they can use for work
 */
public record WorkerProfile(
        String bio,
        Gender gender,
        Set<Skill> skills,
        String qualifications,
        int experienceYears,
        Set<Condition> conditions,
        List<String> interests,
        List<String> languages,
        EmploymentBasis employmentBasis,
        @Nullable Postcode postcode,
        int travelRadiusKm,
        Money hourlyRate,
        boolean drives) {

    public static final int BIO_MAX = 2000;
    public static final int QUALIFICATIONS_MAX = 2000;
    public static final int EXPERIENCE_YEARS_MAX = 70;
    public static final int TRAVEL_RADIUS_MIN_KM = 1;
    public static final int TRAVEL_RADIUS_MAX_KM = 100;
    public static final Money HOURLY_RATE_MAX = Money.ofPence(100_000);
    public static final int INTERESTS_MAX = 20;
    public static final int LANGUAGES_MAX = 10;

    public WorkerProfile {
        bio = FreeText.text(bio, BIO_MAX, "Bio");
        skills = skills.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(skills));
        qualifications = FreeText.text(qualifications, QUALIFICATIONS_MAX, "Qualifications");
        if (experienceYears < 0 || experienceYears > EXPERIENCE_YEARS_MAX) {
            throw new IllegalArgumentException("Experience must be 0 to " + EXPERIENCE_YEARS_MAX + " years");
        }
        conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        interests = FreeText.interests(interests, INTERESTS_MAX, "Interests");
        languages = FreeText.languages(languages, LANGUAGES_MAX, "Languages");
        if (travelRadiusKm < TRAVEL_RADIUS_MIN_KM || travelRadiusKm > TRAVEL_RADIUS_MAX_KM) {
            throw new IllegalArgumentException(
                    "Travel radius must be " + TRAVEL_RADIUS_MIN_KM + " to " + TRAVEL_RADIUS_MAX_KM + " km");
        }
        if (hourlyRate.isNegative() || hourlyRate.compareTo(HOURLY_RATE_MAX) > 0) {
            throw new IllegalArgumentException("Hourly rate must be £0 to " + HOURLY_RATE_MAX);
        }
    }

    /** A profile with nothing filled in yet: the database's defaults. */
    public static WorkerProfile empty() {
        return new WorkerProfile(
                "",
                Gender.NOT_SAID,
                Set.of(),
                "",
                0,
                Set.of(),
                List.of(),
                List.of(),
                EmploymentBasis.SELF_EMPLOYED,
                null,
                10,
                Money.ofPence(1500),
                false);
    }
}
