package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker on their way to a visit is expected later than its planned start by more than the late
 * threshold ({@code carecoop.visits.late-threshold}). Published once per visit, and again only when
 * the delay has grown by at least a further threshold, so the person and their family are told what
 * matters without being told every minute.
 *
 * @param visitId the visit
 * @param personId the account of the person visited
 * @param workerId the account of the worker running late
 * @param expectedArrival when the worker is now expected
 * @param delayMinutes how many minutes after the planned start that is
 */
public record VisitRunningLate(
        UUID visitId, UUID personId, UUID workerId, Instant expectedArrival, long delayMinutes) {}
