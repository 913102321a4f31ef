package org.carecoop.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carecoop.people.VettingEvidence;
import org.carecoop.people.VettingItem;
import org.jspecify.annotations.Nullable;

/** Vetting evidence for tests of the rules, without a database. */
final class VettingFixtures {

    static final UUID WORKER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID COORDINATOR = UUID.fromString("00000000-0000-0000-0000-00000000000c");
    static final LocalDate CHECKED = LocalDate.of(2026, 1, 10);

    private VettingFixtures() {}

    static VettingRecord evidence(VettingItem item, @Nullable LocalDate until) {
        return stored(VettingEvidence.of(item, CHECKED, until, ""));
    }

    static VettingRecord dbs(LocalDate renewal) {
        return stored(VettingEvidence.dbs(CHECKED, "001234567890", CHECKED.minusDays(5), true, renewal));
    }

    static VettingRecord reference(String referee, @Nullable LocalDate until) {
        VettingEvidence e = VettingEvidence.reference(CHECKED, referee, "Former employer");
        return stored(new VettingEvidence(
                e.item(), e.checkedOn(), until, null, null, null, e.refereeName(), e.relationship(), ""));
    }

    static VettingRecord stored(VettingEvidence evidence) {
        return new VettingRecord(UUID.randomUUID(), WORKER, evidence, COORDINATOR, "Rachel Moss", Instant.EPOCH, null);
    }

    static VettingRecord withdrawn(VettingRecord record) {
        return new VettingRecord(
                record.id(),
                record.workerId(),
                record.evidence(),
                record.checkedBy(),
                record.checkedByName(),
                record.recordedAt(),
                new VettingRecord.Withdrawal(Instant.EPOCH, COORDINATOR, "Rachel Moss", "Recorded by mistake"));
    }

    /** Everything tier 1 needs, none of it expiring. */
    static List<VettingRecord> tierOne() {
        List<VettingRecord> list = new ArrayList<>();
        list.add(evidence(VettingItem.IDENTITY, null));
        list.add(dbs(LocalDate.of(2029, 1, 1)));
        list.add(evidence(VettingItem.QUALIFICATIONS, null));
        list.add(reference("Ann Jones", null));
        list.add(reference("Bob Smith", null));
        return list;
    }

    /** Everything tier 2 needs, none of it expiring but the DBS check. */
    static List<VettingRecord> tierTwo() {
        List<VettingRecord> list = tierOne();
        list.add(evidence(VettingItem.APPLICATION_FORM, null));
        list.add(evidence(VettingItem.COMPETENCY_INTERVIEW, null));
        list.add(evidence(VettingItem.SKILLS_TEST, null));
        return list;
    }
}
