package org.carecoop.people;

import java.util.Set;
import java.util.UUID;

/** What other modules may know about an account. */
public record AccountSummary(UUID id, String email, String displayName, Set<Role> roles) {}
