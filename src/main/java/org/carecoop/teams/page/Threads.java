package org.carecoop.teams.page;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team's conversations and their messages. Nothing is changed or removed once posted. */
@Repository
class Threads {

    /**
     * A conversation as a list shows it.
     *
     * @param members who may read it when it is restricted, the starter included; empty when open
     * @param lastActiveAt when its newest message was posted
     */
    record Conversation(
            UUID id,
            String title,
            UUID startedBy,
            Instant startedAt,
            boolean restricted,
            Set<UUID> members,
            Instant lastActiveAt,
            int messages) {

        /** Whether the account may read its messages. */
        boolean readableBy(UUID accountId) {
            return !restricted || members.contains(accountId);
        }
    }

    record Message(long id, UUID authorId, String body, Instant postedAt) {}

    private static final String SELECT = """
            select t.id, t.title, t.started_by, t.started_at, t.restricted,
                   (select max(m.posted_at) from teams.thread_message m where m.thread_id = t.id) as last_active_at,
                   (select count(*) from teams.thread_message m where m.thread_id = t.id) as messages
            from teams.thread t
            """;

    private final JdbcClient jdbc;

    Threads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a conversation with its first message.
     *
     * @param limitedTo who else may read it; empty for everyone on the page
     */
    UUID start(UUID teamId, String title, UUID startedBy, Set<UUID> limitedTo, String firstMessage, Instant at) {
        UUID id = UUID.randomUUID();
        boolean restricted = !limitedTo.isEmpty();
        jdbc.sql("""
                        insert into teams.thread (id, team_id, title, started_by, started_at, restricted)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, teamId, title, startedBy, Timestamp.from(at), restricted)
                .update();
        if (restricted) {
            Set<UUID> members = new LinkedHashSet<>(limitedTo);
            members.add(startedBy);
            for (UUID member : members) {
                jdbc.sql("insert into teams.thread_member (thread_id, account_id) values (?, ?)")
                        .params(id, member)
                        .update();
            }
        }
        post(id, startedBy, firstMessage, at);
        return id;
    }

    void post(UUID threadId, UUID authorId, String body, Instant at) {
        jdbc.sql("insert into teams.thread_message (thread_id, author_id, body, posted_at) values (?, ?, ?, ?)")
                .params(threadId, authorId, body, Timestamp.from(at))
                .update();
    }

    /** Every conversation of the team, the most recently active first. */
    List<Conversation> ofTeam(UUID teamId) {
        Map<UUID, Set<UUID>> members = members(teamId);
        return jdbc.sql(SELECT + " where t.team_id = ? order by last_active_at desc, t.id")
                .param(teamId)
                .query((rs, row) -> thread(rs, members))
                .list();
    }

    Optional<Conversation> find(UUID teamId, UUID threadId) {
        Map<UUID, Set<UUID>> members = members(teamId);
        return jdbc.sql(SELECT + " where t.team_id = ? and t.id = ?")
                .params(teamId, threadId)
                .query((rs, row) -> thread(rs, members))
                .optional();
    }

    /** The conversation's messages, oldest first. */
    List<Message> messages(UUID threadId) {
        return jdbc.sql("""
                        select id, author_id, body, posted_at from teams.thread_message
                        where thread_id = ? order by id""")
                .param(threadId)
                .query((rs, row) -> new Message(
                        rs.getLong("id"),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("body"),
                        rs.getTimestamp("posted_at").toInstant()))
                .list();
    }

    private Map<UUID, Set<UUID>> members(UUID teamId) {
        Map<UUID, Set<UUID>> members = new HashMap<>();
        jdbc.sql("""
                        select tm.thread_id, tm.account_id from teams.thread_member tm
                        join teams.thread t on t.id = tm.thread_id where t.team_id = ?""").param(teamId).query(rs -> {
            members.computeIfAbsent(rs.getObject("thread_id", UUID.class), id -> new LinkedHashSet<>())
                    .add(rs.getObject("account_id", UUID.class));
        });
        return members;
    }

    private static Conversation thread(java.sql.ResultSet rs, Map<UUID, Set<UUID>> members)
            throws java.sql.SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new Conversation(
                id,
                rs.getString("title"),
                rs.getObject("started_by", UUID.class),
                rs.getTimestamp("started_at").toInstant(),
                rs.getBoolean("restricted"),
                Set.copyOf(members.getOrDefault(id, Set.of())),
                rs.getTimestamp("last_active_at").toInstant(),
                rs.getInt("messages"));
    }
}
