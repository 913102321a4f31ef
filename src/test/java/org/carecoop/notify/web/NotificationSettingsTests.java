package org.carecoop.notify.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.carecoop.notify.Notification;
import org.carecoop.notify.NotifyApi;
import org.carecoop.notify.Topic;
import org.carecoop.notify.internal.NotificationPreferences;
import org.carecoop.notify.internal.Preferences;
import org.carecoop.notify.internal.SmsOutbox;
import org.carecoop.people.Role;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.server.ResponseStatusException;

/** Choosing how we contact you, on the page and through the API; the messages and SMS outbox pages. */
class NotificationSettingsTests extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Preferences preferences;

    @Autowired
    NotifyApi notify;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SmsOutbox smsOutbox;

    private UUID id(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    @Test
    void theDefaultsAreEmailAndAReminderTheDayBeforeAt6pm() throws Exception {
        String email = newAccount("Dora", Role.SUPPORTED_PERSON);

        String page = mvc.perform(get("/account/notifications").with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(html("notifications.title"), html("notifications.phone.none"))
                .containsPattern("value=\"EMAIL\"[^>]*checked")
                .doesNotContainPattern("value=\"SMS\"[^>]*checked")
                .containsPattern("value=\"DAY_BEFORE\"[^>]*checked")
                .containsPattern("<option value=\"18\" selected")
                .contains("href=\"/profile/edit\"");
        assertThat(preferences.of(id(email))).isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void aPersonWithAPhoneChoosesTextMessagesRemindersAndQuietHours() throws Exception {
        String email = newAccount("Tariq", Role.WORKER);
        people.changeContact(id(email), "Tariq", "07700 900470");

        mvc.perform(post("/account/notifications")
                        .with(csrf())
                        .with(as(email))
                        .param("channels", "EMAIL", "SMS")
                        .param("reminders", "DAY_BEFORE", "THIRTY_MINUTES")
                        .param("dayBeforeHour", "19")
                        .param("quietFrom", "21")
                        .param("quietUntil", "8"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/account/notifications"))
                .andExpect(flash().attribute("flash", "notifications.saved"));

        assertThat(preferences.of(id(email)))
                .isEqualTo(new NotificationPreferences(true, true, 19, false, false, true, 21, 8));
        assertThat(mvc.perform(get("/account/notifications").with(as(email)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(html("notifications.phone.known", "07700 900470"))
                .containsPattern("value=\"SMS\"[^>]*checked")
                .containsPattern("<option value=\"21\" selected");
    }

    @Test
    void textMessagesWithoutAPhoneAndHalfQuietHoursAreRefusedNextToTheFields() throws Exception {
        String email = newAccount("Pip", Role.SUPPORTED_PERSON);

        String page = mvc.perform(post("/account/notifications")
                        .with(csrf())
                        .with(as(email))
                        .param("channels", "SMS")
                        .param("reminders", "DAY_BEFORE")
                        .param("dayBeforeHour", "")
                        .param("quietFrom", "22"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("govuk-error-summary")
                .contains("href=\"#channels\"", "href=\"#dayBeforeHour\"", "href=\"#quietUntil\"")
                .contains("id=\"channels-error\"", "id=\"dayBeforeHour-error\"", "id=\"quietUntil-error\"")
                .contains(html("notifications.error.sms.phone"))
                .contains(html("notifications.error.dayBefore"))
                .contains(html("notifications.error.quiet.until"));
        assertThat(preferences.of(id(email))).isEqualTo(NotificationPreferences.DEFAULTS);
    }

    @Test
    void noRemindersAtAllIsAChoice() throws Exception {
        String email = newAccount("Nell", Role.SUPPORTED_PERSON);

        mvc.perform(post("/account/notifications").with(csrf()).with(as(email)).param("channels", "EMAIL"))
                .andExpect(status().is3xxRedirection());

        assertThat(notify.reminderTimes(id(email), Instant.now(clock).plusSeconds(3 * 86400)))
                .isEmpty();
    }

    @Test
    void aCoordinatorInAssistedModeSetsThemForThePersonTheyActFor() {
        String person = newAccount("Percy", Role.SUPPORTED_PERSON);
        HttpVisitor visitor = visitor().signedInAs(demo("coordinator"), DEMO_PASSWORD);
        assertThat(visitor.submit("/assisted?q=" + person, "/act-for", Map.of("email", person))
                        .location())
                .isEqualTo("/dashboard");

        HttpVisitor.Page saved = visitor.submit(
                "/account/notifications",
                "/account/notifications",
                Map.of("channels", "EMAIL", "reminders", "ONE_HOUR", "quietFrom", "22", "quietUntil", "7"));

        assertThat(saved.location()).isEqualTo("/account/notifications");
        assertThat(preferences.of(id(person)))
                .isEqualTo(new NotificationPreferences(true, false, null, false, true, false, 22, 7));
        assertThat(preferences.of(id(demo("coordinator"))).oneHourBefore()).isFalse();
    }

    @Test
    void theApiShowsAndChangesTheSettingsAndRefusesBadOnesAsProblems() throws Exception {
        String email = newAccount("Ada", Role.SUPPORTED_PERSON);
        String token = "Bearer " + token(email);

        mvc.perform(get("/api/v1/me/notifications").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channels[0]").value("EMAIL"))
                .andExpect(jsonPath("$.reminders[0]").value("DAY_BEFORE"))
                .andExpect(jsonPath("$.dayBeforeHour").value(18))
                .andExpect(jsonPath("$.phoneOnAccount").value(false));

        mvc.perform(put("/api/v1/me/notifications")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"EMAIL\"],\"reminders\":[\"TWO_HOURS\"],"
                                + "\"quietFrom\":23,\"quietUntil\":6}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reminders[0]").value("TWO_HOURS"))
                .andExpect(jsonPath("$.quietFrom").value(23));
        assertThat(preferences.of(id(email)))
                .isEqualTo(new NotificationPreferences(true, false, null, true, false, false, 23, 6));

        mvc.perform(put("/api/v1/me/notifications")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channels\":[\"SMS\"],\"quietFrom\":25,\"quietUntil\":6}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'channels')].message")
                        .value(messages.getMessage("notifications.error.sms.phone", null, java.util.Locale.UK)))
                .andExpect(jsonPath("$.errors[?(@.field == 'quietFrom')]").exists());
        assertThat(preferences.of(id(email)).twoHoursBefore()).isTrue();
    }

    @Test
    void theMessagesPageListsWhatWasSentAndWhatIsWaiting() throws Exception {
        String email = newAccount("Mo", Role.SUPPORTED_PERSON);
        notify.send(new Notification(
                id(email),
                Topic.REMINDER,
                "visit:mo:reminder",
                "Your visit tomorrow",
                "Ben visits tomorrow at 10:00.",
                "Ben visits tomorrow at 10:00.",
                Instant.now(clock).plusSeconds(30 * 86400)));

        String page = mvc.perform(get("/account/messages").with(as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains(html("messages.title"), "Your visit tomorrow", html("messages.status.PENDING"))
                .contains("href=\"/account/notifications\"");
        assertThat(mvc.perform(get("/account/messages").with(as(newAccount("Zed", Role.WORKER))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(html("messages.empty"))
                .doesNotContain("Your visit tomorrow");
    }

    @Test
    void theSmsOutboxIsOpenToEveryoneSignedInInTheDemoAndLinkedForCoordinators() throws Exception {
        mvc.perform(get("/notify/sms-outbox").with(as(newAccount("Vi", Role.FAMILY))))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get("/dashboard").with(as(demo("coordinator"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"/notify/sms-outbox\"", "href=\"/account/messages\"");
    }

    @Test
    void outsideTheDemoOnlyCoordinatorsSeeTheSmsOutbox() {
        SmsOutboxController realCoop = new SmsOutboxController(smsOutbox, false);
        try {
            signIn(newAccount("Ursula", Role.FAMILY));
            assertThatThrownBy(() -> realCoop.outbox(new ExtendedModelMap()))
                    .isInstanceOfSatisfying(
                            ResponseStatusException.class,
                            e -> assertThat(e.getStatusCode().value()).isEqualTo(404));

            signIn(demo("coordinator"));
            assertThat(realCoop.outbox(new ExtendedModelMap())).isEqualTo("notify/sms-outbox");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void signIn(String email) {
        UserDetails user = userDetails.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @Test
    void theDemoMailboxShowsKeptEmailsWithTheSameCardAsTheSmsOutbox() throws Exception {
        jdbc.sql("insert into notify.mail_outbox (created_at, recipients, subject, body) values (now(), ?, ?, ?)")
                .params("kept@example.test", "A kept email", "Kept, not sent.")
                .update();

        assertThat(mvc.perform(get("/demo-mailbox"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("kept@example.test", "A kept email", "Kept, not sent.", "govuk-summary-card");
    }

    private String token(String email) throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.token");
    }
}
