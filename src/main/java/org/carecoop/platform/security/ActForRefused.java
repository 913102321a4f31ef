package org.carecoop.platform.security;

import org.jspecify.annotations.Nullable;

/**
 * A co-ordinator asked to act for an account that cannot be acted for (staff, switched off or
 * unknown). Published so that the refusal is recorded like the start of assisted mode would be.
 *
 * @param coordinator who asked
 * @param email the email address they asked for, as sent
 */
public record ActForRefused(Caller coordinator, @Nullable String email) {}
