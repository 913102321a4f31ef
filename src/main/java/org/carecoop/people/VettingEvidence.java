package org.carecoop.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a co-ordinator checked for one vetting item (CH2). The fields an item does not use are null;
 * {@link #details} is free text: the qualifications held, or a note about the check.
 *
 * @param item what was checked
 * @param checkedOn the day it was checked (not in the future)
 * @param validUntil the last day it counts, or null when it does not expire; a DBS check's renewal date
 * @param certificateNumber a DBS certificate's 12 digits
 * @param issuedOn a DBS certificate's issue date
 * @param updateService whether the DBS certificate is kept on the DBS update service
 * @param refereeName who gave a reference
 * @param relationship how the referee knows the worker
 * @param details qualifications held, or a note
 */
public record VettingEvidence(
        VettingItem item,
        LocalDate checkedOn,
        @Nullable LocalDate validUntil,
        @Nullable String certificateNumber,
        @Nullable LocalDate issuedOn,
        @Nullable Boolean updateService,
        @Nullable String refereeName,
        @Nullable String relationship,
        String details) {

    /** Evidence of an item with no fields of its own (identity, application form, interview, skills test). */
    public static VettingEvidence of(
            VettingItem item, LocalDate checkedOn, @Nullable LocalDate validUntil, String note) {
        return new VettingEvidence(item, checkedOn, validUntil, null, null, null, null, null, note);
    }

    public static VettingEvidence dbs(
            LocalDate checkedOn,
            String certificateNumber,
            LocalDate issuedOn,
            boolean updateService,
            LocalDate renewal) {
        return new VettingEvidence(
                VettingItem.DBS, checkedOn, renewal, certificateNumber, issuedOn, updateService, null, null, "");
    }

    public static VettingEvidence qualifications(LocalDate checkedOn, String held, @Nullable LocalDate validUntil) {
        return new VettingEvidence(
                VettingItem.QUALIFICATIONS, checkedOn, validUntil, null, null, null, null, null, held);
    }

    public static VettingEvidence reference(LocalDate checkedOn, String refereeName, String relationship) {
        return new VettingEvidence(
                VettingItem.REFERENCE, checkedOn, null, null, null, null, refereeName, relationship, "");
    }
}
