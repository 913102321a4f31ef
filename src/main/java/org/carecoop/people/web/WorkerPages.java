package org.carecoop.people.web;

import java.util.UUID;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.server.ResponseStatusException;

/**
 * Whose page a worker's availability and rate pages are: the caller's own (the short paths, for
 * workers, volunteers and peer supporters) or the worker named in the path (for co-ordinators).
 */
final class WorkerPages {

    private WorkerPages() {}

    /**
     * The worker the page is about.
     *
     * @throws AccessDeniedException on an own page for someone who is not a worker
     * @throws ResponseStatusException 404 when the path's id is not an id
     */
    static UUID worker(Caller caller, @Nullable String workerId) {
        if (workerId == null) {
            if (!caller.hasRole(Role.WORKER.name())
                    && !caller.hasRole(Role.VOLUNTEER.name())
                    && !caller.hasRole(Role.PEER_SUPPORTER.name())) {
                throw new AccessDeniedException("Only workers, volunteers and peer supporters have this page");
            }
            return caller.accountId();
        }
        return uuid(workerId);
    }

    /** @throws ResponseStatusException 404 when the text is not an id */
    static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
