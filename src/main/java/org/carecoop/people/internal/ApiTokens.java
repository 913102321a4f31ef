package org.carecoop.people.internal;

import java.io.Serial;
import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.carecoop.platform.security.AccountPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Short-lived bearer tokens for the API. They are random strings whose hash is stored with an expiry,
 * so they can be checked by any application instance and stop working the moment they expire. A
 * client calls the API many times a second with one token, so each instance remembers a token it has
 * checked for a few seconds ({@code carecoop.tokens.check-every}, 5 s): a token never outlives its
 * expiry, and an account that is disabled (or whose roles change) stops being served by its tokens
 * within that time on every instance.
 */
@Service
public class ApiTokens implements OpaqueTokenIntrospector {

    /** The most tokens remembered at once; beyond that the memory starts again empty. */
    private static final int REMEMBERED_MAX = 10_000;

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final long checkEveryNanos;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    ApiTokens(
            JdbcClient jdbc,
            Accounts accounts,
            Clock clock,
            @Value("${carecoop.tokens.lifetime:15m}") Duration lifetime,
            @Value("${carecoop.tokens.check-every:5s}") Duration checkEvery) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
        this.checkEveryNanos = checkEvery.toNanos();
    }

    /** A token found valid: for whom, until when, and when it was looked up (System.nanoTime). */
    private record Checked(TokenPrincipal principal, Instant expiresAt, long checkedAt) {}

    /** A stored token that has not expired: its account and its expiry. */
    private record Stored(UUID accountId, Instant expiresAt) {}

    public record Issued(String token, Instant expiresAt) {}

    @Transactional
    public Issued issue(UUID accountId) {
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(lifetime);
        jdbc.sql("delete from people.api_token where expires_at <= ?")
                .param(Timestamp.from(now))
                .update();
        jdbc.sql("insert into people.api_token (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(SecretTokens.hash(token), accountId, Timestamp.from(now), Timestamp.from(expires))
                .update();
        return new Issued(token, expires);
    }

    /**
     * The account behind the token, looked up at most every few seconds per token. No transaction:
     * the two lookups each see committed data, and a token is only ever deleted once expired.
     */
    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        String hash = SecretTokens.hash(token);
        Instant now = clock.instant();
        long nanos = System.nanoTime();
        Checked known = checked.get(hash);
        if (known != null && nanos - known.checkedAt() < checkEveryNanos && now.isBefore(known.expiresAt())) {
            return known.principal();
        }
        Stored stored = jdbc.sql(
                        "select account_id, expires_at from people.api_token where token_hash = ? and expires_at > ?")
                .params(hash, Timestamp.from(now))
                .query((rs, row) -> new Stored(
                        rs.getObject("account_id", UUID.class),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional()
                .orElseThrow(ApiTokens::unknown);
        TokenPrincipal principal = accounts.byId(stored.accountId())
                .filter(Account::enabled)
                .map(TokenPrincipal::new)
                .orElseThrow(ApiTokens::unknown);
        if (checked.size() >= REMEMBERED_MAX) {
            checked.clear();
        }
        checked.put(hash, new Checked(principal, stored.expiresAt(), nanos));
        return principal;
    }

    private static BadOpaqueTokenException unknown() {
        return new BadOpaqueTokenException("The token is unknown or has expired");
    }

    /** The account behind a bearer token. */
    static final class TokenPrincipal implements OAuth2AuthenticatedPrincipal, AccountPrincipal, Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final UUID accountId;
        private final String displayName;
        private final String email;
        private final Collection<GrantedAuthority> authorities;

        TokenPrincipal(Account account) {
            this.accountId = account.id();
            this.displayName = account.displayName();
            this.email = account.email();
            this.authorities = account.roles().stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                    .collect(Collectors.toUnmodifiableList());
        }

        @Override
        public UUID accountId() {
            return accountId;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        @Override
        public Map<String, Object> getAttributes() {
            return Map.of("sub", accountId.toString(), "email", email);
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return authorities;
        }

        @Override
        public String getName() {
            return email;
        }
    }
}
