package org.carecoop.platform.geo;

import java.time.Duration;

/**
 * How long it takes to travel between two places. By default an estimate from the straight-line
 * distance ({@link StraightLineTravelTimes}); the planning module may provide a road-network router
 * instead.
 */
public interface TravelTimes {

    /** How someone travels. */
    enum Mode {
        /** By car. */
        DRIVING,
        /** On foot, by bicycle or by bus: slower, and what is assumed for someone who does not drive. */
        NOT_DRIVING
    }

    Duration between(GeoPoint from, GeoPoint to, Mode mode);
}
