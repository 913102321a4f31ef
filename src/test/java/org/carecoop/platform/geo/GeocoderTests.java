package org.carecoop.platform.geo;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class GeocoderTests extends IntegrationTest {

    @Autowired
    Geocoder geocoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aKnownUnitPostcodeIsLocatedExactlyAndNamedByItsSector() {
        jdbc.sql("insert into platform.postcode (postcode, latitude, longitude) values ('HX7 6DT', 53.7490, -2.0061)"
                        + " on conflict do nothing")
                .update();

        Location location = geocoder.locate(Postcode.of("HX7 6DT")).orElseThrow();

        assertThat(location.exact()).isTrue();
        assertThat(location.point()).isEqualTo(new GeoPoint(53.7490, -2.0061));
        assertThat(location.place()).isEqualTo("Hebden Bridge (Old Town)");
    }

    @Test
    void anUnknownUnitInAKnownSectorIsLocatedApproximatelyAtTheSectorCentre() {
        Location location = geocoder.locate(Postcode.of("HX7 7ZZ")).orElseThrow();

        assertThat(location.exact()).isFalse();
        assertThat(location.point()).isEqualTo(new GeoPoint(53.7470, -2.0420));
        assertThat(location.place()).isEqualTo("Heptonstall");
    }

    @Test
    void aPostcodeInAnUnknownSectorIsNotLocated() {
        assertThat(geocoder.locate(Postcode.of("SW1A 1AA"))).isEmpty();
    }

    @Test
    void distancesBetweenPointsAreGreatCircleKilometres() {
        GeoPoint hebdenBridge = new GeoPoint(53.7395, -2.0135);
        GeoPoint todmorden = new GeoPoint(53.7180, -2.0900);

        assertThat(hebdenBridge.distanceKm(todmorden)).isBetween(5.4, 5.6);
        assertThat(hebdenBridge.distanceKm(hebdenBridge)).isZero();
    }
}
