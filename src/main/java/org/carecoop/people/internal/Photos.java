package org.carecoop.people.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored profile photos, one per account, already cleaned of metadata. */
@Repository
public class Photos {

    private final JdbcClient jdbc;

    Photos(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored photo. */
    public record Photo(String contentType, byte[] bytes, Instant updatedAt) {}

    public Optional<Photo> photo(UUID accountId) {
        return jdbc.sql("select content_type, bytes, updated_at from people.photo where account_id = ?")
                .param(accountId)
                .query((rs, row) -> new Photo(
                        rs.getString("content_type"),
                        rs.getBytes("bytes"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    /** When the account's photo was last changed, if it has one; without reading the image. */
    public Optional<Instant> updatedAt(UUID accountId) {
        return jdbc.sql("select updated_at from people.photo where account_id = ?")
                .param(accountId)
                .query((rs, row) -> rs.getTimestamp("updated_at").toInstant())
                .optional();
    }

    void save(UUID accountId, String contentType, byte[] bytes, Instant at) {
        jdbc.sql("""
                        insert into people.photo (account_id, content_type, bytes, updated_at) values (?, ?, ?, ?)
                        on conflict (account_id) do update set content_type = excluded.content_type,
                            bytes = excluded.bytes, updated_at = excluded.updated_at""").params(accountId, contentType, bytes, Timestamp.from(at)).update();
    }
}
