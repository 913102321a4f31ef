package org.carecoop.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;
import org.jspecify.annotations.Nullable;

/**
 * A piece of vetting evidence as stored: what was checked, who recorded it and, once withdrawn, who
 * withdrew it and why. Withdrawn evidence is kept for history but no longer counts.
 */
public record VettingRecord(
        UUID id,
        UUID workerId,
        VettingEvidence evidence,
        UUID checkedBy,
        String checkedByName,
        Instant recordedAt,
        @Nullable Withdrawal withdrawal) {

    /** Why and by whom the evidence was withdrawn. */
    public record Withdrawal(Instant at, UUID by, String byName, String reason) {}

    public VettingItem item() {
        return evidence.item();
    }

    /** Counts towards the worker's tiers (not withdrawn). */
    public boolean active() {
        return withdrawal == null;
    }

    /** The last day the evidence counts. */
    public LocalDate until() {
        LocalDate validUntil = evidence.validUntil();
        return validUntil == null ? VettingTiers.NO_EXPIRY : validUntil;
    }

    /**
     * What makes two pieces of evidence of the same item different ones: the referee, for references
     * (two references need two referees); nothing for other items.
     */
    public String source() {
        String referee = evidence.refereeName();
        return referee == null ? "" : referee.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
