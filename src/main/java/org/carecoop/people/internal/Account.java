package org.carecoop.people.internal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.Role;
import org.jspecify.annotations.Nullable;

/**
 * An account as stored.
 *
 * @param createdBy the co-ordinator who created it on the person's behalf, if one did
 */
public record Account(
        UUID id,
        String email,
        String displayName,
        @Nullable String phone,
        @Nullable String passwordHash,
        Instant createdAt,
        @Nullable UUID createdBy,
        boolean enabled,
        Set<Role> roles) {

    /**
     * The domain of the sign-in names given to people without an email address. {@code .invalid} is
     * reserved: nothing is ever delivered there.
     */
    public static final String OFFLINE_DOMAIN = "@offline.carecoop.invalid";

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** False for someone without an email address, whose account a co-ordinator created. */
    public boolean hasEmail() {
        return !email.endsWith(OFFLINE_DOMAIN);
    }

    public boolean assisted() {
        return createdBy != null;
    }

    public boolean canSignIn() {
        return enabled && passwordHash != null;
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, roles);
    }
}
