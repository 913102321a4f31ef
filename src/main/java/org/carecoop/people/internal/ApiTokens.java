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
 * so they can be checked by any application instance and stop working the moment they expire or the
 * account is disabled.
 */
@Service
public class ApiTokens implements OpaqueTokenIntrospector {

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;

    ApiTokens(
            JdbcClient jdbc,
            Accounts accounts,
            Clock clock,
            @Value("${carecoop.tokens.lifetime:15m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

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

    @Override
    @Transactional(readOnly = true)
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        return jdbc.sql("select account_id from people.api_token where token_hash = ? and expires_at > ?")
                .params(SecretTokens.hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .flatMap(accounts::byId)
                .filter(Account::enabled)
                .map(TokenPrincipal::new)
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown or has expired"));
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
