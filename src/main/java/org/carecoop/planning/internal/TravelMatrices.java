package org.carecoop.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.TravelTimes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Travel between the places of a problem (deliverable 3), in seconds and metres: from the road-network
 * router when one is configured ({@link RoadRouter}), otherwise, or when the router fails, from the
 * {@link TravelTimes} port by car with the distance taken as straight-line × road factor. Pairs are
 * kept in a bounded cache keyed by coordinates rounded to about a metre, since the same homes come up
 * in every optimisation of an area.
 */
@Component
public class TravelMatrices {

    private static final Logger log = LoggerFactory.getLogger(TravelMatrices.class);

    /** How many pairs the cache keeps, least recently used leaving first. */
    static final int CACHE_SIZE = 200_000;

    private final TravelTimes travelTimes;
    private final Optional<RoadRouter> router;
    private final double roadFactor;
    private final Map<Pair, long[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Pair, long[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    TravelMatrices(
            TravelTimes travelTimes,
            Optional<RoadRouter> router,
            @Value("${carecoop.travel.road-factor:1.3}") double roadFactor) {
        this.travelTimes = travelTimes;
        this.router = router;
        this.roadFactor = roadFactor;
    }

    /** The matrix for these places, in this order. */
    public TravelMatrix between(List<GeoPoint> places) {
        if (router.isPresent() && places.size() > 1) {
            try {
                return router.get().table(places);
            } catch (RoadRouter.RouterFailed failed) {
                log.warn("Road router failed ({}); estimating travel from straight lines", failed.getMessage());
            }
        }
        int n = places.size();
        long[][] times = new long[n][n];
        long[][] distances = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    long[] pair = pair(places.get(i), places.get(j));
                    times[i][j] = pair[0];
                    distances[i][j] = pair[1];
                }
            }
        }
        return TravelMatrix.of(times, distances);
    }

    /** How many pairs are cached, for tests and logs. */
    int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }

    private long[] pair(GeoPoint from, GeoPoint to) {
        Pair key =
                new Pair(round(from.latitude()), round(from.longitude()), round(to.latitude()), round(to.longitude()));
        synchronized (cache) {
            long[] known = cache.get(key);
            if (known != null) {
                return known;
            }
        }
        long seconds = travelTimes.between(from, to, TravelTimes.Mode.DRIVING).toSeconds();
        long metres = Math.round(from.distanceKm(to) * roadFactor * 1000);
        long[] computed = {seconds, metres};
        synchronized (cache) {
            cache.put(key, computed);
        }
        return computed;
    }

    private static long round(double degrees) {
        return Math.round(degrees * 100_000);
    }

    private record Pair(long fromLat, long fromLon, long toLat, long toLon) {}
}
