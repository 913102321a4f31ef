package org.carecoop.teams;

import java.util.Locale;

/**
 * A group of a team's members by their role, to which the person can grant or withdraw something at
 * once (TE3). A grant or withdrawal for one member overrides what their circle has.
 */
public enum Circle {
    NOMINEES,
    WORKERS,
    FAMILY_AND_FRIENDS,
    PROFESSIONALS,
    VOLUNTEERS_AND_PEERS;

    /** The form of the name used in addresses, e.g. {@code family-and-friends}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The circle with this slug.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Circle ofSlug(String slug) {
        for (Circle circle : values()) {
            if (circle.slug().equals(slug)) {
                return circle;
            }
        }
        throw new IllegalArgumentException("no such circle: " + slug);
    }
}
