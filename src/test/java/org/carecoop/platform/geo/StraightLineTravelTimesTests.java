package org.carecoop.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StraightLineTravelTimesTests {

    private final TravelTimes travel = new StraightLineTravelTimes(1.3, 35, 12);

    /** Hebden Bridge to Halifax town centre: about 11 km apart. */
    private final GeoPoint hebdenBridge = new GeoPoint(53.7417, -2.0134);

    private final GeoPoint halifax = new GeoPoint(53.7248, -1.8616);

    @Test
    void drivingIsTheWindingDistanceAtDrivingSpeed() {
        double km = hebdenBridge.distanceKm(halifax);
        Duration driving = travel.between(hebdenBridge, halifax, TravelTimes.Mode.DRIVING);

        assertThat(driving.toSeconds()).isEqualTo(Math.round(km * 1.3 / 35 * 3600));
        assertThat(driving).isBetween(Duration.ofMinutes(20), Duration.ofMinutes(30));
    }

    @Test
    void notDrivingTakesLongerAndStayingPutTakesNoTime() {
        assertThat(travel.between(hebdenBridge, halifax, TravelTimes.Mode.NOT_DRIVING))
                .isGreaterThan(travel.between(hebdenBridge, halifax, TravelTimes.Mode.DRIVING));
        assertThat(travel.between(halifax, halifax, TravelTimes.Mode.DRIVING)).isZero();
    }
}
