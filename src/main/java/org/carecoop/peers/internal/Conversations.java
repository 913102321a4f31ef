package org.carecoop.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Posts on pages and their replies. */
@Repository
class Conversations {

    private static final String POSTS = """
            select p.*, (select count(*) from peers.reply r where r.post_id = p.id) as replies
            from peers.post p
            """;

    private final JdbcClient jdbc;

    Conversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID post(UUID pageId, UUID authorId, UUID actorId, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into peers.post (id, page_id, author_id, actor_id, body, posted_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, pageId, authorId, actorId, body, Timestamp.from(at))
                .update();
        return id;
    }

    /** The newest posts first. */
    List<Post> posts(UUID pageId, int limit) {
        return jdbc.sql(POSTS + " where p.page_id = ? order by p.posted_at desc, p.id limit ?")
                .params(pageId, limit)
                .query(Conversations::post)
                .list();
    }

    Optional<Post> post(UUID pageId, UUID postId) {
        return jdbc.sql(POSTS + " where p.page_id = ? and p.id = ?")
                .params(pageId, postId)
                .query(Conversations::post)
                .optional();
    }

    boolean hasPosts(UUID pageId) {
        return jdbc.sql("select exists (select 1 from peers.post where page_id = ?)")
                .param(pageId)
                .query(Boolean.class)
                .single();
    }

    UUID reply(UUID postId, UUID authorId, UUID actorId, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql(
                        "insert into peers.reply (id, post_id, author_id, actor_id, body, posted_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, postId, authorId, actorId, body, Timestamp.from(at))
                .update();
        return id;
    }

    /** The oldest reply first, as a conversation reads. */
    List<Message> replies(UUID postId) {
        return jdbc.sql("select * from peers.reply where post_id = ? order by posted_at, id")
                .param(postId)
                .query(Conversations::message)
                .list();
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("body"),
                instant(rs, "posted_at"),
                rs.getInt("replies"));
    }

    static Message message(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("body"),
                instant(rs, "posted_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
