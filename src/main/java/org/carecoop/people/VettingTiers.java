package org.carecoop.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Until when a worker's vetting evidence holds each tier (CH2). A tier holds on a day when every item
 * it needs is recorded and none has expired by then; tier 2 needs everything tier 1 needs, so it
 * never lasts longer.
 *
 * @param tierOneUntil the last day all tier 1 evidence is valid, or null when it is not complete
 * @param tierTwoUntil the last day all tier 2 evidence is valid, or null when it is not complete
 */
public record VettingTiers(
        @Nullable LocalDate tierOneUntil, @Nullable LocalDate tierTwoUntil) {

    /** The "until" of evidence that never expires. */
    public static final LocalDate NO_EXPIRY = LocalDate.of(9999, 12, 31);

    public static final VettingTiers NONE = new VettingTiers(null, null);

    public VettingTiers {
        if (tierTwoUntil != null && (tierOneUntil == null || tierTwoUntil.isAfter(tierOneUntil))) {
            throw new IllegalArgumentException("Tier 2 cannot last longer than tier 1");
        }
    }

    /** The tier held on the day: 2, 1, or 0 when not even tier 1 holds. */
    public int tierOn(LocalDate day) {
        if (tierTwoUntil != null && !day.isAfter(tierTwoUntil)) {
            return 2;
        }
        if (tierOneUntil != null && !day.isAfter(tierOneUntil)) {
            return 1;
        }
        return 0;
    }
}
