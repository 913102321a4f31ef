package org.carecoop.people.internal;

import java.time.Clock;
import java.util.List;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditEntry.Outcome;
import org.carecoop.audit.AuditLog;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding the people a co-ordinator can act for (CH7): everyone who is not staff. Looking through the
 * list is itself recorded in the access log.
 */
@Service
public class AssistedMode {

    /** The most people one search shows; a co-ordinator narrows the search to find anyone else. */
    public static final int PAGE_SIZE = 50;

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    AssistedMode(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of people matching the search, with one more than {@link #PAGE_SIZE} when there are more. */
    @Transactional
    public List<Account> people(Caller coordinator, String search) {
        if (!coordinator.hasRole(Role.COORDINATOR.name())) {
            throw new AccessDeniedException("Only co-ordinators can do this");
        }
        List<Account> found = accounts.notStaff(search, PAGE_SIZE + 1);
        audit.record(AuditEntry.by(coordinator, clock.instant(), "SEARCH", null, "account", Outcome.ALLOWED)
                .withDetail("Looked through the people they can act for (" + Math.min(found.size(), PAGE_SIZE)
                        + " shown)"));
        return found;
    }
}
