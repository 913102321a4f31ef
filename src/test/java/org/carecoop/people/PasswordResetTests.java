package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestClock;
import org.carecoop.support.TestMail;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

class PasswordResetTests extends IntegrationTest {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/password-reset/[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    private String askForLink(String email) throws Exception {
        mvc.perform(post("/password-reset").with(csrf()).param("email", email))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("reset.sent.title"))));
        List<MimeMessage> mails = TestMail.to(email);
        assertThat(mails).as("emails to " + email).isNotEmpty();
        MimeMessage mail = mails.get(mails.size() - 1);
        assertThat(mail.getSubject()).isEqualTo(messages.getMessage("reset.email.subject", null, java.util.Locale.UK));
        Matcher link = LINK.matcher(mail.getContent().toString());
        assertThat(link.find()).as("a reset link in the email").isTrue();
        return link.group(1);
    }

    @Test
    void aResetLinkArrivesByEmailAndSetsANewPasswordOnce() throws Exception {
        String email = newAccount("forgetful", Role.WORKER);
        String link = askForLink(email);

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("reset.choose.title"))));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "a brand new kettle")
                        .param("confirm", "a brand new kettle"))
                .andExpect(redirectedUrl("/sign-in"));

        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .passwordParam("password")
                        .user(email)
                        .password("a brand new kettle"))
                .andExpect(authenticated().withUsername(email));

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("reset.expired.title"))));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("password", "another kettle again")
                        .param("confirm", "another kettle again"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(html("reset.expired.title"))));
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .passwordParam("password")
                        .user(email)
                        .password("another kettle again"))
                .andExpect(redirectedUrl("/sign-in?error"));
    }

    @Test
    void aResetLinkStopsWorkingAfterAnHour() throws Exception {
        String email = newAccount("slow", Role.FAMILY);
        String link = askForLink(email);

        try (TestClock.Moved later = clock.advance(Duration.ofMinutes(61))) {
            mvc.perform(get(link))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(html("reset.expired.title"))));
            mvc.perform(post(link)
                            .with(csrf())
                            .param("password", "a brand new kettle")
                            .param("confirm", "a brand new kettle"))
                    .andExpect(content().string(Matchers.containsString(html("reset.expired.title"))));
        }
        mvc.perform(formLogin("/sign-in")
                        .userParameter("email")
                        .passwordParam("password")
                        .user(email)
                        .password(PASSWORD))
                .andExpect(authenticated().withUsername(email));
    }

    @Test
    void anUnknownEmailAddressGetsTheSamePageAsAKnownOneAndNoEmail() throws Exception {
        String known = newAccount("known", Role.WORKER);
        String unknown = freshEmail("unknown");

        String forKnown = mvc.perform(post("/password-reset").with(csrf()).param("email", known))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String forUnknown = mvc.perform(post("/password-reset").with(csrf()).param("email", unknown))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(forUnknown.replace(unknown, "ADDRESS")).isEqualTo(forKnown.replace(known, "ADDRESS"));
        assertThat(TestMail.to(known)).hasSize(1);
        assertThat(TestMail.to(unknown)).isEmpty();
    }
}
