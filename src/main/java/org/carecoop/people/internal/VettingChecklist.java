package org.carecoop.people.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;
import org.jspecify.annotations.Nullable;

/**
 * A worker's vetting checklist on a day (CH2): each item with its status and evidence, the tier held,
 * and what is missing for the next tier. Evidence and items expiring within the warning period are
 * flagged, and so is anything expired.
 *
 * @param tier the tier held today: 0, 1 or 2
 * @param missingForNextTier the items to record, or renew, to reach the next tier (none at tier 2)
 */
public record VettingChecklist(
        UUID workerId,
        String workerName,
        LocalDate today,
        VettingTiers tiers,
        int tier,
        List<Item> items,
        List<VettingItem> missingForNextTier) {

    /** Where an item stands today. */
    public enum Status {
        MET,
        EXPIRING,
        EXPIRED,
        PARTIAL,
        MISSING
    }

    /** Where one piece of evidence stands today. */
    public enum Expiry {
        NO_EXPIRY,
        VALID,
        EXPIRING,
        EXPIRED,
        WITHDRAWN
    }

    /**
     * One item.
     *
     * @param until the last day it holds, or null when missing
     * @param daysLeft days from today until {@code until} (negative once expired), or null when missing
     */
    public record Item(
            VettingItem item,
            Status status,
            @Nullable LocalDate until,
            @Nullable Long daysLeft,
            List<Entry> evidence) {

        /** Shown as a warning: expiring soon or expired. */
        public boolean warning() {
            return status == Status.EXPIRING || status == Status.EXPIRED;
        }
    }

    /** One piece of evidence, with days left until its valid-until date (negative once expired). */
    public record Entry(
            VettingRecord record, Expiry expiry, @Nullable Long daysLeft) {}

    /** Until when tier 1 holds, unless its evidence never expires (or it does not hold). */
    public @Nullable LocalDate tierOneUntilShown() {
        return VettingTiers.NO_EXPIRY.equals(tiers.tierOneUntil()) ? null : tiers.tierOneUntil();
    }

    /** Until when tier 2 holds, unless its evidence never expires (or it does not hold). */
    public @Nullable LocalDate tierTwoUntilShown() {
        return VettingTiers.NO_EXPIRY.equals(tiers.tierTwoUntil()) ? null : tiers.tierTwoUntil();
    }

    /** The items with a warning, expired first, then the soonest to expire. */
    public List<Item> warnings() {
        return items.stream()
                .filter(Item::warning)
                .sorted(java.util.Comparator.comparing(
                        (Item i) -> i.daysLeft() == null ? Long.MAX_VALUE : i.daysLeft()))
                .toList();
    }

    /** Works out the checklist from the worker's evidence (withdrawn included, for history). */
    public static VettingChecklist of(
            UUID workerId, String workerName, Collection<VettingRecord> records, LocalDate today, long warnDays) {
        VettingTiers tiers = TierRule.tiers(records);
        int tier = tiers.tierOn(today);
        List<Item> items = new ArrayList<>();
        for (VettingItem item : VettingItem.values()) {
            LocalDate until = TierRule.itemUntil(item, records);
            List<Entry> entries = records.stream()
                    .filter(r -> r.item() == item)
                    .map(r -> entry(r, today, warnDays))
                    .toList();
            items.add(
                    new Item(item, status(item, until, entries, today, warnDays), until, days(today, until), entries));
        }
        List<VettingItem> missing = tier == 2
                ? List.of()
                : items.stream()
                        .filter(i -> i.item().tier() <= tier + 1)
                        .filter(i -> i.status() == Status.MISSING
                                || i.status() == Status.PARTIAL
                                || i.status() == Status.EXPIRED)
                        .map(Item::item)
                        .toList();
        return new VettingChecklist(workerId, workerName, today, tiers, tier, List.copyOf(items), missing);
    }

    private static Status status(
            VettingItem item, @Nullable LocalDate until, List<Entry> entries, LocalDate today, long warnDays) {
        if (until == null) {
            boolean someValid =
                    entries.stream().anyMatch(e -> e.expiry() != Expiry.WITHDRAWN && e.expiry() != Expiry.EXPIRED);
            return item.needed() > 1 && someValid ? Status.PARTIAL : Status.MISSING;
        }
        if (until.isBefore(today)) {
            return Status.EXPIRED;
        }
        return until.isAfter(today.plusDays(warnDays)) ? Status.MET : Status.EXPIRING;
    }

    private static Entry entry(VettingRecord record, LocalDate today, long warnDays) {
        LocalDate validUntil = record.evidence().validUntil();
        Expiry expiry;
        if (!record.active()) {
            expiry = Expiry.WITHDRAWN;
        } else if (validUntil == null) {
            expiry = Expiry.NO_EXPIRY;
        } else if (validUntil.isBefore(today)) {
            expiry = Expiry.EXPIRED;
        } else if (validUntil.isAfter(today.plusDays(warnDays))) {
            expiry = Expiry.VALID;
        } else {
            expiry = Expiry.EXPIRING;
        }
        return new Entry(record, expiry, days(today, validUntil));
    }

    private static @Nullable Long days(LocalDate today, @Nullable LocalDate until) {
        return until == null || until.equals(VettingTiers.NO_EXPIRY) ? null : ChronoUnit.DAYS.between(today, until);
    }
}
