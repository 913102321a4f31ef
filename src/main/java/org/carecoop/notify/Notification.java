package org.carecoop.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * A message to one account, to be sent at {@code sendAt} (now or later, e.g. a reminder) over the
 * channels the recipient chose. {@code key} names the occasion (e.g. {@code visit:<id>:booked}): the
 * same recipient and key are stored once, so callers may send again after a retry or a redelivered
 * event without anyone getting the message twice; {@link NotifyApi#withdraw} uses it too.
 *
 * @param subject the email subject
 * @param body the email text
 * @param shortText the text message, at most {@value #SHORT_TEXT_MAX} characters (four SMS parts)
 */
public record Notification(
        UUID recipientId, Topic topic, String key, String subject, String body, String shortText, Instant sendAt) {

    /** The longest text message GOV.UK Notify sends as one message (4 parts of 153 characters). */
    public static final int SHORT_TEXT_MAX = 612;

    public static final int KEY_MAX = 200;
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;

    /** @throws IllegalArgumentException when a text is empty or too long */
    public Notification {
        check("key", key, KEY_MAX);
        check("subject", subject, SUBJECT_MAX);
        check("body", body, BODY_MAX);
        check("shortText", shortText, SHORT_TEXT_MAX);
    }

    private static void check(String name, String value, int max) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A notification's " + name + " must not be empty");
        }
        if (value.length() > max) {
            throw new IllegalArgumentException(
                    "A notification's " + name + " must be at most " + max + " characters, not " + value.length());
        }
    }
}
