package org.carecoop.notify;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A notification as its recipient's "messages we sent you" page shows it.
 *
 * @param channels the channels it went by when sent; otherwise the channels tried
 * @param finishedAt when it was sent, or given up on; null while it is still to be sent
 */
public record SentNotification(
        UUID id,
        Topic topic,
        String subject,
        Instant sendAt,
        Status status,
        List<Channel> channels,
        @Nullable Instant finishedAt,
        int attempts) {

    /** Where a notification stands. */
    public enum Status {
        /** Waiting for its time, for the recipient's quiet hours to end, or for the next try. */
        PENDING,
        SENT,
        /** Every try failed. */
        FAILED,
        /** The recipient has neither an email address nor a phone number. */
        UNDELIVERABLE,
        /** Withdrawn before it was sent (e.g. the visit it was about was cancelled). */
        WITHDRAWN
    }
}
