package org.carecoop.notify.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Reads the emails kept in the outbox. */
@Repository
public class MailOutbox {

    /** One kept email. */
    public record KeptMail(long id, Instant createdAt, String recipients, String subject, String body) {}

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<KeptMail> newest(int limit) {
        return jdbc.sql("select * from notify.mail_outbox order by id desc limit ?")
                .param(limit)
                .query((rs, row) -> new KeptMail(
                        rs.getLong("id"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getString("recipients"),
                        rs.getString("subject"),
                        rs.getString("body")))
                .list();
    }
}
