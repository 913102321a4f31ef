package org.carecoop.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The text messages kept instead of sent, when GOV.UK Notify is not configured. */
@Repository
public class SmsOutbox {

    /** One kept text message. */
    public record KeptSms(long id, Instant createdAt, String phone, String body, String reference) {}

    private final JdbcClient jdbc;

    SmsOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void keep(Instant at, String phone, String body, String reference) {
        jdbc.sql("insert into notify.sms_outbox (created_at, phone, body, reference) values (?, ?, ?, ?)")
                .params(Timestamp.from(at), phone, body, reference)
                .update();
    }

    @Transactional(readOnly = true)
    public List<KeptSms> newest(int limit) {
        return jdbc.sql("select * from notify.sms_outbox order by id desc limit ?")
                .param(limit)
                .query((rs, row) -> new KeptSms(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("phone"),
                        rs.getString("body"),
                        rs.getString("reference")))
                .list();
    }
}
