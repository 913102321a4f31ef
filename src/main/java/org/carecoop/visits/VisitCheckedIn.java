package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker booked for a visit has checked in to it: they are with the person. Listeners (the person's
 * team, notifications) learn that the visit has begun without asking the visits module.
 *
 * @param visitId the visit
 * @param personId the account of the person visited
 * @param workerId the account of the worker who checked in
 * @param at when they checked in
 */
public record VisitCheckedIn(UUID visitId, UUID personId, UUID workerId, Instant at) {}
