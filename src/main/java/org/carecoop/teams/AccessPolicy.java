package org.carecoop.teams;

import java.util.UUID;
import org.carecoop.platform.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one way any module decides whether a caller may read or change a category of a person's
 * records (TE3). Every decision about someone else's records, allowed or denied, is written to the
 * access log at once, in its own transaction, so a refused attempt is recorded even when the caller's
 * work is rolled back; a person's use of their own records is recorded only when a co-ordinator acts
 * for them. Nothing is cached: a grant or revocation applies to the very next call.
 */
public interface AccessPolicy {

    /** Decides and records the decision. */
    Decision decide(Caller caller, UUID personId, Category category, Action action);

    /**
     * Decides and records the decision, and throws when it is denied.
     *
     * @throws AccessDeniedException when the caller may not
     */
    void check(Caller caller, UUID personId, Category category, Action action);

    /**
     * Opens a person's records for reading to a co-ordinator in an emergency, for a limited time
     * ({@code carecoop.teams.break-glass-duration}). The reason is written to the access log, where the
     * person sees it.
     *
     * @throws AccessDeniedException when the caller is not a co-ordinator
     * @throws IllegalArgumentException when the reason is blank
     */
    void breakGlass(Caller caller, UUID personId, String reason);
}
