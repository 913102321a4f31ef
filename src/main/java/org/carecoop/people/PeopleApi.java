package org.carecoop.people;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The people module's facade for other modules. */
public interface PeopleApi {

    Optional<AccountSummary> account(UUID id);

    Optional<AccountSummary> accountByEmail(String email);

    /**
     * Creates an account with a password, as sign-up does, applying the same password and email
     * rules.
     *
     * @throws AccountException when the email is taken or the password is refused
     */
    UUID createAccount(String email, String displayName, String password, Set<Role> roles);
}
