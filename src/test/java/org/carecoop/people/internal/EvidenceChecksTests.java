package org.carecoop.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingException;
import org.carecoop.people.VettingException.Problem;
import org.carecoop.people.VettingItem;
import org.junit.jupiter.api.Test;

class EvidenceChecksTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aCompleteDbsCheckIsAccepted() {
        VettingEvidence dbs =
                VettingEvidence.dbs(TODAY, "0012 3456 7890", TODAY.minusYears(1), true, TODAY.plusYears(2));

        assertThat(Vetting.checked(dbs, TODAY).certificateNumber()).isEqualTo("001234567890");
    }

    @Test
    void aDbsCheckNeedsTwelveDigitsAnIssueDateAnUpdateServiceAnswerAndARenewalDate() {
        VettingEvidence dbs = new VettingEvidence(VettingItem.DBS, TODAY, null, "12345", null, null, null, null, "");

        assertThatThrownBy(() -> Vetting.checked(dbs, TODAY))
                .isInstanceOfSatisfying(
                        VettingException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem("certificateNumber", "vetting.certificateNumber.format"),
                                        new Problem("issuedOn", "vetting.issuedOn.required"),
                                        new Problem("updateService", "vetting.updateService.required"),
                                        new Problem("validUntil", "vetting.validUntil.dbsRequired")));
    }

    @Test
    void aDbsRenewalMustComeAfterTheIssueDate() {
        VettingEvidence dbs =
                VettingEvidence.dbs(TODAY, "001234567890", TODAY.minusYears(1), false, TODAY.minusYears(1));

        assertThatThrownBy(() -> Vetting.checked(dbs, TODAY))
                .isInstanceOfSatisfying(
                        VettingException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new Problem("validUntil", "vetting.validUntil.afterIssue")));
    }

    @Test
    void evidenceCannotBeCheckedInTheFuture() {
        VettingEvidence identity = VettingEvidence.of(VettingItem.IDENTITY, TODAY.plusDays(1), null, "");

        assertThatThrownBy(() -> Vetting.checked(identity, TODAY))
                .isInstanceOfSatisfying(
                        VettingException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new Problem("checkedOn", "vetting.checkedOn.future")));
    }

    @Test
    void aReferenceNeedsItsRefereeAndPlainText() {
        VettingEvidence reference = VettingEvidence.reference(TODAY, " ", "<script>alert(1)</script>");

        assertThatThrownBy(() -> Vetting.checked(reference, TODAY))
                .isInstanceOfSatisfying(
                        VettingException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new Problem("refereeName", "vetting.refereeName.required"),
                                        new Problem("relationship", "validation.plainText")));
    }

    @Test
    void qualificationsNeedSayingWhichAreHeld() {
        VettingEvidence qualifications = VettingEvidence.qualifications(TODAY, "", null);

        assertThatThrownBy(() -> Vetting.checked(qualifications, TODAY))
                .isInstanceOfSatisfying(
                        VettingException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(new Problem("details", "vetting.details.required")));
    }

    @Test
    void fieldsAnItemDoesNotUseAreDropped() {
        VettingEvidence identity = new VettingEvidence(
                VettingItem.IDENTITY, TODAY, null, "001234567890", TODAY, true, "Ann", "Friend", " Passport ");

        assertThat(Vetting.checked(identity, TODAY))
                .isEqualTo(VettingEvidence.of(VettingItem.IDENTITY, TODAY, null, "Passport"));
    }

    @Test
    void aWarningIsDueWithinTheWarningPeriodAndOnceExpiredButNotForRenewedEvidence() {
        VettingRecord old = VettingFixtures.dbs(TODAY.plusDays(30));

        assertThat(VettingWarnings.due(old, List.of(old), TODAY.minusDays(1), 30))
                .isNull();
        assertThat(VettingWarnings.due(old, List.of(old), TODAY, 30)).isEqualTo(VettingWarnings.Kind.AHEAD);
        assertThat(VettingWarnings.due(old, List.of(old), TODAY.plusDays(30), 30))
                .isEqualTo(VettingWarnings.Kind.AHEAD);
        assertThat(VettingWarnings.due(old, List.of(old), TODAY.plusDays(31), 30))
                .isEqualTo(VettingWarnings.Kind.EXPIRED);
        VettingRecord renewed = VettingFixtures.dbs(TODAY.plusYears(3));
        assertThat(VettingWarnings.due(old, List.of(old, renewed), TODAY.plusDays(31), 30))
                .isNull();
        assertThat(VettingWarnings.due(VettingFixtures.withdrawn(old), List.of(old), TODAY.plusDays(31), 30))
                .isNull();
    }

    @Test
    void theChecklistSaysWhatIsMissingForTheNextTierAndWarnsAheadOfExpiry() {
        List<VettingRecord> evidence = new java.util.ArrayList<>(VettingFixtures.tierOne());
        evidence.removeIf(r -> r.item() == VettingItem.DBS);
        evidence.add(VettingFixtures.dbs(TODAY.plusDays(20)));

        VettingChecklist checklist = VettingChecklist.of(VettingFixtures.WORKER, "Grace", evidence, TODAY, 30);

        assertThat(checklist.tier()).isEqualTo(1);
        assertThat(checklist.missingForNextTier())
                .containsExactly(
                        VettingItem.APPLICATION_FORM, VettingItem.COMPETENCY_INTERVIEW, VettingItem.SKILLS_TEST);
        assertThat(checklist.warnings()).singleElement().satisfies(item -> {
            assertThat(item.item()).isEqualTo(VettingItem.DBS);
            assertThat(item.status()).isEqualTo(VettingChecklist.Status.EXPIRING);
            assertThat(item.daysLeft()).isEqualTo(20);
        });
    }

    @Test
    void withOneReferenceTheChecklistShowsOneOfTwo() {
        List<VettingRecord> evidence = new java.util.ArrayList<>(VettingFixtures.tierOne());
        evidence.removeIf(r -> r.source().equals("bob smith"));

        VettingChecklist checklist = VettingChecklist.of(VettingFixtures.WORKER, "Hari", evidence, TODAY, 30);

        assertThat(checklist.tier()).isZero();
        assertThat(checklist.missingForNextTier()).containsExactly(VettingItem.REFERENCE);
        assertThat(checklist.items().stream().filter(i -> i.item() == VettingItem.REFERENCE))
                .singleElement()
                .extracting(VettingChecklist.Item::status)
                .isEqualTo(VettingChecklist.Status.PARTIAL);
    }
}
