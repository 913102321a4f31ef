package org.carecoop.people;

import java.util.UUID;

/**
 * Something the matching of a worker, volunteer or peer supporter depends on has changed: their
 * name or contact details, profile, weekly availability or vetting evidence. Listeners read the current state
 * through {@link PeopleApi}.
 *
 * @param workerId the account whose details changed
 */
public record WorkerChanged(UUID workerId) {}
