package org.carecoop.matching;

import java.time.Instant;
import java.util.UUID;

/**
 * A regular arrangement between a person and a worker has ended, by either side ("no fault, no
 * blame").
 *
 * @param arrangementId the arrangement, as in its {@link ArrangementStarted}
 * @param personId the account of the person supported
 * @param workerId the account of the worker
 * @param endedAt when the arrangement ended
 */
public record ArrangementEnded(UUID arrangementId, UUID personId, UUID workerId, Instant endedAt) {}
