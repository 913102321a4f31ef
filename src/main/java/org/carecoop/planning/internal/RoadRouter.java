package org.carecoop.planning.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.platform.geo.GeoPoint;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Road-network travel times and distances from an OSRM-compatible {@code table} service, used when
 * {@code carecoop.planning.router.url} is set (for example {@code http://localhost:5000} for a local
 * OSRM with the Great Britain extract). One request per problem asks for every pair by car; any
 * failure (unreachable, slow past {@code carecoop.planning.router.timeout}, an answer that is not a
 * full table) is reported as {@link RouterFailed}, and {@link TravelMatrices} falls back to
 * straight-line estimates.
 */
@Component
@ConditionalOnExpression("'${carecoop.planning.router.url:}' != ''")
class RoadRouter {

    private final String baseUrl;
    private final RestClient client;

    RoadRouter(
            @Value("${carecoop.planning.router.url}") String url,
            @Value("${carecoop.planning.router.timeout:10s}") Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.client = RestClient.builder().requestFactory(requests).build();
    }

    /** The answer of the table service: seconds and metres, row = from, column = to. */
    record Table(String code, Double @Nullable [][] durations, Double @Nullable [][] distances) {}

    TravelMatrix table(List<GeoPoint> places) {
        String coordinates = places.stream()
                .map(p -> String.format(Locale.ROOT, "%.6f,%.6f", p.longitude(), p.latitude()))
                .collect(Collectors.joining(";"));
        Table table;
        try {
            table = client.get()
                    // Written out rather than templated: OSRM wants its commas and semicolons as they are.
                    .uri(URI.create(baseUrl + "/table/v1/driving/" + coordinates + "?annotations=duration,distance"))
                    .retrieve()
                    .body(Table.class);
        } catch (RestClientException | IllegalArgumentException e) {
            throw new RouterFailed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (table == null || !"Ok".equals(table.code()) || table.durations() == null || table.distances() == null) {
            throw new RouterFailed("the router did not answer with a table");
        }
        return TravelMatrix.of(whole(table.durations(), places.size()), whole(table.distances(), places.size()));
    }

    /** The table in whole seconds or metres; a missing row or pair (no route) fails. */
    private static long[][] whole(Double[][] table, int size) {
        if (table.length != size) {
            throw new RouterFailed("the table does not cover every place");
        }
        long[][] whole = new long[size][size];
        for (int i = 0; i < size; i++) {
            if (table[i] == null || table[i].length != size) {
                throw new RouterFailed("the table does not cover every place");
            }
            for (int j = 0; j < size; j++) {
                Double value = table[i][j];
                if (value == null || value < 0 || value.isNaN()) {
                    throw new RouterFailed("no route between two of the places");
                }
                whole[i][j] = Math.round(value);
            }
        }
        return whole;
    }

    /** The router could not give a table. */
    static class RouterFailed extends RuntimeException {
        RouterFailed(String message) {
            super(message);
        }
    }
}
