package org.carecoop.teams.page;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Questions a team asks the co-op's advanced practitioners, and their answers. */
@Repository
class ExpertQuestions {

    /**
     * A question with the team it came from.
     *
     * @param answer its answer; absent while it is open
     */
    record Question(
            UUID id,
            UUID teamId,
            String teamName,
            UUID personId,
            UUID askedBy,
            String body,
            Instant askedAt,
            @Nullable Answer answer) {

        boolean open() {
            return answer == null;
        }
    }

    record Answer(UUID answeredBy, String text, Instant answeredAt) {}

    private static final String SELECT = """
            select q.id, q.team_id, t.name as team_name, t.person_id, q.asked_by, q.body, q.asked_at,
                   q.answer, q.answered_by, q.answered_at
            from teams.expert_question q join teams.team t on t.id = q.team_id
            """;

    private final JdbcClient jdbc;

    ExpertQuestions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID ask(UUID teamId, UUID askedBy, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into teams.expert_question (id, team_id, asked_by, body, asked_at) values (?, ?, ?, ?, ?)")
                .params(id, teamId, askedBy, body, Timestamp.from(at))
                .update();
        return id;
    }

    /**
     * Answers the question if it is still open. Only one of several practitioners answering at once
     * can: the update applies to an open question only, and the row lock makes the others wait and
     * then find it closed.
     *
     * @return whether this answer was saved
     */
    boolean answer(UUID questionId, UUID practitionerId, String text, Instant at) {
        return jdbc.sql("""
                        update teams.expert_question set answer = ?, answered_by = ?, answered_at = ?
                        where id = ? and answered_at is null""")
                        .params(text, practitionerId, Timestamp.from(at), questionId)
                        .update()
                == 1;
    }

    /** The team's questions, newest first. */
    List<Question> ofTeam(UUID teamId) {
        return jdbc.sql(SELECT + " where q.team_id = ? order by q.asked_at desc, q.id")
                .param(teamId)
                .query((rs, row) -> question(rs))
                .list();
    }

    /** Every open question, the one waiting longest first. */
    List<Question> open() {
        return jdbc.sql(SELECT + " where q.answered_at is null order by q.asked_at, q.id")
                .query((rs, row) -> question(rs))
                .list();
    }

    Optional<Question> find(UUID questionId) {
        return jdbc.sql(SELECT + " where q.id = ?")
                .param(questionId)
                .query((rs, row) -> question(rs))
                .optional();
    }

    private static Question question(ResultSet rs) throws SQLException {
        String answer = rs.getString("answer");
        return new Question(
                rs.getObject("id", UUID.class),
                rs.getObject("team_id", UUID.class),
                rs.getString("team_name"),
                rs.getObject("person_id", UUID.class),
                rs.getObject("asked_by", UUID.class),
                rs.getString("body"),
                rs.getTimestamp("asked_at").toInstant(),
                answer == null
                        ? null
                        : new Answer(
                                rs.getObject("answered_by", UUID.class),
                                answer,
                                rs.getTimestamp("answered_at").toInstant()));
    }
}
