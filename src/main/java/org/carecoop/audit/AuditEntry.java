package org.carecoop.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;

/**
 * One line of the access log.
 *
 * @param occurredAt when it happened (UTC)
 * @param actorId the account that acted; absent for an unknown email address at sign-in
 * @param actorLabel the actor's name or, for failed sign-ins, the email address tried
 * @param onBehalfOf the person a co-ordinator was acting for, in assisted mode
 * @param action what was done, e.g. {@code VIEW}, {@code UPDATE}, {@code SIGN_IN}
 * @param subjectPersonId whose record it concerns
 * @param recordType the kind of record, e.g. {@code profile}
 * @param recordId the record's identifier, when it has one of its own
 * @param outcome whether it was allowed
 * @param detail a short plain-language note
 */
public record AuditEntry(
        Instant occurredAt,
        @Nullable UUID actorId,
        String actorLabel,
        @Nullable UUID onBehalfOf,
        String action,
        @Nullable UUID subjectPersonId,
        String recordType,
        @Nullable String recordId,
        Outcome outcome,
        @Nullable String detail) {

    public enum Outcome {
        ALLOWED,
        DENIED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An entry for something the current caller did to a person's record. */
    public static AuditEntry by(
            Caller caller,
            Instant at,
            String action,
            @Nullable UUID subjectPersonId,
            String recordType,
            Outcome outcome) {
        return new AuditEntry(
                at,
                caller.actorId(),
                caller.actorName(),
                caller.onBehalfOf().orElse(null),
                action,
                subjectPersonId,
                recordType,
                subjectPersonId == null ? null : subjectPersonId.toString(),
                outcome,
                null);
    }

    public AuditEntry withDetail(@Nullable String text) {
        return new AuditEntry(
                occurredAt,
                actorId,
                actorLabel,
                onBehalfOf,
                action,
                subjectPersonId,
                recordType,
                recordId,
                outcome,
                text);
    }

    public Optional<UUID> onBehalf() {
        return Optional.ofNullable(onBehalfOf);
    }
}
