package org.carecoop.teams.page;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Successes the team celebrates, and the "well done"s people add to them. */
@Repository
class Celebrations {

    /**
     * A success, as one viewer sees it.
     *
     * @param wellDones how many people have said well done
     * @param saidByViewer whether the viewer is one of them
     */
    record Celebration(UUID id, UUID authorId, String body, Instant postedAt, int wellDones, boolean saidByViewer) {}

    private final JdbcClient jdbc;

    Celebrations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID add(UUID teamId, UUID authorId, String body, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into teams.celebration (id, team_id, author_id, body, posted_at) values (?, ?, ?, ?, ?)")
                .params(id, teamId, authorId, body, Timestamp.from(at))
                .update();
        return id;
    }

    /**
     * Adds the account's "well done", unless it has said it already: the primary key allows one per
     * account, so a double click or two requests at once count once.
     *
     * @return whether this call added it
     */
    boolean wellDone(UUID celebrationId, UUID accountId, Instant at) {
        return jdbc.sql("""
                        insert into teams.well_done (celebration_id, account_id, said_at) values (?, ?, ?)
                        on conflict (celebration_id, account_id) do nothing""")
                        .params(celebrationId, accountId, Timestamp.from(at))
                        .update()
                == 1;
    }

    /** The team's celebrations, newest first, as the viewer sees them. */
    List<Celebration> ofTeam(UUID teamId, UUID viewerId) {
        return jdbc.sql("""
                        select c.id, c.author_id, c.body, c.posted_at,
                               (select count(*) from teams.well_done w where w.celebration_id = c.id) as well_dones,
                               exists (select 1 from teams.well_done w
                                       where w.celebration_id = c.id and w.account_id = ?) as said
                        from teams.celebration c where c.team_id = ? order by c.posted_at desc, c.id""")
                .params(viewerId, teamId)
                .query((rs, row) -> new Celebration(
                        rs.getObject("id", UUID.class),
                        rs.getObject("author_id", UUID.class),
                        rs.getString("body"),
                        rs.getTimestamp("posted_at").toInstant(),
                        rs.getInt("well_dones"),
                        rs.getBoolean("said")))
                .list();
    }

    /** Who posted the celebration, if it is one of this team's. */
    Optional<UUID> authorOf(UUID teamId, UUID celebrationId) {
        return jdbc.sql("select author_id from teams.celebration where team_id = ? and id = ?")
                .params(teamId, celebrationId)
                .query(UUID.class)
                .optional();
    }
}
