package org.carecoop.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each account's notification preferences; an account that never chose has the defaults. */
@Repository
public class Preferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    Preferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public NotificationPreferences of(UUID accountId) {
        return jdbc.sql("select * from notify.preference where account_id = ?")
                .param(accountId)
                .query((rs, row) -> chosen(rs))
                .optional()
                .orElse(NotificationPreferences.DEFAULTS);
    }

    /** The preferences of each of the accounts, in one query; those that never chose have the defaults. */
    @Transactional(readOnly = true)
    public Map<UUID, NotificationPreferences> of(Collection<UUID> accountIds) {
        Map<UUID, NotificationPreferences> all = new HashMap<>();
        accountIds.forEach(id -> all.put(id, NotificationPreferences.DEFAULTS));
        jdbc.sql("select * from notify.preference where account_id = any(string_to_array(?, ',')::uuid[])")
                .param(String.join(",", accountIds.stream().map(UUID::toString).toList()))
                .query((rs, row) -> Map.entry(rs.getObject("account_id", UUID.class), chosen(rs)))
                .list()
                .forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    private static NotificationPreferences chosen(ResultSet rs) throws SQLException {
        return new NotificationPreferences(
                rs.getBoolean("email"),
                rs.getBoolean("sms"),
                rs.getObject("day_before_hour", Integer.class),
                rs.getBoolean("two_hours_before"),
                rs.getBoolean("one_hour_before"),
                rs.getBoolean("thirty_minutes_before"),
                rs.getObject("quiet_from", Integer.class),
                rs.getObject("quiet_until", Integer.class));
    }

    @Transactional
    public void save(UUID accountId, NotificationPreferences p) {
        jdbc.sql("""
                        insert into notify.preference (account_id, email, sms, day_before_hour, two_hours_before,
                            one_hour_before, thirty_minutes_before, quiet_from, quiet_until, updated_at)
                        values (:id, :email, :sms, :dayBefore, :two, :one, :thirty, :quietFrom, :quietUntil, :now)
                        on conflict (account_id) do update set email = excluded.email, sms = excluded.sms,
                            day_before_hour = excluded.day_before_hour, two_hours_before = excluded.two_hours_before,
                            one_hour_before = excluded.one_hour_before,
                            thirty_minutes_before = excluded.thirty_minutes_before,
                            quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until,
                            updated_at = excluded.updated_at
                        """)
                .param("id", accountId)
                .param("email", p.email())
                .param("sms", p.sms())
                .param("dayBefore", p.dayBeforeHour())
                .param("two", p.twoHoursBefore())
                .param("one", p.oneHourBefore())
                .param("thirty", p.thirtyMinutesBefore())
                .param("quietFrom", p.quietFrom())
                .param("quietUntil", p.quietUntil())
                .param("now", Timestamp.from(clock.instant()))
                .update();
    }
}
