package org.carecoop.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.carecoop.people.Role;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Web sessions over real HTTP: the servlet container's cookies and Spring Session's JDBC store. */
class SessionTests extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private int storedSessions(String cookie) {
        return jdbc.sql("select count(*) from platform.spring_session where session_id = ?")
                .param(sessionId(cookie))
                .query(Integer.class)
                .single();
    }

    @Test
    void signingInGivesANewSessionIdSoAFixedOneIsUseless() {
        String email = newAccount("fixated", Role.WORKER);
        HttpVisitor visitor = visitor();
        visitor.get("/sign-in");
        String before = visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow();

        visitor.signedInAs(email, PASSWORD);

        String after = visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(visitor.get("/dashboard").status()).isEqualTo(200);
        HttpVisitor attacker = visitor();
        attacker.setCookie(HttpVisitor.SESSION_COOKIE, before);
        assertThat(attacker.get("/dashboard").location()).isEqualTo("/sign-in");
    }

    @Test
    void signingOutEndsTheSessionSoTheOldCookieNoLongerWorks() {
        String email = newAccount("leaver", Role.WORKER);
        HttpVisitor visitor = visitor().signedInAs(email, PASSWORD);
        String cookie = visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow();
        assertThat(storedSessions(cookie)).isEqualTo(1);

        HttpVisitor.Page out = visitor.submit("/dashboard", "/sign-out", Map.of());

        assertThat(out.location()).isEqualTo("/?signed-out");
        assertThat(storedSessions(cookie)).isZero();
        HttpVisitor replay = visitor();
        replay.setCookie(HttpVisitor.SESSION_COOKIE, cookie);
        assertThat(replay.get("/dashboard").location()).isEqualTo("/sign-in");
    }

    @Test
    void aSessionEndsTwelveHoursAfterSignInHoweverActiveItIs() {
        String email = newAccount("tireless", Role.WORKER);
        HttpVisitor visitor = visitor().signedInAs(email, PASSWORD);
        String cookie = visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow();

        try (TestClock.Moved sixHours = clock.advance(Duration.ofHours(6))) {
            assertThat(visitor.get("/dashboard").status()).isEqualTo(200);
            try (TestClock.Moved almostTwelve =
                    clock.advance(Duration.ofHours(5).plusMinutes(58))) {
                assertThat(visitor.get("/dashboard").status()).isEqualTo(200);
            }
            try (TestClock.Moved twelve = clock.advance(Duration.ofHours(6))) {
                assertThat(visitor.get("/dashboard").location()).isEqualTo("/sign-in?expired");
            }
        }
        assertThat(storedSessions(cookie)).isZero();
        HttpVisitor replay = visitor();
        replay.setCookie(HttpVisitor.SESSION_COOKIE, cookie);
        assertThat(replay.get("/dashboard").location()).isEqualTo("/sign-in");
    }

    @Test
    void aSessionIsStoredWithAThirtyMinuteIdleTimeout() {
        String email = newAccount("idle", Role.WORKER);
        HttpVisitor visitor = visitor().signedInAs(email, PASSWORD);
        String cookie = visitor.cookie(HttpVisitor.SESSION_COOKIE).orElseThrow();

        int idleSeconds = jdbc.sql("select max_inactive_interval from platform.spring_session where session_id = ?")
                .param(sessionId(cookie))
                .query(Integer.class)
                .single();
        assertThat(idleSeconds).isEqualTo(30 * 60);
    }

    @Test
    void signedInPagesAreNeverStoredByBrowsersOrProxies() {
        HttpVisitor visitor = visitor().signedInAs(demo("linda"), DEMO_PASSWORD);

        HttpVisitor.Page page = visitor.get("/dashboard");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Cache-Control"))
                .hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        HttpVisitor visitor = visitor();
        HttpVisitor.Page page = visitor.get("/sign-in");

        String setCookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(HttpVisitor.SESSION_COOKIE + "="))
                .findFirst()
                .orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
