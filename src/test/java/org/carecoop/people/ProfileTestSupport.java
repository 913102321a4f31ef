package org.carecoop.people;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.Set;
import java.util.UUID;
import org.carecoop.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the profile tests share: fresh accounts of their own, and signing in as any account. */
abstract class ProfileTestSupport extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PeopleApi people;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    /** A new account of its own, so tests never depend on each other's data. */
    record TestAccount(UUID id, String email) {}

    TestAccount newAccount(String name, Role... roles) {
        String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID() + "@test.carecoop.test";
        UUID id = people.createAccount(email, name, "correct horse battery staple", Set.of(roles));
        return new TestAccount(id, email);
    }

    RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
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
