package org.carecoop.teams.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.carecoop.teams.AccessOverview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Co-ordinators' emergency openings of a person's records, each with its reason and expiry. */
@Repository
class BreakGlassOpenings {

    private final JdbcClient jdbc;

    BreakGlassOpenings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void open(UUID personId, UUID coordinatorId, String reason, Instant at, Instant expiresAt) {
        jdbc.sql("""
                        insert into teams.break_glass (person_id, coordinator_id, reason, opened_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(personId, coordinatorId, reason, Timestamp.from(at), Timestamp.from(expiresAt))
                .update();
    }

    boolean inForce(UUID personId, UUID coordinatorId, Instant at) {
        return jdbc.sql("""
                        select exists (select 1 from teams.break_glass where person_id = ? and coordinator_id = ?
                        and opened_at <= ? and expires_at > ?)""")
                .params(personId, coordinatorId, Timestamp.from(at), Timestamp.from(at))
                .query(Boolean.class)
                .single();
    }

    /** The person's openings, newest first. */
    List<AccessOverview.BreakGlassOpening> of(UUID personId, int limit) {
        return jdbc.sql("""
                        select coordinator_id, reason, opened_at, expires_at from teams.break_glass
                        where person_id = ? order by opened_at desc, id desc limit ?""")
                .params(personId, limit)
                .query((rs, row) -> new AccessOverview.BreakGlassOpening(
                        rs.getObject("coordinator_id", UUID.class),
                        rs.getString("reason"),
                        rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant()))
                .list();
    }
}
