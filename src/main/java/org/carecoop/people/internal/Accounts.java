package org.carecoop.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored accounts and their roles. */
@Repository
public class Accounts {

    private static final String SELECT = """
            select a.*, coalesce(array_agg(r.role order by r.role) filter (where r.role is not null), '{}') as roles
            from people.account a left join people.account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? group by a.id")
                .param(id)
                .query(Accounts::account)
                .optional();
    }

    /** The accounts with these ids that exist, in one query. */
    public List<Account> byIds(Collection<UUID> ids) {
        return jdbc.sql(SELECT + " where a.id = any(string_to_array(?, ',')::uuid[]) group by a.id")
                .param(ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .query(Accounts::account)
                .list();
    }

    public Optional<Account> byEmail(String email) {
        return jdbc.sql(SELECT + " where lower(a.email) = lower(?) group by a.id")
                .param(email.strip())
                .query(Accounts::account)
                .optional();
    }

    public boolean emailTaken(String email) {
        return jdbc.sql("select exists (select 1 from people.account where lower(email) = lower(?))")
                .param(email.strip())
                .query(Boolean.class)
                .single();
    }

    /** Accounts whose email address ends with this, oldest first (e.g. the demo co-op's). */
    public List<Account> withEmailEnding(String suffix) {
        return jdbc.sql(
                        SELECT
                                + " where right(lower(a.email), length(:suffix)) = lower(:suffix) group by a.id order by a.created_at")
                .param("suffix", suffix)
                .query(Accounts::account)
                .list();
    }

    /** Enabled accounts holding this role, by name. */
    public List<Account> withRole(Role role) {
        return jdbc.sql(SELECT
                        + " where a.enabled and a.id in (select account_id from people.account_role where role = ?)"
                        + " group by a.id order by lower(a.display_name), a.email")
                .param(role.name())
                .query(Accounts::account)
                .list();
    }

    /**
     * Accounts that hold no staff role (co-ordinator or administrator), whose name or email address
     * contains {@code search} (any case; everyone when blank), by name, at most {@code limit}.
     */
    public List<Account> notStaff(String search, int limit) {
        String pattern =
                "%" + search.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(SELECT
                        + " where a.id not in (select account_id from people.account_role"
                        + "     where role in ('COORDINATOR', 'ADMIN'))"
                        + " and (a.display_name ilike :pattern or a.email ilike :pattern)"
                        + " group by a.id order by lower(a.display_name), a.email limit :limit")
                .param("pattern", pattern)
                .param("limit", limit)
                .query(Accounts::account)
                .list();
    }

    void insert(Account account) {
        jdbc.sql("""
                        insert into people.account (id, email, display_name, phone, password_hash, created_at,
                            created_by, enabled) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        account.id(),
                        account.email(),
                        account.displayName(),
                        account.phone(),
                        account.passwordHash(),
                        Timestamp.from(account.createdAt()),
                        account.createdBy(),
                        account.enabled())
                .update();
        for (Role role : account.roles()) {
            jdbc.sql("insert into people.account_role (account_id, role) values (?, ?)")
                    .params(account.id(), role.name())
                    .update();
        }
    }

    void changePassword(UUID id, String passwordHash) {
        jdbc.sql("update people.account set password_hash = ? where id = ?")
                .params(passwordHash, id)
                .update();
    }

    void changeContact(UUID id, String displayName, String phone) {
        jdbc.sql("update people.account set display_name = ?, phone = ? where id = ?")
                .params(displayName, phone.isBlank() ? null : phone, id)
                .update();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = Arrays.stream((String[]) rs.getArray("roles").getArray())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getString("phone"),
                rs.getString("password_hash"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getObject("created_by", UUID.class),
                rs.getBoolean("enabled"),
                roles);
    }
}
