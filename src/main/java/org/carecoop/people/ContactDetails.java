package org.carecoop.people;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How an enabled account can be reached by message, for the notify module: an email address only
 * when the account has a real one (people whose account a co-ordinator made without one have none),
 * and a phone number when one was given.
 */
public record ContactDetails(
        UUID accountId,
        String displayName,
        @Nullable String email,
        @Nullable String phone) {}
