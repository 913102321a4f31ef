package org.carecoop.matching;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker has started supporting a person regularly (after a trial both sides chose to continue).
 *
 * @param arrangementId the arrangement, the same in the {@link ArrangementEnded} that closes it
 * @param personId the account of the person supported
 * @param workerId the account of the worker
 * @param startedAt when the arrangement began
 */
public record ArrangementStarted(UUID arrangementId, UUID personId, UUID workerId, Instant startedAt) {}
