package org.carecoop.teams.internal;

import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.visits.BookingAccess;
import org.springframework.stereotype.Component;

/**
 * Booking and changing a person's visits counts as changing their schedule. Co-ordinators at their
 * own keyboard book for everyone without a policy decision (their bookings are the co-op's daily
 * work, recorded by the visits module itself); everyone else asks the access policy, which records
 * the decision in the person's access log.
 */
@Component
class BookingAccessThroughPolicy implements BookingAccess {

    private final AccessPolicy access;

    BookingAccessThroughPolicy(AccessPolicy access) {
        this.access = access;
    }

    @Override
    public boolean mayBook(Caller caller, UUID personId) {
        if (caller.hasRole(Role.COORDINATOR.name()) && !caller.assisted()) {
            return true;
        }
        return access.decide(caller, personId, Category.SCHEDULE, Action.WRITE).allowed();
    }
}
