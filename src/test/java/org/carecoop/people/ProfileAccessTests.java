package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.carecoop.audit.AuditEntry;
import org.carecoop.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;
import org.springframework.security.web.authentication.switchuser.SwitchUserGrantedAuthority;

class ProfileAccessTests extends ProfileTestSupport {

    @Autowired
    AuditLog audit;

    @Test
    void aCoordinatorSeesAPersonsProfileOnlyAfterBreakingTheGlassAndThePersonSeesBoth() throws Exception {
        TestAccount olive = account("Olive Sugden", Role.SUPPORTED_PERSON);

        mvc.perform(get("/people/" + olive.id() + "/profile").with(as(demo("coordinator"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + olive.id() + "/break-glass")
                        .with(as(demo("coordinator")))
                        .with(csrf())
                        .param("reason", "Olive's daughter rang: no answer at the door"))
                .andExpect(redirectedUrl("/people/" + olive.id() + "/profile"));
        mvc.perform(get("/people/" + olive.id() + "/profile").with(as(demo("coordinator"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Profile of Olive Sugden")))
                .andExpect(content().string(not(containsString(">Change<"))));

        AuditEntry entry = audit.aboutPerson(olive.id(), 10).get(0);
        assertThat(entry.action()).isEqualTo("READ");
        assertThat(entry.recordType()).isEqualTo("profile_and_contact");
        assertThat(entry.actorId()).isEqualTo(demoId("coordinator"));
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.ALLOWED);
        assertThat(entry.detail()).isEqualTo("break_glass");

        mvc.perform(get("/profile/views").with(as(olive)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rachel Moss")))
                .andExpect(content().string(containsString("Looked at your profile")))
                .andExpect(content().string(containsString("Opened your records in an emergency")))
                .andExpect(content().string(containsString("Allowed")))
                .andExpect(content().string(containsString("Refused")));
    }

    @Test
    void aWorkerCannotSeeAPersonsProfileAndTheRefusalIsRecordedAndShown() throws Exception {
        TestAccount olive = account("Olive Sugden", Role.SUPPORTED_PERSON);

        mvc.perform(get("/people/" + olive.id() + "/profile").with(as(demo("ben"))))
                .andExpect(status().isForbidden());

        assertThat(auditCount(olive.id(), "READ", "denied")).isEqualTo(1);
        AuditEntry entry = audit.aboutPerson(olive.id(), 10).get(0);
        assertThat(entry.actorId()).isEqualTo(demoId("ben"));
        assertThat(entry.outcome()).isEqualTo(AuditEntry.Outcome.DENIED);
        assertThat(entry.recordType()).isEqualTo("profile_and_contact");
        assertThat(entry.detail()).isEqualTo("not_in_team");

        mvc.perform(get("/profile/views").with(as(olive)))
                .andExpect(content().string(containsString("Ben Crowther")))
                .andExpect(content().string(containsString("Refused")));
    }

    @Test
    void anotherPersonOrAWorkerCannotSeeEachOthersProfilesEither() throws Exception {
        mvc.perform(get("/people/" + demoId("eric") + "/profile").with(as(demo("linda"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + demoId("ben") + "/profile").with(as(demo("amina"))))
                .andExpect(status().isForbidden());
        // Whether an account exists is not given away to someone who may not see it.
        mvc.perform(get("/people/" + UUID.randomUUID() + "/profile").with(as(demo("amina"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void readingOnesOwnProfileIsNotRecordedButAnUnknownAccountIsNotFoundForACoordinator() throws Exception {
        TestAccount olive = account("Olive Sugden", Role.SUPPORTED_PERSON);

        mvc.perform(get("/profile").with(as(olive))).andExpect(status().isOk());
        mvc.perform(get("/people/" + olive.id() + "/profile").with(as(olive)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Change<")));

        assertThat(audit.aboutPerson(olive.id(), 10)).isEmpty();
        mvc.perform(get("/profile/views").with(as(olive)))
                .andExpect(content().string(containsString("Nobody else has looked at your profile yet")));

        mvc.perform(get("/people/" + UUID.randomUUID() + "/profile").with(as(demo("coordinator"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/not-an-id/profile").with(as(demo("coordinator"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorReadingAProfileOnThePersonsBehalfIsRecordedAsOnTheirBehalf() throws Exception {
        TestAccount olive = account("Olive Sugden", Role.SUPPORTED_PERSON);

        mvc.perform(get("/profile").with(authentication(actingFor(demo("coordinator"), olive.email()))))
                .andExpect(status().isOk());

        AuditEntry entry = audit.aboutPerson(olive.id(), 10).get(0);
        assertThat(entry.action()).isEqualTo("VIEW");
        assertThat(entry.actorId()).isEqualTo(demoId("coordinator"));
        assertThat(entry.onBehalfOf()).isEqualTo(olive.id());

        mvc.perform(get("/profile/views").with(as(olive)))
                .andExpect(content().string(containsString("Rachel Moss")))
                .andExpect(content().string(containsString("on your behalf")));
    }

    @Test
    void aCoordinatorChangingAProfileOnThePersonsBehalfIsRecordedAsDoneByThemForThePerson() throws Exception {
        TestAccount olive = account("Olive Sugden", Role.SUPPORTED_PERSON);

        mvc.perform(post("/profile/edit")
                        .with(authentication(actingFor(demo("coordinator"), olive.email())))
                        .with(csrf())
                        .params(ProfileEditingTests.personForm("Olive Sugden")))
                .andExpect(redirectedUrl("/profile"));

        assertThat(people.personProfile(olive.id())).isPresent();
        List<AuditEntry> entries = audit.aboutPerson(olive.id(), 10);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).action()).isEqualTo("UPDATE");
        assertThat(entries.get(0).actorId()).isEqualTo(demoId("coordinator"));
        assertThat(entries.get(0).onBehalfOf()).isEqualTo(olive.id());
    }

    @Test
    void theProfileLinkIsInTheNavigationForEveryone() throws Exception {
        for (String name : List.of("eric", "ben", "pat", "drshah", "coordinator")) {
            mvc.perform(get("/dashboard").with(as(demo(name))))
                    .andExpect(content().string(containsString("href=\"/profile\"")));
        }
    }

    /** What assisted mode's switch produces: the person's identity, with the co-ordinator's as its source. */
    private Authentication actingFor(String coordinatorEmail, String personEmail) {
        UserDetails coordinator = userDetails.loadUserByUsername(coordinatorEmail);
        Authentication original =
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities());
        UserDetails person = userDetails.loadUserByUsername(personEmail);
        List<GrantedAuthority> authorities = new ArrayList<>(person.getAuthorities());
        authorities.add(new SwitchUserGrantedAuthority(SwitchUserFilter.ROLE_PREVIOUS_ADMINISTRATOR, original));
        return UsernamePasswordAuthenticationToken.authenticated(person, null, authorities);
    }
}
