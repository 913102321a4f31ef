package org.carecoop.visits;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * The visits module's facade: booking visits, cancelling them, recording that they were carried out,
 * and reading a person's visits. Visits are booked and changed by those {@link BookingAccess} allows
 * (co-ordinators, the person, family the person allowed to change their schedule) and by the system
 * ({@link #SYSTEM}); anyone else is refused with {@link AccessDeniedException}. A co-ordinator's
 * booking is confirmed at once; one by the person or their family is confirmed when every worker is
 * available for the whole time, and otherwise becomes a request each worker accepts or declines. A
 * worker is never booked for two visits that overlap in time (except the visits of one shared
 * session): the database refuses it, and {@link #book} and {@link #accept} report it as a {@link
 * VisitClash}.
 */
public interface VisitsApi {

    /**
     * The system itself as a caller, for bookings nobody makes at a keyboard (demo data, imports). It
     * holds no role, and no signed-in account can be it: accounts never have the nil id.
     */
    Caller SYSTEM = new Caller(new UUID(0, 0), "CareCoop system", new UUID(0, 0), "CareCoop system", Set.of());

    /** The longest visit that can be booked. */
    Duration LONGEST_VISIT = Duration.ofHours(24);

    /** The longest weekly series that can be booked, from its first visit to its last. */
    Period LONGEST_SERIES = Period.ofYears(1);

    /**
     * Books visits, all or nothing in one transaction: a single visit, a weekly series, a shared
     * session, or a series of shared sessions. Confirmed bookings publish {@link VisitBooked} for each
     * visit; requests publish nothing until accepted.
     *
     * @throws VisitClash naming the first visit time in the way, when a worker is already booked
     * @throws VisitException when the times, the people, the workers or the repeat are not right
     * @throws AccessDeniedException when the caller may not book for one of the people
     */
    BookingOutcome book(Caller by, Booking booking);

    /**
     * What {@link #book} would make, without booking: the visit times and whether it would become a
     * request, for the booker to confirm.
     *
     * @throws VisitException when the times, the people, the workers or the repeat are not right
     * @throws AccessDeniedException when the caller may not book for one of the people
     */
    BookingPlan plan(Caller by, Booking booking);

    /**
     * The worker accepts a request. Once every worker has, it is booked (publishing {@link
     * VisitBooked}) and must then pass the same double-booking check as any booking.
     *
     * @throws VisitClash when the worker has been booked at that time since
     * @throws VisitException when there is no such request waiting for this worker
     */
    void accept(Caller worker, UUID visitId);

    /**
     * The worker declines a request, with an optional reason the booker reads.
     *
     * @param reason why, in plain text of at most 500 characters, or null
     * @throws VisitException when there is no such request waiting for this worker, or the reason is
     *     not right
     */
    void decline(Caller worker, UUID visitId, @Nullable String reason);

    /** The requests waiting for this worker's answer, earliest first. */
    List<Visit> requestsFor(UUID workerId);

    /**
     * Moves one visit (an occurrence of a series, or a single visit) to another time, publishing
     * {@link VisitBooked} with the new time when it is booked.
     *
     * @throws VisitClash when a worker is already booked at the new time
     * @throws VisitException when there is no such visit, it is over or called off, or the times are
     *     not right
     * @throws AccessDeniedException when the caller may not change the person's visits
     */
    void move(Caller by, UUID visitId, Instant start, Instant end);

    /**
     * Gives the visits of a weekly series from {@code from} onwards a new time of day and length, each
     * on its own date in the co-op's time zone, all or nothing.
     *
     * @return how many visits were moved
     * @throws VisitClash naming the first moved visit in the way
     * @throws VisitException when the series has no visits still standing from that date
     * @throws AccessDeniedException when the caller may not change the person's visits
     */
    int changeSeries(Caller by, UUID seriesId, LocalDate from, LocalTime start, Duration length);

    /**
     * Ends a weekly series: cancels its visits still standing from {@code from} onwards.
     *
     * @return how many visits were cancelled
     * @throws VisitException when the series has no visits still standing from that date, or the
     *     reason is not right
     * @throws AccessDeniedException when the caller may not change the person's visits
     */
    int endSeries(Caller by, UUID seriesId, LocalDate from, String reason);

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
    default UUID book(Caller by, UUID personId, List<UUID> workerIds, Instant start, Instant end) {
        return book(by, Booking.once(personId, workerIds, start, end))
                .visitIds()
                .get(0);
    }

    /**
     * Cancels a booked or requested visit (also one occurrence of a series, or one person's visit of a
     * shared session), which frees its workers' time, records who, when and why, and publishes {@link
     * VisitCancelled} when it was booked.
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

    /**
     * Requests across the co-op still waiting for a worker's answer that overlap the time from {@code
     * from} until {@code to}, earliest first, for the co-ordinators' board. Callers decide first whether
     * the caller may see them (co-ordinators only).
     */
    List<Visit> requested(Instant from, Instant to);

    /**
     * Booked visits across the co-op that overlap the time from {@code from} until {@code to}, earliest
     * first, for the co-ordinators' board to find those whose worker is away. Callers decide first
     * whether the caller may see them (co-ordinators only).
     */
    List<Visit> booked(Instant from, Instant to);
}
