package org.carecoop.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;

    JdbcAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry e) {
        jdbc.sql("""
                        insert into audit.access_log (occurred_at, actor_id, actor_label, on_behalf_of, action,
                            subject_person_id, record_type, record_id, outcome, detail)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        Timestamp.from(e.occurredAt()),
                        e.actorId(),
                        truncate(e.actorLabel(), 254),
                        e.onBehalfOf(),
                        e.action(),
                        e.subjectPersonId(),
                        e.recordType(),
                        e.recordId(),
                        e.outcome().code(),
                        e.detail() == null ? null : truncate(e.detail(), 500))
                .update();
    }

    @Override
    public List<AuditEntry> aboutPerson(UUID personId, int limit) {
        return jdbc.sql("select * from audit.access_log where subject_person_id = ? order by id desc limit ?")
                .params(personId, limit)
                .query(JdbcAuditLog::entry)
                .list();
    }

    @Override
    public List<AuditEntry> byActor(UUID actorId, int limit) {
        return jdbc.sql("select * from audit.access_log where actor_id = ? order by id desc limit ?")
                .params(actorId, limit)
                .query(JdbcAuditLog::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_label"),
                rs.getObject("on_behalf_of", UUID.class),
                rs.getString("action"),
                rs.getObject("subject_person_id", UUID.class),
                rs.getString("record_type"),
                rs.getString("record_id"),
                AuditEntry.Outcome.valueOf(rs.getString("outcome").toUpperCase(Locale.ROOT)),
                rs.getString("detail"));
    }

    private static String truncate(@Nullable String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
