package org.carecoop.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.StraightLineTravelTimes;
import org.carecoop.platform.geo.TravelTimes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The travel matrix (deliverable 3): straight-line estimates from the {@link TravelTimes} port,
 * cached; the OSRM-compatible router's table against a stub server on a loopback port; and the
 * fall-back to straight lines when the router fails, answers badly or is slow.
 */
class TravelMatricesTests {

    static final GeoPoint HEBDEN_BRIDGE = new GeoPoint(53.7418, -2.0135);
    static final GeoPoint MYTHOLMROYD = new GeoPoint(53.7290, -1.9810);
    static final GeoPoint TODMORDEN = new GeoPoint(53.7135, -2.0980);

    private final TravelTimes straightLine = new StraightLineTravelTimes(1.3, 35, 12);
    private HttpServer server;
    private final AtomicReference<String> answer = new AtomicReference<>("");
    private final AtomicReference<String> asked = new AtomicReference<>("");
    private final AtomicInteger delayMs = new AtomicInteger();

    @BeforeEach
    void stubRouter() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/table/v1/driving/", exchange -> {
            asked.set(exchange.getRequestURI().toString());
            try {
                Thread.sleep(delayMs.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(body.length == 0 ? 500 : 200, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private RoadRouter router() {
        return new RoadRouter("http://127.0.0.1:" + server.getAddress().getPort(), Duration.ofMillis(500));
    }

    @Test
    void straightLineTimesAndDistancesAreEstimatedAndCached() {
        TravelMatrices matrices = new TravelMatrices(straightLine, Optional.empty(), 1.3);
        TravelMatrix m = matrices.between(List.of(HEBDEN_BRIDGE, MYTHOLMROYD, TODMORDEN));

        assertThat(m.size()).isEqualTo(3);
        assertThat(m.time(0, 0)).isZero();
        long km = Math.round(HEBDEN_BRIDGE.distanceKm(MYTHOLMROYD) * 1.3 * 1000);
        assertThat(m.distance(0, 1)).isEqualTo(km);
        assertThat(m.time(0, 1))
                .isEqualTo(straightLine
                        .between(HEBDEN_BRIDGE, MYTHOLMROYD, TravelTimes.Mode.DRIVING)
                        .toSeconds());
        assertThat(m.time(0, 2)).isGreaterThan(m.time(0, 1));
        assertThat(matrices.cached()).isEqualTo(6);

        matrices.between(List.of(MYTHOLMROYD, HEBDEN_BRIDGE));
        assertThat(matrices.cached()).as("pairs met before come from the cache").isEqualTo(6);
    }

    @Test
    void theRoutersTableIsUsedWhenItAnswers() {
        answer.set("""
                {"code":"Ok","durations":[[0,300.4,900],[310,0,1000.6],[880,990,0]],
                 "distances":[[0,4200,9000.2],[4300,0,12000],[8900,11900,0]]}""");
        TravelMatrices matrices = new TravelMatrices(straightLine, Optional.of(router()), 1.3);

        TravelMatrix m = matrices.between(List.of(HEBDEN_BRIDGE, MYTHOLMROYD, TODMORDEN));

        assertThat(asked.get())
                .startsWith("/table/v1/driving/-2.013500,53.741800;-1.981000,53.729000;-2.098000,53.713500")
                .contains("annotations=duration,distance");
        assertThat(m.time(0, 1)).isEqualTo(300);
        assertThat(m.time(1, 2)).isEqualTo(1001);
        assertThat(m.distance(0, 2)).isEqualTo(9000);
        assertThat(matrices.cached()).isZero();
    }

    @Test
    void straightLinesAreUsedWhenTheRouterFails() {
        TravelMatrix expected =
                new TravelMatrices(straightLine, Optional.empty(), 1.3).between(List.of(HEBDEN_BRIDGE, TODMORDEN));
        for (String bad : List.of(
                "",
                "{\"code\":\"NoRoute\"}",
                "{\"code\":\"Ok\",\"durations\":[[0,1]],\"distances\":[[0,1]]}",
                "{\"code\":\"Ok\",\"durations\":[[0,null],[1,0]],\"distances\":[[0,1],[1,0]]}",
                "not json")) {
            answer.set(bad);
            TravelMatrix m = new TravelMatrices(straightLine, Optional.of(router()), 1.3)
                    .between(List.of(HEBDEN_BRIDGE, TODMORDEN));
            assertThat(m.time(0, 1)).as(bad).isEqualTo(expected.time(0, 1));
            assertThat(m.distance(1, 0)).as(bad).isEqualTo(expected.distance(1, 0));
        }
    }

    @Test
    void aSlowRouterTimesOutAndStraightLinesAreUsed() {
        answer.set("{\"code\":\"Ok\",\"durations\":[[0,1],[1,0]],\"distances\":[[0,1],[1,0]]}");
        delayMs.set(2000);
        TravelMatrix m =
                new TravelMatrices(straightLine, Optional.of(router()), 1.3).between(List.of(HEBDEN_BRIDGE, TODMORDEN));
        assertThat(m.time(0, 1)).isGreaterThan(1);
    }

    @Test
    void anUnreachableRouterFallsBack() {
        RoadRouter nowhere = new RoadRouter("http://127.0.0.1:1", Duration.ofMillis(500));
        TravelMatrix m =
                new TravelMatrices(straightLine, Optional.of(nowhere), 1.3).between(List.of(HEBDEN_BRIDGE, TODMORDEN));
        assertThat(m.distance(0, 1)).isGreaterThan(1000);
    }
}
