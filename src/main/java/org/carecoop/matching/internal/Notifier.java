package org.carecoop.matching.internal;

import java.util.Locale;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Emails about introductions and back-up invitations, sent the way the notify module sends mail (kept
 * in its outbox when no SMTP server is configured). An email that cannot be sent is logged: what it
 * tells people is on their pages anyway.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final JavaMailSender mail;
    private final PeopleApi people;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;

    Notifier(
            JavaMailSender mail,
            PeopleApi people,
            MessageSource messages,
            @Value("${carecoop.base-url}") String baseUrl,
            @Value("${carecoop.mail-from}") String from) {
        this.mail = mail;
        this.people = people;
        this.messages = messages;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    /**
     * Emails the account: the subject and body are message keys; the body gets the sender's first
     * name and the address of the page to open.
     */
    void tell(UUID accountId, String key, String otherFirstName, String path) {
        AccountSummary account = people.account(accountId).orElse(null);
        if (account == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(account.email());
        message.setSubject(messages.getMessage(key + ".subject", new Object[] {otherFirstName}, Locale.UK));
        message.setText(messages.getMessage(
                key + ".body",
                new Object[] {firstName(account.displayName()), otherFirstName, baseUrl + path},
                Locale.UK));
        try {
            mail.send(message);
        } catch (MailException e) {
            log.error("Could not send the email {}: {}", key, e.getMessage());
        }
    }

    /** The first word of the name someone goes by. */
    static String firstName(String displayName) {
        String stripped = displayName.strip();
        return stripped.isEmpty() ? stripped : stripped.split("\\s+", 2)[0];
    }
}
