package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A booked visit has been cancelled.
 *
 * @param visitId the visit
 * @param personId the account of the person who was to be visited
 * @param cancelledAt when it was cancelled
 */
public record VisitCancelled(UUID visitId, UUID personId, Instant cancelledAt) {}
