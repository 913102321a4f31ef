package org.carecoop.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoop.people.internal.VettingFixtures.dbs;
import static org.carecoop.people.internal.VettingFixtures.evidence;
import static org.carecoop.people.internal.VettingFixtures.reference;
import static org.carecoop.people.internal.VettingFixtures.tierOne;
import static org.carecoop.people.internal.VettingFixtures.tierTwo;
import static org.carecoop.people.internal.VettingFixtures.withdrawn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carecoop.people.VettingItem;
import org.carecoop.people.VettingTiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TierRuleTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final LocalDate RENEWAL = LocalDate.of(2029, 1, 1);

    @Test
    void noEvidenceIsNoTier() {
        assertThat(TierRule.tiers(List.of())).isEqualTo(VettingTiers.NONE);
    }

    @Test
    void everyTierOneItemGivesTierOneUntilTheDbsRenewal() {
        VettingTiers tiers = TierRule.tiers(tierOne());

        assertThat(tiers).isEqualTo(new VettingTiers(RENEWAL, null));
        assertThat(tiers.tierOn(TODAY)).isEqualTo(1);
    }

    @Test
    void everyTierTwoItemGivesTierTwo() {
        VettingTiers tiers = TierRule.tiers(tierTwo());

        assertThat(tiers).isEqualTo(new VettingTiers(RENEWAL, RENEWAL));
        assertThat(tiers.tierOn(TODAY)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(
            value = VettingItem.class,
            names = {"IDENTITY", "DBS", "QUALIFICATIONS", "REFERENCE"})
    void eachMissingTierOneItemLeavesNoTier(VettingItem missing) {
        List<VettingRecord> evidence = new ArrayList<>(tierTwo());
        evidence.removeIf(r -> r.item() == missing);

        assertThat(TierRule.tiers(evidence)).isEqualTo(VettingTiers.NONE);
    }

    @ParameterizedTest
    @EnumSource(
            value = VettingItem.class,
            names = {"APPLICATION_FORM", "COMPETENCY_INTERVIEW", "SKILLS_TEST"})
    void eachMissingTierTwoItemLeavesTierOne(VettingItem missing) {
        List<VettingRecord> evidence = new ArrayList<>(tierTwo());
        evidence.removeIf(r -> r.item() == missing);

        assertThat(TierRule.tiers(evidence).tierOn(TODAY)).isEqualTo(1);
    }

    @Test
    void tierTwoItemsWithoutTierOneAreNoTier() {
        List<VettingRecord> evidence = new ArrayList<>(tierTwo());
        evidence.removeIf(r -> r.item() == VettingItem.IDENTITY);

        assertThat(TierRule.tiers(evidence).tierOn(TODAY)).isZero();
    }

    @Test
    void oneReferenceIsNotEnough() {
        List<VettingRecord> evidence = new ArrayList<>(tierOne());
        evidence.removeIf(r -> r.source().equals("bob smith"));

        assertThat(TierRule.tiers(evidence)).isEqualTo(VettingTiers.NONE);
    }

    @Test
    void twoReferencesFromTheSameRefereeCountOnce() {
        List<VettingRecord> evidence = new ArrayList<>(tierOne());
        evidence.removeIf(r -> r.source().equals("bob smith"));
        evidence.add(reference("  ann   JONES ", null));

        assertThat(TierRule.tiers(evidence)).isEqualTo(VettingTiers.NONE);
    }

    @Test
    void referencesHoldUntilTheSecondLongestLastingReferee() {
        List<VettingRecord> evidence = new ArrayList<>(tierOne());
        evidence.removeIf(r -> r.item() == VettingItem.REFERENCE);
        evidence.add(reference("Ann Jones", LocalDate.of(2027, 6, 1)));
        evidence.add(reference("Ann Jones", LocalDate.of(2028, 6, 1)));
        evidence.add(reference("Bob Smith", LocalDate.of(2027, 3, 1)));
        evidence.add(reference("Cara Lee", LocalDate.of(2027, 1, 1)));

        assertThat(TierRule.tiers(evidence).tierOneUntil()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void expiredEvidenceLowersTheTierTheDayAfterItsLastDay() {
        List<VettingRecord> evidence = new ArrayList<>(tierTwo());
        evidence.removeIf(r -> r.item() == VettingItem.SKILLS_TEST);
        evidence.add(evidence(VettingItem.SKILLS_TEST, TODAY));
        VettingTiers tiers = TierRule.tiers(evidence);

        assertThat(tiers.tierOn(TODAY)).isEqualTo(2);
        assertThat(tiers.tierOn(TODAY.plusDays(1))).isEqualTo(1);
    }

    @Test
    void anExpiredDbsCheckLeavesNoTier() {
        List<VettingRecord> evidence = new ArrayList<>(tierTwo());
        evidence.removeIf(r -> r.item() == VettingItem.DBS);
        evidence.add(dbs(TODAY.minusDays(1)));

        assertThat(TierRule.tiers(evidence).tierOn(TODAY)).isZero();
    }

    @Test
    void aRenewedItemHoldsUntilItsNewestEvidenceExpires() {
        List<VettingRecord> evidence = new ArrayList<>(tierOne());
        evidence.add(dbs(TODAY.minusDays(1)));

        assertThat(TierRule.tiers(evidence).tierOn(TODAY)).isEqualTo(1);
    }

    @Test
    void withdrawnEvidenceIsIgnored() {
        List<VettingRecord> evidence = new ArrayList<>(tierOne());
        VettingRecord identity = evidence.stream()
                .filter(r -> r.item() == VettingItem.IDENTITY)
                .findFirst()
                .orElseThrow();
        evidence.set(evidence.indexOf(identity), withdrawn(identity));

        assertThat(TierRule.tiers(evidence)).isEqualTo(VettingTiers.NONE);
    }
}
