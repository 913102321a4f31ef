package org.carecoop.platform.geo;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Travel time estimated from the straight-line distance: distance × a road factor (roads wind) ÷ an
 * average speed for the mode. Configured by {@code carecoop.travel.*}; used unless another {@link
 * TravelTimes} bean is defined.
 */
public final class StraightLineTravelTimes implements TravelTimes {

    private final double roadFactor;
    private final double drivingKmh;
    private final double notDrivingKmh;

    public StraightLineTravelTimes(double roadFactor, double drivingKmh, double notDrivingKmh) {
        if (roadFactor < 1 || drivingKmh <= 0 || notDrivingKmh <= 0) {
            throw new IllegalArgumentException("The road factor must be at least 1 and speeds above 0");
        }
        this.roadFactor = roadFactor;
        this.drivingKmh = drivingKmh;
        this.notDrivingKmh = notDrivingKmh;
    }

    @Override
    public Duration between(GeoPoint from, GeoPoint to, Mode mode) {
        double km = from.distanceKm(to) * roadFactor;
        double kmh = mode == Mode.DRIVING ? drivingKmh : notDrivingKmh;
        return Duration.ofSeconds(Math.round(km / kmh * 3600));
    }

    @Configuration(proxyBeanMethods = false)
    static class Defaults {

        @Bean
        @ConditionalOnMissingBean(TravelTimes.class)
        TravelTimes straightLineTravelTimes(
                @Value("${carecoop.travel.road-factor:1.3}") double roadFactor,
                @Value("${carecoop.travel.driving-kmh:35}") double drivingKmh,
                @Value("${carecoop.travel.not-driving-kmh:12}") double notDrivingKmh) {
            return new StraightLineTravelTimes(roadFactor, drivingKmh, notDrivingKmh);
        }
    }
}
