package org.carecoop.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for a mentor, and who offered and was accepted. */
@Repository
class MentoringRequests {

    private final JdbcClient jdbc;

    MentoringRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID ask(UUID pageId, UUID requesterId, UUID actorId, String need, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into peers.mentoring_request (id, page_id, requester_id, actor_id, need, asked_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(id, pageId, requesterId, actorId, need, Timestamp.from(at))
                .update();
        return id;
    }

    /** The newest requests first. */
    List<MentoringRequest> onPage(UUID pageId, int limit) {
        return jdbc.sql("select * from peers.mentoring_request where page_id = ? order by asked_at desc, id limit ?")
                .params(pageId, limit)
                .query(MentoringRequests::request)
                .list();
    }

    Optional<MentoringRequest> request(UUID pageId, UUID requestId) {
        return jdbc.sql("select * from peers.mentoring_request where page_id = ? and id = ?")
                .params(pageId, requestId)
                .query(MentoringRequests::request)
                .optional();
    }

    /**
     * Records the offer if nobody has offered yet. One statement decides: of two members offering at
     * once, PostgreSQL lets the second update see the first one's offer, so it changes nothing.
     *
     * @return whether this offer was the first
     */
    boolean offer(UUID requestId, UUID mentorId, Instant at) {
        return jdbc.sql("""
                        update peers.mentoring_request set mentor_id = ?, offered_at = ?
                        where id = ? and mentor_id is null and requester_id <> ?""")
                        .params(mentorId, Timestamp.from(at), requestId, mentorId)
                        .update()
                == 1;
    }

    /**
     * Closes the request with its mentor, if the requester is the one accepting and it has an offer
     * not yet accepted.
     *
     * @return whether it was accepted now
     */
    boolean accept(UUID requestId, UUID requesterId, Instant at) {
        return jdbc.sql("""
                        update peers.mentoring_request set accepted_at = ?
                        where id = ? and requester_id = ? and mentor_id is not null and accepted_at is null""").params(Timestamp.from(at), requestId, requesterId).update() == 1;
    }

    private static MentoringRequest request(ResultSet rs, int row) throws SQLException {
        return new MentoringRequest(
                rs.getObject("id", UUID.class),
                rs.getObject("requester_id", UUID.class),
                rs.getObject("actor_id", UUID.class),
                rs.getString("need"),
                Conversations.instant(rs, "asked_at"),
                rs.getObject("mentor_id", UUID.class),
                nullableInstant(rs, "offered_at"),
                nullableInstant(rs, "accepted_at"));
    }

    private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
