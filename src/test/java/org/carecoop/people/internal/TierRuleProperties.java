package org.carecoop.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;

class TierRuleProperties {

    private static final LocalDate BASE = LocalDate.of(2026, 1, 1);

    @Property
    void addingValidEvidenceNeverLowersTheTier(
            @ForAll("evidenceLists") List<VettingRecord> evidence,
            @ForAll("records") VettingRecord added,
            @ForAll("days") LocalDate day) {
        List<VettingRecord> more = new ArrayList<>(evidence);
        more.add(added);

        assertThat(TierRule.tiers(more).tierOn(day))
                .isGreaterThanOrEqualTo(TierRule.tiers(evidence).tierOn(day));
    }

    @Property
    void theTierOnALaterDayIsNeverHigher(
            @ForAll("evidenceLists") List<VettingRecord> evidence,
            @ForAll("days") LocalDate day,
            @ForAll("offsets") int later) {
        VettingTiers tiers = TierRule.tiers(evidence);

        assertThat(tiers.tierOn(day.plusDays(later))).isLessThanOrEqualTo(tiers.tierOn(day));
    }

    @Property
    void withdrawingEvidenceNeverRaisesTheTier(
            @ForAll("evidenceLists") List<VettingRecord> evidence, @ForAll("days") LocalDate day, @ForAll int pick) {
        if (evidence.isEmpty()) {
            return;
        }
        List<VettingRecord> fewer = new ArrayList<>(evidence);
        int index = Math.floorMod(pick, fewer.size());
        fewer.set(index, VettingFixtures.withdrawn(fewer.get(index)));

        assertThat(TierRule.tiers(fewer).tierOn(day))
                .isLessThanOrEqualTo(TierRule.tiers(evidence).tierOn(day));
    }

    @Provide
    Arbitrary<List<VettingRecord>> evidenceLists() {
        return records().list().ofMaxSize(14);
    }

    @Provide
    Arbitrary<VettingRecord> records() {
        Arbitrary<LocalDate> until =
                Arbitraries.integers().between(0, 2000).map(BASE::plusDays).injectNull(0.3);
        Arbitrary<String> referee = Arbitraries.of("Ann Jones", "Bob Smith", "Cara Lee");
        return Combinators.combine(Arbitraries.of(VettingItem.class), until, referee, Arbitraries.of(true, false))
                .as((item, validUntil, name, active) -> {
                    VettingEvidence e = new VettingEvidence(
                            item,
                            BASE,
                            validUntil,
                            null,
                            null,
                            null,
                            item == VettingItem.REFERENCE ? name : null,
                            item == VettingItem.REFERENCE ? "Former employer" : null,
                            "");
                    VettingRecord record = VettingFixtures.stored(e);
                    return active ? record : VettingFixtures.withdrawn(record);
                });
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 2200).map(BASE::plusDays);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(0, 2200);
    }
}
