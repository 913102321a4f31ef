package org.carecoop.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code max-failures} wrong passwords for one email address
 * within {@code window}, sign-in for that address is refused for {@code lock}, even with the right
 * password. Counted per address whether or not it has an account, so the lock reveals nothing.
 * Kept in PostgreSQL so that every application instance sees the same count.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Duration lock;

    SignInThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${carecoop.sign-in-throttle.max-failures:5}") int maxFailures,
            @Value("${carecoop.sign-in-throttle.window:15m}") Duration window,
            @Value("${carecoop.sign-in-throttle.lock:15m}") Duration lock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lock = lock;
    }

    boolean locked(String email) {
        return jdbc.sql("select locked_until from people.sign_in_failure where email_key = ?")
                .param(key(email))
                .query(Timestamp.class)
                .optional()
                .map(until -> clock.instant().isBefore(until.toInstant()))
                .orElse(false);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof BearerTokenAuthenticationToken) {
            return;
        }
        Instant now = clock.instant();
        // One statement, so that two failures racing each other are both counted.
        jdbc.sql("""
                        insert into people.sign_in_failure as f (email_key, failures, first_failure_at)
                        values (:key, 1, :now)
                        on conflict (email_key) do update set
                            failures = case when f.first_failure_at < :windowStart then 1 else f.failures + 1 end,
                            first_failure_at = case when f.first_failure_at < :windowStart then :now
                                else f.first_failure_at end
                        """)
                .param("key", key(String.valueOf(event.getAuthentication().getPrincipal())))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .update();
        jdbc.sql("""
                        update people.sign_in_failure set locked_until = :until
                        where email_key = :key and failures >= :max and (locked_until is null or locked_until < :now)
                        """)
                .param("until", Timestamp.from(now.plus(lock)))
                .param("key", key(String.valueOf(event.getAuthentication().getPrincipal())))
                .param("max", maxFailures)
                .param("now", Timestamp.from(now))
                .update();
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails account) {
            jdbc.sql("delete from people.sign_in_failure where email_key = ?")
                    .param(key(account.getUsername()))
                    .update();
        }
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
