package org.carecoop.security;

import java.util.Comparator;

/**
 * One HTTP method on one path pattern, written {@code "GET /people/{id}/profile"} — the pattern exactly
 * as the controller's mapping declares it.
 */
record Route(String method, String pattern) implements Comparable<Route> {

    private static final Comparator<Route> ORDER =
            Comparator.comparing(Route::pattern).thenComparing(Route::method);

    static Route parse(String route) {
        String[] parts = route.strip().split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/")) {
            throw new IllegalArgumentException("Write a route as \"METHOD /path\", not \"" + route + "\"");
        }
        return new Route(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1]);
    }

    /** Served by the JSON API's filter chain: bearer tokens, problem+json. */
    boolean api() {
        return pattern.startsWith("/api/");
    }

    @Override
    public int compareTo(Route other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return method + " " + pattern;
    }
}
