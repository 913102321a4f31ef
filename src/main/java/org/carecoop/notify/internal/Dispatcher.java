package org.carecoop.notify.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.notify.Channel;
import org.carecoop.notify.SentNotification.Status;
import org.carecoop.notify.internal.Notifications.Due;
import org.carecoop.notify.internal.Notifications.Outcome;
import org.carecoop.people.ContactDetails;
import org.carecoop.people.PeopleApi;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notifications that are due. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED}
 * and sent inside the claiming transaction, which also records the outcome: another dispatcher (this
 * instance's next run, or another app instance) skips the locked rows and, once they are committed,
 * no longer finds them pending, so nothing is sent twice. A failed try is retried after 1, 2, 4 …
 * minutes (at most an hour) until {@code carecoop.notify.max-attempts}; a channel that already
 * delivered is not used again. Non-urgent notifications wait for the end of the recipient's quiet
 * hours.
 */
@Service
public class Dispatcher {

    /** The longest wait between two tries. */
    static final Duration MAX_BACKOFF = Duration.ofHours(1);

    /** How many batches one run sends at most, so that a run always ends. */
    private static final int MAX_BATCHES = 100;

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Notifications notifications;
    private final Preferences preferences;
    private final PeopleApi people;
    private final MailSender mail;
    private final SmsSender sms;
    private final TransactionTemplate transactions;
    private final ZoneId zone;
    private final String from;
    private final int maxAttempts;
    private final int batchSize;

    Dispatcher(
            Notifications notifications,
            Preferences preferences,
            PeopleApi people,
            MailSender mail,
            SmsSender sms,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${carecoop.mail-from}") String from,
            @Value("${carecoop.notify.max-attempts:8}") int maxAttempts,
            @Value("${carecoop.notify.batch-size:10}") int batchSize) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.people = people;
        this.mail = mail;
        this.sms = sms;
        this.transactions = transactions;
        this.zone = clock.getZone();
        this.from = from;
        this.maxAttempts = maxAttempts;
        this.batchSize = batchSize;
    }

    /** Sends, postpones or gives up on every notification due at {@code now}; returns how many it handled. */
    public int dispatchDue(Instant now) {
        int handled = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Integer claimed = transactions.execute(status -> dispatchBatch(now));
            int count = claimed == null ? 0 : claimed;
            handled += count;
            if (count < batchSize) {
                break;
            }
        }
        return handled;
    }

    /** The wait after the given number of failed tries: 1, 2, 4 … minutes, at most an hour. */
    static Duration backoff(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 6);
        Duration wait = Duration.ofMinutes(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    /**
     * The channels to use: each chosen one the recipient has an address for, else the other one;
     * none when the recipient has neither an email address nor a phone number.
     */
    static Set<Channel> channels(NotificationPreferences chosen, @Nullable ContactDetails contact) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (contact == null) {
            return channels;
        }
        boolean email = contact.email() != null && !contact.email().isBlank();
        boolean phone = contact.phone() != null && !contact.phone().isBlank();
        if (chosen.email()) {
            if (email) {
                channels.add(Channel.EMAIL);
            } else if (phone) {
                channels.add(Channel.SMS);
            }
        }
        if (chosen.sms()) {
            if (phone) {
                channels.add(Channel.SMS);
            } else if (email) {
                channels.add(Channel.EMAIL);
            }
        }
        return channels;
    }

    /**
     * Claims a batch and looks up what it needs for all of it at once (the recipients' preferences and
     * contact details, the channels that delivered before), then records every outcome in one batch:
     * a handful of round trips per batch instead of several per notification.
     */
    private int dispatchBatch(Instant now) {
        List<Due> due = notifications.claimDue(now, batchSize);
        if (due.isEmpty()) {
            return 0;
        }
        Set<UUID> recipients = due.stream().map(Due::recipientId).collect(Collectors.toSet());
        Map<UUID, NotificationPreferences> chosen = preferences.of(recipients);
        Map<UUID, ContactDetails> contacts = people.contactDetails(recipients);
        Map<UUID, Set<Channel>> delivered =
                notifications.deliveredBy(due.stream().map(Due::id).toList());
        Outcomes outcomes = new Outcomes();
        for (Due notification : due) {
            dispatch(
                    notification,
                    now,
                    chosen.get(notification.recipientId()),
                    contacts.get(notification.recipientId()),
                    delivered.getOrDefault(notification.id(), Set.of()),
                    outcomes);
        }
        notifications.recordAttempts(outcomes.attempts, now);
        notifications.finishAll(outcomes.finished, now);
        return due.size();
    }

    /** What a batch's deliveries came to, written together once the batch is done. */
    private static final class Outcomes {
        final List<Notifications.Attempt> attempts = new ArrayList<>();
        final List<Notifications.Finished> finished = new ArrayList<>();
    }

    private void dispatch(
            Due n,
            Instant now,
            NotificationPreferences chosen,
            @Nullable ContactDetails contact,
            Set<Channel> delivered,
            Outcomes outcomes) {
        if (!n.topic().urgent()) {
            Instant quietEnd = chosen.quietEnd(now, zone);
            if (quietEnd != null) {
                notifications.postpone(n.id(), quietEnd);
                return;
            }
        }
        Set<Channel> channels = channels(chosen, contact);
        int attempts = n.attempts() + 1;
        if (contact == null || channels.isEmpty()) {
            outcomes.attempts.add(new Notifications.Attempt(n.id(), null, Outcome.NO_ADDRESS, ""));
            outcomes.finished.add(new Notifications.Finished(n.id(), Status.UNDELIVERABLE, attempts));
            return;
        }
        boolean failed = false;
        for (Channel channel : channels) {
            if (delivered.contains(channel)) {
                continue;
            }
            try {
                deliver(channel, n, contact);
                outcomes.attempts.add(new Notifications.Attempt(n.id(), channel, Outcome.SENT, ""));
            } catch (RuntimeException e) {
                // Whatever the channel threw: recorded, and tried again later; never the whole batch lost.
                log.warn("Could not send notification {} by {}: {}", n.id(), channel, e.getMessage());
                outcomes.attempts.add(
                        new Notifications.Attempt(n.id(), channel, Outcome.FAILED, String.valueOf(e.getMessage())));
                failed = true;
            }
        }
        if (!failed) {
            outcomes.finished.add(new Notifications.Finished(n.id(), Status.SENT, attempts));
        } else if (attempts >= maxAttempts) {
            outcomes.finished.add(new Notifications.Finished(n.id(), Status.FAILED, attempts));
        } else {
            notifications.retryAt(n.id(), attempts, now.plus(backoff(attempts)));
        }
    }

    private void deliver(Channel channel, Due n, ContactDetails contact) {
        UUID id = n.id();
        switch (channel) {
            case EMAIL -> {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(String.valueOf(contact.email()));
                message.setSubject(n.subject());
                message.setText(n.body());
                mail.send(message);
            }
            case SMS -> sms.send(String.valueOf(contact.phone()), n.shortText(), id.toString());
        }
    }

    /** The job that runs the dispatcher, every {@code carecoop.notify.dispatch-interval}, on one instance at a time. */
    @Configuration(proxyBeanMethods = false)
    static class Job {

        @Bean
        RecurringTask<Void> notifyDispatch(
                Dispatcher dispatcher,
                Clock clock,
                @Value("${carecoop.notify.dispatch-interval:10s}") Duration interval) {
            return Tasks.recurring("notify-dispatch", Schedules.fixedDelay(interval))
                    .execute((instance, context) -> dispatcher.dispatchDue(clock.instant()));
        }
    }
}
