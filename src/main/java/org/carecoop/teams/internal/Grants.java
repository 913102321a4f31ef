package org.carecoop.teams.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the person (or a nominee) granted to or withdrew from each member of their team. */
@Repository
class Grants {

    private final JdbcClient jdbc;

    Grants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member's current settings: for each permission, the newest row decides. */
    record Settings(Set<Permission> granted, Set<Permission> withdrawn) {}

    Settings of(UUID teamId, UUID accountId) {
        Set<Permission> granted = new HashSet<>();
        Set<Permission> withdrawn = new HashSet<>();
        jdbc.sql("""
                        select distinct on (category, action) category, action, revoked_at from teams.grant
                        where team_id = ? and account_id = ? order by category, action, id desc""").params(teamId, accountId).query(rs -> {
            Permission p =
                    new Permission(Category.valueOf(rs.getString("category")), Action.valueOf(rs.getString("action")));
            (rs.getTimestamp("revoked_at") == null ? granted : withdrawn).add(p);
        });
        return new Settings(Set.copyOf(granted), Set.copyOf(withdrawn));
    }

    void grant(UUID teamId, UUID accountId, Permission p, UUID by, Instant at) {
        jdbc.sql("""
                        insert into teams.grant (team_id, account_id, category, action, granted_by, granted_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict (team_id, account_id, category, action) where revoked_at is null do nothing""")
                .params(teamId, accountId, p.category().name(), p.action().name(), by, Timestamp.from(at))
                .update();
    }

    /** Closes the open grant, or, when there is none, records the withdrawal of a role default. */
    void revoke(UUID teamId, UUID accountId, Permission p, UUID by, Instant at) {
        int closed = jdbc.sql("""
                        update teams.grant set revoked_at = ? where team_id = ? and account_id = ?
                        and category = ? and action = ? and revoked_at is null""")
                .params(
                        Timestamp.from(at),
                        teamId,
                        accountId,
                        p.category().name(),
                        p.action().name())
                .update();
        if (closed == 0) {
            jdbc.sql("""
                            insert into teams.grant (team_id, account_id, category, action, granted_by, granted_at, revoked_at)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(
                            teamId,
                            accountId,
                            p.category().name(),
                            p.action().name(),
                            by,
                            Timestamp.from(at),
                            Timestamp.from(at))
                    .update();
        }
    }
}
