package org.carecoop.people;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A worker will be away: leave or sickness was recorded, or extended. Published in the same
 * transaction, so cover can find someone for the visits in that time. An extension is published with
 * the same absence id and the new end.
 *
 * @param to when they are back; null for sickness with no end given yet
 */
public record WorkerAbsent(
        UUID absenceId,
        UUID workerId,
        AbsenceKind kind,
        Instant from,
        @Nullable Instant to) {}
