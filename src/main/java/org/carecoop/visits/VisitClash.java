package org.carecoop.visits;

import java.time.Instant;
import java.util.UUID;

/**
 * A booking refused because a worker is already booked for a visit at an overlapping time. It names
 * the worker and the time of the visit in the way, but not whom that visit is for: that is someone
 * else's schedule.
 *
 * @see VisitException.Reason#CLASH
 */
public final class VisitClash extends VisitException {

    private final UUID workerId;
    private final String workerName;
    private final Instant clashStart;
    private final Instant clashEnd;

    public VisitClash(UUID workerId, String workerName, Instant clashStart, Instant clashEnd) {
        super(Reason.CLASH, workerName + " is already booked for a visit from " + clashStart + " to " + clashEnd);
        this.workerId = workerId;
        this.workerName = workerName;
        this.clashStart = clashStart;
        this.clashEnd = clashEnd;
    }

    public UUID workerId() {
        return workerId;
    }

    public String workerName() {
        return workerName;
    }

    /** When the visit in the way starts. */
    public Instant clashStart() {
        return clashStart;
    }

    /** When the visit in the way ends. */
    public Instant clashEnd() {
        return clashEnd;
    }
}
