package org.carecoop.visits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The visits module's facade: booking visits, cancelling them, recording that they were carried out,
 * and reading a person's visits. Visits are booked and changed by co-ordinators who are not acting
 * for someone, and by the system ({@link #SYSTEM}); anyone else is refused with {@link
 * AccessDeniedException}. A worker is never booked for two visits that overlap in time: the
 * database refuses it, and {@link #book} reports it as a {@link VisitClash}.
 */
public interface VisitsApi {

    /**
     * The system itself as a caller, for bookings nobody makes at a keyboard (demo data, imports). It
     * holds no role, and no signed-in account can be it: accounts never have the nil id.
     */
    Caller SYSTEM = new Caller(new UUID(0, 0), "CareCoop system", new UUID(0, 0), "CareCoop system", Set.of());

    /** The longest visit that can be booked. */
    Duration LONGEST_VISIT = Duration.ofHours(24);

    /**
     * Books a visit to a person by one or more workers, and publishes {@link VisitBooked}.
     *
     * @param personId an account of a person who receives support
     * @param workerIds accounts of care workers, volunteers or peer supporters, each once
     * @return the new visit's id
     * @throws VisitClash when one of the workers is already booked for an overlapping visit
     * @throws VisitException when the times, the person or the workers are not right
     * @throws AccessDeniedException when the caller may not book visits
     */
    UUID book(Caller by, UUID personId, List<UUID> workerIds, Instant start, Instant end);

    /**
     * Cancels a booked visit, which frees its workers' time, and publishes {@link VisitCancelled}.
     *
     * @param reason why, in plain text of 1 to 500 characters
     * @throws VisitException when there is no such visit, it is no longer booked, or the reason is
     *     not right
     * @throws AccessDeniedException when the caller may not change visits
     */
    void cancel(Caller by, UUID visitId, String reason);

    /**
     * Records that a booked visit was carried out (its workers checked out at {@code at}), and
     * publishes {@link VisitCompleted}.
     *
     * @param at when the visit finished: not before it started, and not in the future
     * @throws VisitException when there is no such visit, it is no longer booked, or the time is not
     *     right
     * @throws AccessDeniedException when the caller may not change visits
     */
    void complete(Caller by, UUID visitId, Instant at);

    /**
     * The person's visits that overlap the time from {@code from} until {@code to}, cancelled ones included, earliest first.
     * This is a read of the person's schedule: callers decide first whether it may be read (through
     * the teams module's access policy) and record the read in the access log.
     */
    List<Visit> schedule(UUID personId, Instant from, Instant to);

    /**
     * The visits a worker is booked for that overlap the time from {@code from} until {@code to},
     * cancelled ones included, earliest first. Like {@link #schedule}, callers decide first whether the
     * caller may see it (the worker themself, or a co-ordinator).
     */
    List<Visit> workerSchedule(UUID workerId, Instant from, Instant to);

    /** Whether any visit to the person has ever been booked. */
    boolean hasVisits(UUID personId);

    /**
     * Puts another worker on a booked visit in place of one who cannot come (cover, CO4), and publishes
     * {@link VisitBooked} with the new workers, which moves emergency cover access to the new worker.
     *
     * @throws VisitClash when the new worker is already booked at that time
     * @throws VisitException when there is no such booked visit, the absent worker is not on it, or the new
     *     worker is already on it or does not give support
     * @throws AccessDeniedException when the caller may not change visits
     */
    void replaceWorker(Caller by, UUID visitId, UUID absentWorkerId, UUID coverWorkerId);
}
