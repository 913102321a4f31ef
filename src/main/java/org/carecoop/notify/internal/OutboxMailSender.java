package org.carecoop.notify.internal;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * The mail sender used when no SMTP server is configured: it builds each message exactly as for
 * SMTP, then stores it in {@code notify.mail_outbox} instead of sending it.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host", havingValue = "outbox", matchIfMissing = true)
class OutboxMailSender extends JavaMailSenderImpl {

    private static final Logger log = LoggerFactory.getLogger(OutboxMailSender.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboxMailSender(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        log.warn("No SMTP server configured (spring.mail.host): emails are kept in notify.mail_outbox");
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        for (MimeMessage message : messages) {
            try {
                Address[] to = message.getAllRecipients();
                jdbc.sql("insert into notify.mail_outbox (created_at, recipients, subject, body) values (?, ?, ?, ?)")
                        .params(
                                Timestamp.from(clock.instant()),
                                to == null
                                        ? ""
                                        : Arrays.stream(to)
                                                .map(Address::toString)
                                                .collect(Collectors.joining(", ")),
                                message.getSubject() == null ? "" : message.getSubject(),
                                String.valueOf(message.getContent()))
                        .update();
            } catch (MessagingException | IOException e) {
                throw new MailPreparationException("Could not keep the email in the outbox", e);
            }
        }
    }
}
