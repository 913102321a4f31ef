package org.carecoop.peers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.peers.PeerPage;
import org.carecoop.peers.internal.MembershipRule.Choice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored pages and who stands where with each: explicit choices and automatic memberships. */
@Repository
class Pages {

    private static final String STANDINGS = """
            select p.kind, p.code, s.account_id, bool_or(s.automatic) as automatic, max(s.choice) as choice
            from (
                select page_id, account_id, true as automatic, null as choice from peers.automatic_member
                union all
                select page_id, account_id, false, choice from peers.choice
            ) s
            join peers.page p on p.id = s.page_id
            """;

    private final JdbcClient jdbc;

    Pages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> idOf(PeerPage page) {
        return jdbc.sql("select id from peers.page where kind = ? and code = ?")
                .params(page.kind().name(), page.code())
                .query(UUID.class)
                .optional();
    }

    /** The page's id, storing the page first if nobody has used it yet. */
    UUID ensure(PeerPage page, Instant at) {
        jdbc.sql("""
                        insert into peers.page (id, kind, code, created_at) values (?, ?, ?, ?)
                        on conflict (kind, code) do nothing""")
                .params(UUID.randomUUID(), page.kind().name(), page.code(), Timestamp.from(at))
                .update();
        return idOf(page).orElseThrow();
    }

    void choose(UUID pageId, UUID accountId, Choice choice, Instant at) {
        jdbc.sql("""
                        insert into peers.choice (page_id, account_id, choice, chosen_at) values (?, ?, ?, ?)
                        on conflict (page_id, account_id) do update
                            set choice = excluded.choice, chosen_at = excluded.chosen_at""")
                .params(pageId, accountId, choice.name(), Timestamp.from(at))
                .update();
    }

    /** Makes these the account's automatic pages; pages it already had keep the time it joined them. */
    void replaceAutomatic(UUID accountId, Collection<UUID> pageIds, Instant at) {
        String[] ids = pageIds.stream().map(UUID::toString).toArray(String[]::new);
        jdbc.sql("delete from peers.automatic_member where account_id = ? and not (page_id = any (?::uuid[]))")
                .params(accountId, ids)
                .update();
        jdbc.sql("""
                        insert into peers.automatic_member (page_id, account_id, since)
                        select unnest(?::uuid[]), ?, ?
                        on conflict (page_id, account_id) do nothing""").params(ids, accountId, Timestamp.from(at)).update();
    }

    /** Where the account stands with the page; a page it has nothing to do with gives an empty standing. */
    Standing standing(PeerPage page, UUID accountId) {
        return jdbc.sql(STANDINGS
                        + " where p.kind = ? and p.code = ? and s.account_id = ? group by p.kind, p.code, s.account_id")
                .params(page.kind().name(), page.code(), accountId)
                .query(Pages::standing)
                .optional()
                .orElseGet(() -> new Standing(page, accountId, false, null));
    }

    /** Every page the account has a standing with (a member or not). */
    List<Standing> standingsOf(UUID accountId) {
        return jdbc.sql(STANDINGS + " where s.account_id = ? group by p.kind, p.code, s.account_id")
                .param(accountId)
                .query(Pages::standing)
                .list();
    }

    /** Everyone with a standing on the page (members or not). */
    List<Standing> standingsOn(PeerPage page) {
        return jdbc.sql(STANDINGS + " where p.kind = ? and p.code = ? group by p.kind, p.code, s.account_id")
                .params(page.kind().name(), page.code())
                .query(Pages::standing)
                .list();
    }

    /** The area pages anyone has used, by district. */
    List<PeerPage> areaPages() {
        return jdbc.sql("select kind, code from peers.page where kind = 'AREA' order by code")
                .query((rs, row) -> page(rs))
                .list();
    }

    private static Standing standing(ResultSet rs, int row) throws SQLException {
        String choice = rs.getString("choice");
        return new Standing(
                page(rs),
                rs.getObject("account_id", UUID.class),
                rs.getBoolean("automatic"),
                choice == null ? null : Choice.valueOf(choice));
    }

    private static PeerPage page(ResultSet rs) throws SQLException {
        return new PeerPage(PeerPage.Kind.valueOf(rs.getString("kind")), rs.getString("code"));
    }
}
