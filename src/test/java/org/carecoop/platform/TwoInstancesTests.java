package org.carecoop.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.carecoop.CareCoopApplication;
import org.carecoop.people.Role;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Application instances are stateless: a second instance started on the same database serves the
 * sessions, tokens and sign-in throttling of the first, as several instances behind a load balancer
 * would (docs/scaling.md).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTests extends IntegrationTest {

    @LocalServerPort
    int firstPort;

    @Autowired
    Environment environment;

    ConfigurableApplicationContext second;
    int secondPort;

    @BeforeAll
    void startSecondInstance() {
        second = new SpringApplicationBuilder(CareCoopApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                        "spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
                        "spring.datasource.password=" + environment.getProperty("spring.datasource.password"),
                        "carecoop.embedded-db.enabled=false",
                        "carecoop.demo.enabled=false",
                        "spring.mail.host=127.0.0.1",
                        "spring.mail.port=" + TestMail.port(),
                        "logging.level.root=warn")
                .run();
        secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void aSessionStartedOnOneInstanceIsServedByTheOtherAndEndsOnBoth() {
        HttpVisitor first = new HttpVisitor(firstPort).signedInAs(demo("linda"), DEMO_PASSWORD);
        HttpVisitor other = new HttpVisitor(secondPort);
        other.setCookie(
                HttpVisitor.SESSION_COOKIE,
                first.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow());

        assertThat(other.get("/dashboard").body()).contains("Hello, Linda Sutcliffe");

        assertThat(other.submit("/dashboard", "/sign-out", java.util.Map.of()).status())
                .isEqualTo(302);
        assertThat(first.get("/dashboard").location()).isEqualTo("/sign-in");
    }

    @Test
    void aTokenIssuedByOneInstanceIsAcceptedByTheOther() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + firstPort + "/api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"email\":\"" + demo("hari") + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String token = JsonPath.read(issued.body(), "$.token");

        HttpResponse<String> me = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/api/v1/me"))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(me.body(), "$.email")).isEqualTo(demo("hari"));
    }

    @Test
    void wrongPasswordsCountAcrossInstancesSoGuessingCannotBeSpreadOverThem() {
        String email = newAccount("spread", Role.WORKER);
        for (int attempt = 0; attempt < 5; attempt++) {
            int port = attempt % 2 == 0 ? firstPort : secondPort;
            assertThat(new HttpVisitor(port).signIn(email, "not the password").location())
                    .isEqualTo("/sign-in?error");
        }

        assertThat(new HttpVisitor(secondPort).signIn(email, PASSWORD).location())
                .isEqualTo("/sign-in?locked");
        assertThat(new HttpVisitor(firstPort).signIn(email, PASSWORD).location())
                .isEqualTo("/sign-in?locked");
    }
}
