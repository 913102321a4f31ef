package org.carecoop.notify;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The notify module's facade: other modules hand it messages for people and it delivers them by
 * email and text message as each person chose, in the background, retrying and never twice.
 */
public interface NotifyApi {

    /**
     * Stores the notification for delivery at its {@code sendAt}. A second call with the same
     * recipient and key does nothing, whatever else differs.
     */
    void send(Notification notification);

    /**
     * Withdraws every notification with this key that has not been sent yet, for every recipient
     * (e.g. the reminders of a cancelled visit). Sent ones stay recorded as sent. A withdrawn key
     * stays taken: an occasion that comes back (a visit moved to a new time) needs a new key.
     */
    void withdraw(String key);

    /**
     * When this account wants reminding of something starting at {@code eventStart}, from its
     * preferences: sorted, each before the start and after now. A time in the account's quiet hours
     * moves to their end, or is left out when that is too late.
     */
    default List<Instant> reminderTimes(UUID accountId, Instant eventStart) {
        return reminderTimes(List.of(accountId), eventStart).get(accountId);
    }

    /**
     * {@link #reminderTimes(UUID, Instant)} for each of the accounts, with one look-up for all of
     * them (a booking reminds its person and every worker); an account without reminders maps to an
     * empty list.
     */
    Map<UUID, List<Instant>> reminderTimes(Collection<UUID> accountIds, Instant eventStart);

    /** The account's notifications, newest first, at most {@code limit}; withdrawn ones left out. */
    List<SentNotification> history(UUID accountId, int limit);

    /**
     * Stores several notifications as {@link #send} does each, in one round trip to the database (a
     * booking tells its workers and schedules everyone's reminders at once).
     */
    void sendAll(List<Notification> notifications);
}
