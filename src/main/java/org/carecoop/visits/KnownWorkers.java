package org.carecoop.visits;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The workers a person already knows, so that whoever books for them is offered the person's own team
 * and back-up pool first and never a worker the person has excluded. The teams module provides it
 * from the person's team and the matching module's back-up pool (CH6), so that the visits module can
 * use them without depending on either.
 */
public interface KnownWorkers {

    /** The person's workers as the booking form groups them. */
    Known of(UUID personId);

    /** The workers the person does not want, whom no booking for them may name. */
    Set<UUID> excluded(UUID personId);

    /**
     * @param team workers, volunteers and peer supporters in the person's team, in the order they joined
     * @param backUp the person's back-up pool, in the order they accepted, without the team's workers
     * @param excluded workers the person does not want, offered to nobody booking for them
     */
    record Known(List<UUID> team, List<UUID> backUp, Set<UUID> excluded) {

        public Known {
            team = List.copyOf(team);
            backUp = List.copyOf(backUp);
            excluded = Set.copyOf(excluded);
        }
    }
}
