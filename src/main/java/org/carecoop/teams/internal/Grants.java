package org.carecoop.teams.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Circle;
import org.carecoop.teams.Permission;
import org.carecoop.teams.internal.PermissionRules.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What the person (or a nominee) granted to or withdrew from each member of their team and each
 * circle of it. A row granted and revoked at the same moment withdraws a default; for each permission
 * the newest row decides.
 */
@Repository
class Grants {

    private final JdbcClient jdbc;

    Grants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Settings ofMember(UUID teamId, UUID accountId) {
        return settings("""
                select distinct on (category, action) category, action, revoked_at from teams.grant
                where team_id = ? and account_id = ? order by category, action, id desc""", teamId, accountId);
    }

    Settings ofCircle(UUID teamId, Circle circle) {
        return settings("""
                select distinct on (category, action) category, action, revoked_at from teams.circle_grant
                where team_id = ? and circle = ? order by category, action, id desc""", teamId, circle.name());
    }

    void grantMember(UUID teamId, UUID accountId, Permission p, UUID by, Instant at) {
        grant("grant", "account_id", teamId, accountId, p, by, at);
    }

    void revokeMember(UUID teamId, UUID accountId, Permission p, UUID by, Instant at) {
        revoke("grant", "account_id", teamId, accountId, p, by, at);
    }

    void grantCircle(UUID teamId, Circle circle, Permission p, UUID by, Instant at) {
        grant("circle_grant", "circle", teamId, circle.name(), p, by, at);
    }

    void revokeCircle(UUID teamId, Circle circle, Permission p, UUID by, Instant at) {
        revoke("circle_grant", "circle", teamId, circle.name(), p, by, at);
    }

    private Settings settings(String sql, Object... params) {
        Set<Permission> granted = new HashSet<>();
        Set<Permission> withdrawn = new HashSet<>();
        jdbc.sql(sql).params(params).query(rs -> {
            Permission p =
                    new Permission(Category.valueOf(rs.getString("category")), Action.valueOf(rs.getString("action")));
            (rs.getTimestamp("revoked_at") == null ? granted : withdrawn).add(p);
        });
        return new Settings(granted, withdrawn);
    }

    private void grant(
            String table, String holder, UUID teamId, Object holderValue, Permission p, UUID by, Instant at) {
        jdbc.sql("insert into teams." + table + " (team_id, " + holder
                        + ", category, action, granted_by, granted_at) values (?, ?, ?, ?, ?, ?)"
                        + " on conflict (team_id, " + holder
                        + ", category, action) where revoked_at is null do nothing")
                .params(teamId, holderValue, p.category().name(), p.action().name(), by, Timestamp.from(at))
                .update();
    }

    /** Closes the open grant, or, when there is none, records the withdrawal of a default. */
    private void revoke(
            String table, String holder, UUID teamId, Object holderValue, Permission p, UUID by, Instant at) {
        int closed = jdbc.sql("update teams." + table + " set revoked_at = ? where team_id = ? and " + holder
                        + " = ? and category = ? and action = ? and revoked_at is null")
                .params(
                        Timestamp.from(at),
                        teamId,
                        holderValue,
                        p.category().name(),
                        p.action().name())
                .update();
        if (closed == 0) {
            jdbc.sql("insert into teams." + table + " (team_id, " + holder
                            + ", category, action, granted_by, granted_at, revoked_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            teamId,
                            holderValue,
                            p.category().name(),
                            p.action().name(),
                            by,
                            Timestamp.from(at),
                            Timestamp.from(at))
                    .update();
        }
    }
}
