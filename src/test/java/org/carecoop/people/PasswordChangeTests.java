package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

class PasswordChangeTests extends IntegrationTest {

    static final String NEW_PASSWORD = "kettle on the windowsill";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSignedInPersonChangesTheirPasswordWithTheirCurrentOne() throws Exception {
        String email = newAccount("changer", Role.WORKER);

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(as(email))
                        .param("current", PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("confirm", NEW_PASSWORD))
                .andExpect(redirectedUrl("/dashboard"));

        assertThat(encoder.matches(NEW_PASSWORD, hash(email))).isTrue();
        assertThat(encoder.matches(PASSWORD, hash(email))).isFalse();
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        String email = newAccount("guesser", Role.WORKER);
        String before = hash(email);

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(as(email))
                        .param("current", "not my password")
                        .param("password", NEW_PASSWORD)
                        .param("confirm", NEW_PASSWORD))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("password.current.wrong"))));

        assertThat(hash(email)).isEqualTo(before);
    }

    @Test
    void aCoordinatorActingForSomeoneCannotChangeTheirPassword() throws Exception {
        String person = newAccount("helped", Role.SUPPORTED_PERSON);
        String before = hash(person);
        HttpVisitor visitor = visitor().signedInAs(demo("coordinator"), DEMO_PASSWORD);
        visitor.submit("/assisted?q=" + person, "/act-for", Map.of("email", person));

        assertThat(visitor.get("/account/password").status()).isEqualTo(403);
        assertThat(visitor.submit(
                                "/dashboard",
                                "/account/password",
                                Map.of("current", PASSWORD, "password", NEW_PASSWORD, "confirm", NEW_PASSWORD))
                        .status())
                .isEqualTo(403);

        assertThat(hash(person)).isEqualTo(before);
    }

    private String hash(String email) {
        return jdbc.sql("select password_hash from people.account where email = ?")
                .param(email)
                .query(String.class)
                .single();
    }
}
