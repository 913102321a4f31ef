package org.carecoop.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;
import org.jspecify.annotations.Nullable;

/**
 * Works out a worker's {@link VettingTiers} from their vetting evidence (CH2). Pure: the same
 * evidence always gives the same tiers. Withdrawn evidence does not count. An item holds until the
 * last day of its longest-lasting evidence; references need that many different referees, so they
 * hold until the last day of the second-longest-lasting referee. A tier holds until the first of its
 * items stops, and tier 2 needs tier 1.
 */
public final class TierRule {

    private TierRule() {}

    public static VettingTiers tiers(Collection<VettingRecord> evidence) {
        LocalDate one = tierUntil(1, evidence, null);
        if (one == null) {
            return VettingTiers.NONE;
        }
        return new VettingTiers(one, tierUntil(2, evidence, one));
    }

    /** Until when the item holds, or null when its evidence is missing (or too few references). */
    public static @Nullable LocalDate itemUntil(VettingItem item, Collection<VettingRecord> evidence) {
        Map<String, LocalDate> bySource = evidence.stream()
                .filter(r -> r.item() == item && r.active())
                .collect(Collectors.toMap(
                        VettingRecord::source, VettingRecord::until, BinaryOperator.maxBy(Comparator.naturalOrder())));
        List<LocalDate> longestFirst =
                bySource.values().stream().sorted(Comparator.reverseOrder()).toList();
        return longestFirst.size() < item.needed() ? null : longestFirst.get(item.needed() - 1);
    }

    private static @Nullable LocalDate tierUntil(
            int tier, Collection<VettingRecord> evidence, @Nullable LocalDate lowerTierUntil) {
        LocalDate until = lowerTierUntil;
        for (VettingItem item : VettingItem.values()) {
            if (item.tier() != tier) {
                continue;
            }
            LocalDate itemUntil = itemUntil(item, evidence);
            if (itemUntil == null) {
                return null;
            }
            until = until == null || itemUntil.isBefore(until) ? itemUntil : until;
        }
        return until;
    }
}
