package org.carecoop.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.carecoop.people.Role;
import org.jspecify.annotations.Nullable;

/** Who sends a request in the access matrix: nobody signed in, or an account holding exactly one role. */
record Audience(@Nullable Role role) {

    static final Audience ANONYMOUS = new Audience(null);

    /** Anonymous first, then one audience per role, in the order of {@link Role}. */
    static List<Audience> all() {
        List<Audience> all = new ArrayList<>();
        all.add(ANONYMOUS);
        for (Role role : Role.values()) {
            all.add(new Audience(role));
        }
        return all;
    }

    Optional<Role> signedIn() {
        return Optional.ofNullable(role);
    }

    @Override
    public String toString() {
        return role == null ? "anonymous" : role.name().toLowerCase(Locale.ROOT);
    }
}
