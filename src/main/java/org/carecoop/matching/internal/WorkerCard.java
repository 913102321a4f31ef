package org.carecoop.matching.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;

/**
 * What the matcher knows about one worker, volunteer or peer supporter: a copy of their profile,
 * availability and vetting (a row of {@code matching.worker_card}).
 *
 * @param home where they live, from their profile's postcode; null when they have not saved one, and
 *     then they cannot be matched by place
 * @param district the postcode district others see, e.g. "HX7"
 * @param languages lower case, so that preferences match whatever the case
 * @param tiers until when their vetting holds each tier
 */
public record WorkerCard(
        UUID workerId,
        String displayName,
        Kind kind,
        @Nullable GeoPoint home,
        @Nullable String district,
        int travelRadiusKm,
        boolean drives,
        Gender gender,
        int experienceYears,
        Set<Skill> skills,
        Set<Condition> conditions,
        List<String> interests,
        List<String> languages,
        WeeklyPattern availability,
        VettingTiers tiers,
        long hourlyRatePence) {

    public WorkerCard {
        skills = skills.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(skills));
        conditions = conditions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(conditions));
        interests = List.copyOf(interests);
        languages = languages.stream()
                .map(language -> language.toLowerCase(Locale.UK))
                .distinct()
                .toList();
    }

    /** The tier their vetting holds on the day (CH2): expired evidence lowers it at once. */
    public int tierOn(LocalDate day) {
        return tiers.tierOn(day);
    }

    /** The first word of their name, which is all a shortlist shows. */
    public String firstName() {
        return FirstNames.of(displayName);
    }

    /** Whether they give peer support: a peer supporter, or anyone with the peer support skill. */
    public boolean givesPeerSupport() {
        return kind == Kind.PEER_SUPPORTER || skills.contains(Skill.PEER_SUPPORT);
    }

    /** What kind of helper they are, from their roles. */
    public enum Kind {
        WORKER,
        VOLUNTEER,
        PEER_SUPPORTER;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
