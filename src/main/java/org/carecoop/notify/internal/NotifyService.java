package org.carecoop.notify.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.SentNotification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores notifications for the dispatcher and answers questions about them. */
@Service
class NotifyService implements NotifyApi {

    private final Notifications notifications;
    private final Preferences preferences;
    private final Clock clock;

    NotifyService(Notifications notifications, Preferences preferences, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(Notification notification) {
        notifications.add(notification, clock.instant());
    }

    @Override
    @Transactional
    public void sendAll(List<Notification> batch) {
        notifications.addAll(batch, clock.instant());
    }

    @Override
    @Transactional
    public void withdraw(String key) {
        notifications.withdraw(key, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, List<Instant>> reminderTimes(Collection<UUID> accountIds, Instant eventStart) {
        Instant now = clock.instant();
        Map<UUID, List<Instant>> times = new HashMap<>();
        preferences
                .of(accountIds)
                .forEach((id, chosen) -> times.put(id, chosen.reminderTimes(eventStart, now, clock.getZone())));
        return times;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SentNotification> history(UUID accountId, int limit) {
        return notifications.history(accountId, limit);
    }
}
