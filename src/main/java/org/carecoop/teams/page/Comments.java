package org.carecoop.teams.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Comments and questions on a team page, and the replies to them. */
@Repository
class Comments {

    /** A comment, or a question when {@code question} is set, with its replies oldest first. */
    record Comment(UUID id, UUID authorId, String body, boolean question, Instant postedAt, List<Reply> replies) {}

    record Reply(UUID authorId, String body, Instant postedAt) {}

    private final JdbcClient jdbc;

    Comments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID teamId, UUID authorId, String body, boolean question, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into teams.comment (id, team_id, author_id, body, question, posted_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, teamId, authorId, body, question, Timestamp.from(at))
                .update();
        return id;
    }

    void reply(UUID commentId, UUID authorId, String body, Instant at) {
        jdbc.sql("insert into teams.comment_reply (comment_id, author_id, body, posted_at) values (?, ?, ?, ?)")
                .params(commentId, authorId, body, Timestamp.from(at))
                .update();
    }

    /** The team's comments, newest first. */
    List<Comment> ofTeam(UUID teamId) {
        Map<UUID, List<Reply>> replies = new HashMap<>();
        jdbc.sql("""
                        select r.comment_id, r.author_id, r.body, r.posted_at from teams.comment_reply r
                        join teams.comment c on c.id = r.comment_id where c.team_id = ? order by r.id""").param(teamId).query(rs -> {
            replies.computeIfAbsent(rs.getObject("comment_id", UUID.class), id -> new ArrayList<>())
                    .add(reply(rs));
        });
        return jdbc.sql("""
                        select id, author_id, body, question, posted_at from teams.comment
                        where team_id = ? order by posted_at desc, id""")
                .param(teamId)
                .query((rs, row) -> comment(rs, replies.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    Optional<Comment> find(UUID teamId, UUID commentId) {
        List<Reply> replies =
                jdbc.sql("""
                        select author_id, body, posted_at from teams.comment_reply
                        where comment_id = ? order by id""").param(commentId).query((rs, row) -> reply(rs)).list();
        return jdbc.sql("""
                        select id, author_id, body, question, posted_at from teams.comment
                        where team_id = ? and id = ?""")
                .params(teamId, commentId)
                .query((rs, row) -> comment(rs, replies))
                .optional();
    }

    private static Comment comment(ResultSet rs, List<Reply> replies) throws SQLException {
        return new Comment(
                rs.getObject("id", UUID.class),
                rs.getObject("author_id", UUID.class),
                rs.getString("body"),
                rs.getBoolean("question"),
                rs.getTimestamp("posted_at").toInstant(),
                List.copyOf(replies));
    }

    private static Reply reply(ResultSet rs) throws SQLException {
        return new Reply(
                rs.getObject("author_id", UUID.class),
                rs.getString("body"),
                rs.getTimestamp("posted_at").toInstant());
    }
}
