package org.carecoop.people;

import java.util.UUID;
import org.carecoop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the profile tests share: fresh accounts of their own, and signing in as any account. */
abstract class ProfileTestSupport extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** A new account of the test's own, so tests never depend on each other's data. */
    record TestAccount(UUID id, String email) {}

    TestAccount account(String name, Role... roles) {
        String email = freshEmail(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'));
        return new TestAccount(people.createAccount(email, name, PASSWORD, java.util.Set.of(roles)), email);
    }

    RequestPostProcessor as(TestAccount account) {
        return as(account.email());
    }

    UUID demoId(String name) {
        return people.accountByEmail(demo(name)).orElseThrow().id();
    }

    /** How many access log entries there are about a person with this action and outcome. */
    int auditCount(UUID subject, String action, String outcome) {
        return jdbc.sql(
                        "select count(*) from audit.access_log where subject_person_id = ? and action = ? and outcome = ?")
                .params(subject, action, outcome)
                .query(Integer.class)
                .single();
    }
}
