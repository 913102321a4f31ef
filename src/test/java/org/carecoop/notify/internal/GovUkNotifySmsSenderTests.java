package org.carecoop.notify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The GOV.UK Notify adapter against a stub of Notify's API on the loopback interface. */
class GovUkNotifySmsSenderTests {

    private static final String SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506";
    private static final String SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";
    private static final String API_KEY = "carecoop_test-" + SERVICE_ID + "-" + SECRET;
    private static final String TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    /** One request the stub received. */
    record Received(String method, String path, String authorization, String contentType, String body) {}

    private HttpServer server;
    private final AtomicReference<Received> received = new AtomicReference<>();
    private volatile int status = 201;
    private volatile String answer = "";

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.set(new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    body));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void sendsTheWholeMessageAsTheTemplatesBodyWithOurReference() {
        String reference = UUID.randomUUID().toString();
        answer = new JSONObject()
                .put("id", UUID.randomUUID().toString())
                .put("reference", reference)
                .put(
                        "content",
                        new JSONObject()
                                .put("body", "Amina is running 15 minutes late")
                                .put("from_number", "CareCoop"))
                .put(
                        "template",
                        new JSONObject()
                                .put("id", TEMPLATE_ID)
                                .put("version", 1)
                                .put("uri", baseUrl() + "/v2/template/" + TEMPLATE_ID))
                .put("uri", baseUrl() + "/v2/notifications/1")
                .toString();
        GovUkNotifySmsSender sender = new GovUkNotifySmsSender(API_KEY, TEMPLATE_ID, baseUrl());

        sender.send("07700 900123", "Amina is running 15 minutes late", reference);

        Received request = received.get();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/notifications/sms");
        assertThat(request.authorization()).startsWith("Bearer ");
        assertThat(request.contentType()).startsWith("application/json");
        JSONObject body = new JSONObject(request.body());
        assertThat(body.getString("phone_number")).isEqualTo("07700 900123");
        assertThat(body.getString("template_id")).isEqualTo(TEMPLATE_ID);
        assertThat(body.getString("reference")).isEqualTo(reference);
        assertThat(body.getJSONObject("personalisation").getString("body"))
                .isEqualTo("Amina is running 15 minutes late");
    }

    @Test
    void aRefusalIsAnSmsExceptionSoTheDispatcherTriesAgain() {
        status = 400;
        answer = "{\"status_code\": 400, \"errors\": [{\"error\": \"BadRequestError\", \"message\": \"Bad phone\"}]}";
        GovUkNotifySmsSender sender = new GovUkNotifySmsSender(API_KEY, TEMPLATE_ID, baseUrl());

        assertThatThrownBy(() -> sender.send("not a phone", "Hello", "ref"))
                .isInstanceOf(SmsException.class)
                .hasMessageContaining("400");
    }
}
