package org.carecoop.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AccessLogTests extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private long newestEntry() {
        return jdbc.sql("select max(id) from audit.access_log")
                .query(Long.class)
                .single();
    }

    @Test
    void noOneCanChangeOrDeleteAnEntryEvenWithRawSql() throws SQLException {
        visitor().signedInAs(demo("pat"), DEMO_PASSWORD);
        long id = newestEntry();

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() ->
                            statement.executeUpdate("update audit.access_log set detail = 'tampered' where id = " + id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("delete from audit.access_log where id = " + id))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("truncate audit.access_log"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("select count(*) from audit.access_log where id = ? and detail is distinct from 'tampered'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void signInsAreRecordedWhetherAllowedOrDenied() {
        String email = newAccount("logged", Role.VOLUNTEER);
        UUID id = people.accountByEmail(email).orElseThrow().id();

        visitor().signIn(email, "not the password at all");
        visitor().signedInAs(email, PASSWORD);

        assertThat(jdbc.sql("""
                        select count(*) from audit.access_log
                        where action = 'SIGN_IN' and outcome = 'denied' and actor_id is null and actor_label = ?""").param(email).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select count(*) from audit.access_log
                        where action = 'SIGN_IN' and outcome = 'allowed' and actor_id = ?""").param(id).query(Integer.class).single()).isEqualTo(1);
    }
}
