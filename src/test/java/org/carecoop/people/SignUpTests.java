package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.carecoop.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class SignUpTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder signUp(String name, String email, String password, String... roles) {
        return post("/sign-up")
                .with(csrf())
                .param("displayName", name)
                .param("email", email)
                .param("password", password)
                .param("roles", roles);
    }

    /** Posts a sign-up that must be refused with the message for {@code key}, and creates nothing. */
    private void refused(MockHttpServletRequestBuilder request, String email, String key) throws Exception {
        mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("form.errorSummary.title"))))
                .andExpect(content().string(Matchers.containsString(html(key))));
        if (!email.isBlank()) {
            assertThat(people.accountByEmail(email)).isEmpty();
        }
    }

    @Test
    void aPersonSignsUpAndThenSignsInWithTheirPassword() throws Exception {
        String email = freshEmail("newcomer");

        mvc.perform(signUp("Nora Newcomer", email, "kettle on the hob at six", "SUPPORTED_PERSON", "FAMILY"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"))
                .andExpect(flash().attribute("flash", "signUp.done"));

        AccountSummary account = people.accountByEmail(email).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nora Newcomer");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.SUPPORTED_PERSON, Role.FAMILY);
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .passwordParam("password")
                        .user(email)
                        .password("kettle on the hob at six"))
                .andExpect(redirectedUrl("/dashboard"))
                .andExpect(authenticated().withUsername(email));
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .passwordParam("password")
                        .user(email)
                        .password("kettle on the hob at seven"))
                .andExpect(redirectedUrl("/sign-in?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() throws Exception {
        String email = freshEmail("hashed");
        mvc.perform(signUp("Hash Person", email, "kettle on the hob at six", "WORKER"))
                .andExpect(redirectedUrl("/sign-in"));

        String hash = jdbc.sql("select password_hash from people.account where email = ?")
                .param(email)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain("kettle");
    }

    @Test
    void aSignUpWithNothingFilledInNamesEveryMissingField() throws Exception {
        mvc.perform(post("/sign-up").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("signUp.displayName.required"))))
                .andExpect(content().string(Matchers.containsString(html("signUp.email.required"))))
                .andExpect(content().string(Matchers.containsString(html("signUp.password.required"))))
                .andExpect(content().string(Matchers.containsString(html("signUp.roles.required"))));
    }

    @Test
    void aSignUpWithAMissingNameIsRefused() throws Exception {
        String email = freshEmail("nameless");
        refused(signUp("  ", email, "kettle on the hob at six", "WORKER"), email, "signUp.displayName.required");
    }

    @Test
    void aSignUpWithAnEmailAddressInTheWrongFormatIsRefused() throws Exception {
        refused(
                signUp("Bad Email", "not an email address", "kettle on the hob at six", "WORKER"),
                "not an email address",
                "signUp.email.format");
    }

    @Test
    void anEmailAddressCanHoldOnlyOneAccountWhateverItsCase() throws Exception {
        String email = freshEmail("twice");
        mvc.perform(signUp("First", email, "kettle on the hob at six", "WORKER"))
                .andExpect(redirectedUrl("/sign-in"));

        mvc.perform(signUp("Second", email.toUpperCase(java.util.Locale.ROOT), "kettle on the hob at six", "WORKER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("account.email.taken"))));

        assertThat(jdbc.sql("select count(*) from people.account where lower(email) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(people.accountByEmail(email).orElseThrow().displayName()).isEqualTo("First");
    }

    @Test
    void aPasswordShorterThanEightCharactersIsRefused() throws Exception {
        String email = freshEmail("short");
        refused(signUp("Short", email, "kettle7", "WORKER"), email, "account.password.length");
    }

    @Test
    void aPasswordLongerThan128CharactersIsRefusedBut128AreAccepted() throws Exception {
        String email = freshEmail("long");
        refused(signUp("Long", email, "k".repeat(60) + "x".repeat(69), "WORKER"), email, "account.password.length");

        mvc.perform(signUp("Long", email, "k".repeat(60) + "x".repeat(68), "WORKER"))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(people.accountByEmail(email)).isPresent();
    }

    @Test
    void aCommonPasswordIsRefused() throws Exception {
        String email = freshEmail("common");
        refused(signUp("Common", email, "password123", "WORKER"), email, "account.password.common");
        refused(signUp("Common", email, "PassWord123", "WORKER"), email, "account.password.common");
    }

    @Test
    void aPasswordThatIsTheEmailAddressIsRefused() throws Exception {
        String email = freshEmail("mirror");
        refused(signUp("Mirror", email, email, "WORKER"), email, "account.password.email");
    }

    @Test
    void aSignUpWithoutARoleIsRefused() throws Exception {
        String email = freshEmail("roleless");
        refused(signUp("Roleless", email, "kettle on the hob at six"), email, "signUp.roles.required");
    }

    @Test
    void aStaffRoleSlippedIntoTheFormIsRefusedAndGivesNoAccount() throws Exception {
        String email = freshEmail("sneaky");
        refused(signUp("Sneaky", email, "kettle on the hob at six", "COORDINATOR"), email, "signUp.roles.required");
        refused(signUp("Sneaky", email, "kettle on the hob at six", "WORKER", "ADMIN"), email, "signUp.roles.required");
    }

    @Test
    void aNameCarryingAScriptIsRefused() throws Exception {
        String email = freshEmail("script");
        refused(
                signUp("<script>alert(1)</script>", email, "kettle on the hob at six", "WORKER"),
                email,
                "validation.plainText");
    }
}
