package org.carecoop.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carecoop.notify.Channel;
import org.carecoop.notify.Notification;
import org.carecoop.notify.SentNotification;
import org.carecoop.notify.SentNotification.Status;
import org.carecoop.notify.Topic;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored notifications and their delivery attempts. The unique (recipient, key) constraint makes
 * storing idempotent; claiming locks due rows with {@code FOR UPDATE SKIP LOCKED}, so two dispatchers
 * never hold the same notification.
 */
@Repository
public class Notifications {

    /** A claimed notification, locked until the claiming transaction ends. */
    record Due(UUID id, UUID recipientId, Topic topic, String subject, String body, String shortText, int attempts) {}

    /** How one delivery attempt went. */
    enum Outcome {
        SENT,
        FAILED,
        NO_ADDRESS
    }

    private static final int DETAIL_MAX = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batchJdbc;

    Notifications(JdbcClient jdbc, JdbcTemplate batchJdbc) {
        this.jdbc = jdbc;
        this.batchJdbc = batchJdbc;
    }

    private static final String INSERT = """
            insert into notify.notification (id, recipient_id, topic, key, subject, body, short_text,
                send_at, created_at, status, next_attempt_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)
            on conflict (recipient_id, key) do nothing
            """;

    /** Stores the notification unless one with its recipient and key exists; true when stored. */
    boolean add(Notification n, Instant now) {
        return jdbc.sql(INSERT).params(values(n, now)).update() == 1;
    }

    /** Stores each notification as {@link #add} does, sent to the database as one batch. */
    void addAll(List<Notification> batch, Instant now) {
        if (!batch.isEmpty()) {
            batchJdbc.batchUpdate(
                    INSERT, batch.stream().map(n -> values(n, now)).toList());
        }
    }

    private static Object[] values(Notification n, Instant now) {
        return new Object[] {
            UUID.randomUUID(),
            n.recipientId(),
            n.topic().name(),
            n.key(),
            n.subject(),
            n.body(),
            n.shortText(),
            Timestamp.from(n.sendAt()),
            Timestamp.from(now),
            Timestamp.from(n.sendAt())
        };
    }

    /** Withdraws the unsent notifications with this key; returns how many. */
    int withdraw(String key, Instant now) {
        return jdbc.sql("update notify.notification set status = 'WITHDRAWN', finished_at = ?"
                        + " where key = ? and status = 'PENDING'")
                .params(Timestamp.from(now), key)
                .update();
    }

    /** Locks up to {@code limit} notifications due at {@code now} that no other transaction holds. */
    List<Due> claimDue(Instant now, int limit) {
        return jdbc.sql("""
                        select id, recipient_id, topic, subject, body, short_text, attempts
                        from notify.notification
                        where status = 'PENDING' and next_attempt_at <= ?
                        order by next_attempt_at
                        limit ?
                        for update skip locked
                        """)
                .params(Timestamp.from(now), limit)
                .query((rs, row) -> new Due(
                        rs.getObject("id", UUID.class),
                        rs.getObject("recipient_id", UUID.class),
                        Topic.valueOf(rs.getString("topic")),
                        rs.getString("subject"),
                        rs.getString("body"),
                        rs.getString("short_text"),
                        rs.getInt("attempts")))
                .list();
    }

    /**
     * The channels that have already delivered each of these notifications (on an earlier, partly
     * failed try), in one query; a notification no channel delivered is left out.
     */
    Map<UUID, Set<Channel>> deliveredBy(Collection<UUID> ids) {
        Map<UUID, Set<Channel>> channels = new HashMap<>();
        jdbc.sql("""
                        select notification_id, channel from notify.delivery
                        where notification_id = any(string_to_array(?, ',')::uuid[]) and outcome = 'SENT'""")
                .param(String.join(",", ids.stream().map(UUID::toString).toList()))
                .query((RowCallbackHandler) rs -> channels.computeIfAbsent(
                                rs.getObject("notification_id", UUID.class), id -> EnumSet.noneOf(Channel.class))
                        .add(Channel.valueOf(rs.getString("channel"))));
        return channels;
    }

    /** One delivery attempt: by a channel, or by none when the recipient could not be reached. */
    record Attempt(UUID notificationId, @Nullable Channel channel, Outcome outcome, String detail) {}

    /** Records the attempts made at {@code at}, sent to the database as one batch. */
    void recordAttempts(List<Attempt> attempts, Instant at) {
        if (attempts.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        batchJdbc.batchUpdate(
                "insert into notify.delivery (notification_id, channel, attempted_at, outcome, detail)"
                        + " values (?, ?, ?, ?, ?)",
                attempts.stream()
                        .map(a -> new Object[] {
                            a.notificationId(),
                            a.channel() == null ? null : a.channel().name(),
                            when,
                            a.outcome().name(),
                            a.detail().length() > DETAIL_MAX ? a.detail().substring(0, DETAIL_MAX) : a.detail()
                        })
                        .toList());
    }

    /** Moves the next try to {@code at} without counting a try (quiet hours). */
    void postpone(UUID id, Instant at) {
        jdbc.sql("update notify.notification set next_attempt_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    /** Counts a failed try and schedules the next. */
    void retryAt(UUID id, int attempts, Instant at) {
        jdbc.sql("update notify.notification set attempts = ?, next_attempt_at = ? where id = ?")
                .params(attempts, Timestamp.from(at), id)
                .update();
    }

    /** A notification ended as sent, failed or undeliverable, after this many tries. */
    record Finished(UUID notificationId, Status status, int attempts) {}

    /** Ends the notifications at {@code at}, sent to the database as one batch. */
    void finishAll(List<Finished> finished, Instant at) {
        if (finished.isEmpty()) {
            return;
        }
        Timestamp when = Timestamp.from(at);
        batchJdbc.batchUpdate(
                "update notify.notification set status = ?, attempts = ?, finished_at = ? where id = ?",
                finished.stream()
                        .map(f -> new Object[] {f.status().name(), f.attempts(), when, f.notificationId()})
                        .toList());
    }

    List<SentNotification> history(UUID recipientId, int limit) {
        return jdbc.sql("""
                        select n.id, n.topic, n.subject, n.send_at, n.status, n.finished_at, n.attempts,
                            coalesce((select string_agg(distinct d.channel, ',') from notify.delivery d
                                      where d.notification_id = n.id and d.channel is not null
                                        and (d.outcome = 'SENT' or n.status <> 'SENT')), '') as channels
                        from notify.notification n
                        where n.recipient_id = ? and n.status <> 'WITHDRAWN'
                        order by coalesce(n.finished_at, n.send_at) desc, n.created_at desc
                        limit ?
                        """)
                .params(recipientId, limit)
                .query((rs, row) -> {
                    Timestamp finished = rs.getTimestamp("finished_at");
                    String channels = rs.getString("channels");
                    return new SentNotification(
                            rs.getObject("id", UUID.class),
                            Topic.valueOf(rs.getString("topic")),
                            rs.getString("subject"),
                            rs.getTimestamp("send_at").toInstant(),
                            Status.valueOf(rs.getString("status")),
                            channels.isEmpty()
                                    ? List.of()
                                    : Arrays.stream(channels.split(","))
                                            .map(Channel::valueOf)
                                            .sorted()
                                            .toList(),
                            finished == null ? null : finished.toInstant(),
                            rs.getInt("attempts"));
                })
                .list();
    }
}
