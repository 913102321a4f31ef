package org.carecoop.peers.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.springframework.stereotype.Component;

/** The names pages show for the accounts that wrote on them. */
@Component
public class Names {

    /** Shown for an account that no longer exists. */
    public static final String UNKNOWN = "";

    private final PeopleApi people;

    Names(PeopleApi people) {
        this.people = people;
    }

    /**
     * A look-up for one page: each account is read once however often it appears. Gives {@link
     * #UNKNOWN} for an account that no longer exists.
     */
    public Function<UUID, String> lookup() {
        Map<UUID, String> known = new HashMap<>();
        return id -> known.computeIfAbsent(
                id, key -> people.account(key).map(AccountSummary::displayName).orElse(UNKNOWN));
    }
}
