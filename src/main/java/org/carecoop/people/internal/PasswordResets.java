package org.carecoop.people.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by email: a single-use link that expires. Asking for a reset says the same whether
 * or not the address has an account. The same link lets someone whose account a co-ordinator created
 * set their first password.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final JavaMailSender mail;
    private final MessageSource messages;
    private final Clock clock;
    private final Duration lifetime;
    private final String baseUrl;
    private final String from;

    PasswordResets(
            JdbcClient jdbc,
            Accounts accounts,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            JavaMailSender mail,
            MessageSource messages,
            Clock clock,
            @Value("${carecoop.password-reset.lifetime:1h}") Duration lifetime,
            @Value("${carecoop.base-url}") String baseUrl,
            @Value("${carecoop.mail-from}") String from) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.mail = mail;
        this.messages = messages;
        this.clock = clock;
        this.lifetime = lifetime;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    /** Emails a reset link if the address has an enabled account; does nothing visible otherwise. */
    @Transactional
    public void requestReset(String email) {
        Optional<Account> found = accounts.byEmail(email).filter(Account::enabled);
        if (found.isEmpty()) {
            return;
        }
        Account account = found.get();
        String token = SecretTokens.generate();
        Instant now = clock.instant();
        jdbc.sql(
                        "insert into people.password_reset (token_hash, account_id, created_at, expires_at) values (?, ?, ?, ?)")
                .params(SecretTokens.hash(token), account.id(), Timestamp.from(now), Timestamp.from(now.plus(lifetime)))
                .update();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.email());
        message.setSubject(messages.getMessage("reset.email.subject", null, Locale.UK));
        message.setText(messages.getMessage(
                "reset.email.body",
                new Object[] {account.displayName(), baseUrl + "/password-reset/" + token, lifetime.toMinutes()},
                Locale.UK));
        try {
            mail.send(message);
        } catch (MailException e) {
            // The person sees the same confirmation either way; the operator needs to know.
            log.error("Could not send a password reset email: {}", e.getMessage());
            throw e;
        }
    }

    /** True while the link can still be used. */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return account(token).isPresent();
    }

    /**
     * Sets a new password with a reset link and uses the link up.
     *
     * @return false when the link is unknown, used or expired
     * @throws org.carecoop.people.AccountException when the password is refused
     */
    @Transactional
    public boolean reset(String token, String password) {
        Optional<Account> account = account(token);
        if (account.isEmpty()) {
            return false;
        }
        policy.check(password, account.get().email());
        int used = jdbc.sql("update people.password_reset set used_at = ? where token_hash = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), SecretTokens.hash(token))
                .update();
        if (used != 1) {
            return false;
        }
        accounts.changePassword(account.get().id(), encoder.encode(password));
        // Any other outstanding links for this account stop working too.
        jdbc.sql("update people.password_reset set used_at = ? where account_id = ? and used_at is null")
                .params(Timestamp.from(clock.instant()), account.get().id())
                .update();
        return true;
    }

    private Optional<Account> account(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "select account_id from people.password_reset where token_hash = ? and used_at is null and expires_at > ?")
                .params(SecretTokens.hash(token), Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional()
                .flatMap(accounts::byId)
                .filter(Account::enabled);
    }
}
