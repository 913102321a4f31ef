package org.carecoop.teams.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamLogo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Teams and their memberships. Memberships are closed, never deleted. */
@Repository
class Teams {

    private final JdbcClient jdbc;

    Teams(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises changes to one person's team until the transaction ends. */
    void lockPerson(UUID personId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))")
                .param(personId.toString())
                .query()
                .singleValue();
    }

    Optional<UUID> teamIdOf(UUID personId) {
        return jdbc.sql("select id from teams.team where person_id = ?")
                .param(personId)
                .query(UUID.class)
                .optional();
    }

    UUID create(UUID personId, String name, Instant at) {
        jdbc.sql("insert into teams.team (id, person_id, name, created_at) values (?, ?, ?, ?)"
                        + " on conflict (person_id) do nothing")
                .params(UUID.randomUUID(), personId, name, Timestamp.from(at))
                .update();
        return teamIdOf(personId).orElseThrow();
    }

    Optional<Team> ofPerson(UUID personId) {
        return jdbc.sql("select id, person_id, name, created_at from teams.team where person_id = ?")
                .param(personId)
                .query((rs, row) -> new Team(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        openMemberships(rs.getObject("id", UUID.class))))
                .optional();
    }

    List<Team> ofMember(UUID accountId) {
        return jdbc.sql("""
                        select t.id, t.person_id, t.name, t.created_at from teams.team t
                        where exists (select 1 from teams.membership m
                                      where m.team_id = t.id and m.account_id = ? and m.left_at is null)
                        order by t.name, t.id""")
                .param(accountId)
                .query((rs, row) -> new Team(
                        rs.getObject("id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        openMemberships(rs.getObject("id", UUID.class))))
                .list();
    }

    List<Team.Member> openMemberships(UUID teamId) {
        return jdbc.sql("""
                        select account_id, role, joined_at, gives_personal_care, reason from teams.membership
                        where team_id = ? and left_at is null order by joined_at, id""").param(teamId).query(Teams::member).list();
    }

    Optional<Team.Member> openMembership(UUID teamId, UUID accountId) {
        return jdbc.sql("""
                        select account_id, role, joined_at, gives_personal_care, reason from teams.membership
                        where team_id = ? and account_id = ? and left_at is null""").params(teamId, accountId).query(Teams::member).optional();
    }

    /** Opens a membership unless the account already has an open one in this team. */
    void join(UUID teamId, UUID accountId, MemberRole role, String reason, Instant at) {
        jdbc.sql("""
                        insert into teams.membership (team_id, account_id, role, joined_at, reason)
                        values (?, ?, ?, ?, ?)
                        on conflict (team_id, account_id) where left_at is null do nothing""")
                .params(teamId, accountId, role.name(), Timestamp.from(at), reason)
                .update();
    }

    void leave(UUID teamId, UUID accountId, Instant at) {
        jdbc.sql("update teams.membership set left_at = ? where team_id = ? and account_id = ? and left_at is null")
                .params(Timestamp.from(at), teamId, accountId)
                .update();
    }

    void rename(UUID teamId, String name) {
        jdbc.sql("update teams.team set name = ? where id = ?")
                .params(name, teamId)
                .update();
    }

    void setLogo(UUID teamId, String contentType, byte[] bytes, Instant at) {
        jdbc.sql("update teams.team set logo = ?, logo_type = ?, logo_updated_at = ? where id = ?")
                .params(bytes, contentType, Timestamp.from(at), teamId)
                .update();
    }

    void removeLogo(UUID teamId) {
        jdbc.sql("update teams.team set logo = null, logo_type = null, logo_updated_at = null where id = ?")
                .param(teamId)
                .update();
    }

    Optional<TeamLogo> logo(UUID personId) {
        return jdbc.sql("""
                        select logo, logo_type, logo_updated_at from teams.team
                        where person_id = ? and logo is not null""")
                .param(personId)
                .query((rs, row) -> new TeamLogo(
                        rs.getString("logo_type"),
                        rs.getBytes("logo"),
                        rs.getTimestamp("logo_updated_at").toInstant()))
                .optional();
    }

    Optional<Instant> logoUpdatedAt(UUID personId) {
        return jdbc.sql("select logo_updated_at from teams.team where person_id = ? and logo_updated_at is not null")
                .param(personId)
                .query((rs, row) -> rs.getTimestamp("logo_updated_at").toInstant())
                .optional();
    }

    void setGivesPersonalCare(UUID teamId, UUID workerId, boolean givesPersonalCare) {
        int updated = jdbc.sql("""
                        update teams.membership set gives_personal_care = ?
                        where team_id = ? and account_id = ? and role = 'WORKER' and left_at is null""").params(givesPersonalCare, teamId, workerId).update();
        if (updated == 0) {
            throw new IllegalArgumentException("not a worker in this team: " + workerId);
        }
    }

    private static Team.Member member(ResultSet rs, int row) throws SQLException {
        return new Team.Member(
                rs.getObject("account_id", UUID.class),
                MemberRole.valueOf(rs.getString("role")),
                rs.getTimestamp("joined_at").toInstant(),
                rs.getBoolean("gives_personal_care"),
                rs.getString("reason"));
    }
}
