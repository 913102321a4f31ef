package org.carecoop.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.peers.MeetUpPlan;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Meet-ups, the answers to them (one per member, changeable) and their comments. */
@Repository
class MeetUps {

    private static final String MEET_UPS = """
            select m.*,
                (select count(*) from peers.meet_up_answer a where a.meet_up_id = m.id and a.answer = 'GOING') as going,
                (select count(*) from peers.meet_up_answer a where a.meet_up_id = m.id and a.answer = 'MAYBE') as maybe,
                (select count(*) from peers.meet_up_answer a where a.meet_up_id = m.id and a.answer = 'NOT_GOING')
                    as not_going
            from peers.meet_up m
            """;

    private final JdbcClient jdbc;

    MeetUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID plan(UUID pageId, UUID organiserId, UUID actorId, MeetUpPlan plan, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into peers.meet_up (id, page_id, organiser_id, actor_id, title, starts_at, place,
                            description, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        pageId,
                        organiserId,
                        actorId,
                        plan.title(),
                        Timestamp.from(plan.startsAt()),
                        plan.place(),
                        plan.description(),
                        Timestamp.from(at))
                .update();
        return id;
    }

    /** Meet-ups that have not started by then, soonest first. */
    List<MeetUp> upcoming(UUID pageId, Instant now) {
        return jdbc.sql(MEET_UPS + " where m.page_id = ? and m.starts_at > ? order by m.starts_at, m.id")
                .params(pageId, Timestamp.from(now))
                .query(MeetUps::meetUp)
                .list();
    }

    /** Meet-ups that had started by then, the latest first. */
    List<MeetUp> past(UUID pageId, Instant now, int limit) {
        return jdbc.sql(MEET_UPS + " where m.page_id = ? and m.starts_at <= ? order by m.starts_at desc, m.id limit ?")
                .params(pageId, Timestamp.from(now), limit)
                .query(MeetUps::meetUp)
                .list();
    }

    Optional<MeetUp> meetUp(UUID pageId, UUID meetUpId) {
        return jdbc.sql(MEET_UPS + " where m.page_id = ? and m.id = ?")
                .params(pageId, meetUpId)
                .query(MeetUps::meetUp)
                .optional();
    }

    /** Records the member's answer, replacing any earlier one: the table keeps one per member. */
    void answer(UUID meetUpId, UUID accountId, Answer answer, Instant at) {
        jdbc.sql("""
                        insert into peers.meet_up_answer (meet_up_id, account_id, answer, answered_at) values (?, ?, ?, ?)
                        on conflict (meet_up_id, account_id) do update
                            set answer = excluded.answer, answered_at = excluded.answered_at""")
                .params(meetUpId, accountId, answer.name(), Timestamp.from(at))
                .update();
    }

    /** Each member's answer, in the order they first gave it. */
    Map<UUID, Answer> answers(UUID meetUpId) {
        Map<UUID, Answer> answers = new LinkedHashMap<>();
        jdbc.sql("select account_id, answer from peers.meet_up_answer where meet_up_id = ? order by answered_at")
                .param(meetUpId)
                .query(rs -> {
                    answers.put(rs.getObject("account_id", UUID.class), Answer.valueOf(rs.getString("answer")));
                });
        return answers;
    }

    UUID comment(UUID meetUpId, UUID authorId, UUID actorId, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into peers.meet_up_comment (id, meet_up_id, author_id, actor_id, body, posted_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, meetUpId, authorId, actorId, body, Timestamp.from(at))
                .update();
        return id;
    }

    /** The oldest comment first. */
    List<Message> comments(UUID meetUpId) {
        return jdbc.sql("select * from peers.meet_up_comment where meet_up_id = ? order by posted_at, id")
                .param(meetUpId)
                .query(Conversations::message)
                .list();
    }

    private static MeetUp meetUp(ResultSet rs, int row) throws SQLException {
        return new MeetUp(
                rs.getObject("id", UUID.class),
                rs.getObject("organiser_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("title"),
                Conversations.instant(rs, "starts_at"),
                rs.getString("place"),
                rs.getString("description"),
                rs.getInt("going"),
                rs.getInt("maybe"),
                rs.getInt("not_going"));
    }
}
