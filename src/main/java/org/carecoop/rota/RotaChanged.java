package org.carecoop.rota;

import java.util.UUID;

/**
 * A plan could not be applied because the rota is no longer what it was made from: a visit was moved,
 * re-staffed, cancelled or carried out since, or a new worker was booked elsewhere at that time.
 * Nothing of the plan was applied; planning again from the rota as it is now is the way forward.
 *
 * @param visitId the first visit in the way
 */
public class RotaChanged extends RuntimeException {

    private final UUID visitId;

    public RotaChanged(UUID visitId, String message) {
        super(message);
        this.visitId = visitId;
    }

    public UUID visitId() {
        return visitId;
    }
}
