package org.carecoop.security;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecoop.people.Role;
import org.jspecify.annotations.Nullable;

/**
 * One row of the access matrix: a route and the outcome each audience should get. Later calls
 * override earlier ones, so a row reads from the general to the particular:
 *
 * <pre>{@code
 * route("POST /act-for").anonymous(SIGN_IN).everyoneSignedIn(FORBIDDEN).as(COORDINATOR, ALLOW)
 * }</pre>
 */
final class AccessRow {

    private final Route route;
    private @Nullable Outcome anonymous;
    private final Map<Role, Outcome> signedIn = new EnumMap<>(Role.class);
    private final Map<String, Sample> samples = new LinkedHashMap<>();

    private AccessRow(Route route) {
        this.route = route;
    }

    /** A row for {@code "METHOD /pattern"}, the pattern exactly as the mapping declares it. */
    static AccessRow route(String route) {
        return new AccessRow(Route.parse(route));
    }

    AccessRow anonymous(Outcome outcome) {
        this.anonymous = outcome;
        return this;
    }

    /** The same outcome for an account of every role. */
    AccessRow everyoneSignedIn(Outcome outcome) {
        for (Role role : Role.values()) {
            signedIn.put(role, outcome);
        }
        return this;
    }

    /** The same outcome for anonymous callers and every role. */
    AccessRow everyone(Outcome outcome) {
        return anonymous(outcome).everyoneSignedIn(outcome);
    }

    /** The outcome for an account holding only this role. */
    AccessRow as(Role role, Outcome outcome) {
        signedIn.put(role, outcome);
        return this;
    }

    /** The same outcome for accounts of each of these roles. */
    AccessRow as(Outcome outcome, Role... roles) {
        for (Role role : roles) {
            signedIn.put(role, outcome);
        }
        return this;
    }

    /** The value to put in a path variable of this route, instead of the matrix's default. */
    AccessRow with(String variable, Sample sample) {
        samples.put(variable, sample);
        return this;
    }

    Route route() {
        return route;
    }

    Optional<Sample> sample(String variable) {
        return Optional.ofNullable(samples.get(variable));
    }

    Optional<Outcome> expected(Audience audience) {
        Role role = audience.role();
        return Optional.ofNullable(role == null ? anonymous : signedIn.get(role));
    }

    /** The audiences this row says nothing about. */
    List<Audience> missingAudiences() {
        List<Audience> missing = new ArrayList<>();
        for (Audience audience : Audience.all()) {
            if (expected(audience).isEmpty()) {
                missing.add(audience);
            }
        }
        return missing;
    }

    @Override
    public String toString() {
        return route.toString();
    }
}
