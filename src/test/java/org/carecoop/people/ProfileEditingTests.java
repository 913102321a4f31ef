package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.carecoop.people.internal.ProfileChange;
import org.carecoop.people.internal.ProfileEditing;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.carecoop.platform.security.Caller;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class ProfileEditingTests extends ProfileTestSupport {

    @Autowired
    ProfileEditing editing;

    static MultiValueMap<String, String> personForm(String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("displayName", name);
        form.add("phone", "01422 845 999");
        form.add("person.about", "I keep bees on the hill above Heptonstall.\r\nI like an early start.");
        form.addAll("person.needs", List.of("PERSONAL_CARE", "SHOPPING"));
        form.add("_person.needs", "on");
        form.add("person.needsDetail", "Help with a shower twice a week.");
        form.addAll("person.outcomes", List.of("INDEPENDENCE"));
        form.add("person.interests", " Bee-keeping,  Brass   Bands, walking, brass bands ,");
        form.add("person.preferredWorkerGender", "WOMAN");
        form.add("person.languages", "english, british sign language");
        form.add("person.phoneBeforeVisit", "true");
        form.add("_person.phoneBeforeVisit", "on");
        form.add("_person.photoBeforeFirstVisit", "on");
        form.add("person.safetyNotes", "The dog is friendly.");
        form.add("person.postcode", "hx7 7zz");
        form.addAll("person.timesWanted", List.of("MORNINGS", "WEEKENDS"));
        form.add("person.timesDetail", "Before 9am.");
        return form;
    }

    static MultiValueMap<String, String> workerForm(String name) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("displayName", name);
        form.add("phone", "");
        form.add("worker.bio", "Ten years in home care.");
        form.add("worker.gender", "WOMAN");
        form.addAll("worker.skills", List.of("PERSONAL_CARE", "DRIVING"));
        form.add("worker.qualifications", "Level 3 Diploma");
        form.add("worker.experienceYears", " 10 ");
        form.addAll("worker.conditions", List.of("DEMENTIA"));
        form.add("worker.interests", "Fell running");
        form.add("worker.languages", "English, Polish");
        form.add("worker.employmentBasis", "MINIMUM_HOURS");
        form.add("worker.postcode", "OL14 5AB");
        form.add("worker.travelRadiusKm", "12");
        form.add("worker.hourlyRate", "£15.50");
        form.add("worker.drives", "true");
        return form;
    }

    @Test
    void aPersonFillsInTheirProfileAndSeesItSummarisedInWords() throws Exception {
        TestAccount nora = account("Nora Batty", Role.SUPPORTED_PERSON);

        mvc.perform(post("/profile/edit").with(as(nora)).with(csrf()).params(personForm("Nora B")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/profile"));

        PersonProfile saved = people.personProfile(nora.id()).orElseThrow();
        assertThat(saved.about()).isEqualTo("I keep bees on the hill above Heptonstall.\nI like an early start.");
        assertThat(saved.needs()).containsExactly(Need.PERSONAL_CARE, Need.SHOPPING);
        assertThat(saved.interests()).containsExactly("bee-keeping", "brass bands", "walking");
        assertThat(saved.languages()).containsExactly("English", "British sign language");
        assertThat(saved.preferredWorkerGender()).isEqualTo(GenderPreference.WOMAN);
        assertThat(saved.phoneBeforeVisit()).isTrue();
        assertThat(saved.photoBeforeFirstVisit()).isFalse();
        assertThat(saved.postcode()).isEqualTo(Postcode.of("HX7 7ZZ"));
        assertThat(saved.timesWanted()).containsExactly(SupportTime.MORNINGS, SupportTime.WEEKENDS);
        assertThat(jdbc.sql("select latitude from people.person_profile where account_id = ?")
                        .param(nora.id())
                        .query(Double.class)
                        .single())
                .as("located at the Heptonstall sector centre")
                .isEqualTo(53.7470);
        assertThat(people.account(nora.id()).orElseThrow().displayName()).isEqualTo("Nora B");
        assertThat(auditCount(nora.id(), "UPDATE", "allowed")).isEqualTo(1);

        mvc.perform(get("/profile").with(as(nora)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("Personal care, like washing, dressing and using the toilet")))
                .andExpect(content().string(containsString("HX7 7ZZ (near Heptonstall)")))
                .andExpect(content().string(containsString("bee-keeping")))
                .andExpect(content().string(containsString("Phone me before each visit")))
                .andExpect(content().string(containsString("01422 845 999")))
                .andExpect(content().string(not(containsString("You and your work"))));
        assertThat(auditCount(nora.id(), "VIEW", "allowed"))
                .as("reading one's own profile is not recorded")
                .isZero();
    }

    @Test
    void aWorkerFillsInTheirProfileWithTheRateInPence() throws Exception {
        TestAccount wendy = account("Wendy Pratt", Role.WORKER);

        mvc.perform(post("/profile/edit").with(as(wendy)).with(csrf()).params(workerForm("Wendy Pratt")))
                .andExpect(redirectedUrl("/profile"));

        WorkerProfile saved = people.workerProfile(wendy.id()).orElseThrow();
        assertThat(saved.hourlyRate()).isEqualTo(Money.ofPence(1550));
        assertThat(saved.experienceYears()).isEqualTo(10);
        assertThat(saved.travelRadiusKm()).isEqualTo(12);
        assertThat(saved.skills()).containsExactly(Skill.PERSONAL_CARE, Skill.DRIVING);
        assertThat(saved.employmentBasis()).isEqualTo(EmploymentBasis.MINIMUM_HOURS);
        assertThat(saved.drives()).isTrue();
        assertThat(people.personProfile(wendy.id()))
                .as("no person section for a worker")
                .isEmpty();
        assertThat(jdbc.sql("select hourly_rate_pence from people.worker_profile where account_id = ?")
                        .param(wendy.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1550);

        mvc.perform(get("/profile/edit").with(as(wendy)))
                .andExpect(content().string(containsString("value=\"15.50\"")))
                .andExpect(content().string(not(containsString("The support you want"))));
        mvc.perform(get("/profile").with(as(wendy)))
                .andExpect(content().string(containsString("£15.50")))
                .andExpect(content().string(containsString("12 km")))
                .andExpect(content().string(containsString("10 years")));
    }

    static Stream<Arguments> badPersonInput() {
        return Stream.of(
                Arguments.of("displayName", "", "Enter your name"),
                Arguments.of("displayName", "N".repeat(101), "Your name must be 100 characters or fewer"),
                Arguments.of("displayName", "<script>alert(1)</script>", "Use plain text only"),
                Arguments.of("phone", "ring me", "Enter a phone number using only numbers"),
                Arguments.of("phone", "0".repeat(31), "Phone number must be 30 characters or fewer"),
                Arguments.of("person.about", "a".repeat(2001), "About you must be 2,000 characters or fewer"),
                Arguments.of("person.about", "<b>bold</b>", "Use plain text only"),
                Arguments.of("person.needsDetail", "a".repeat(2001), "More about the support you need must be 2,000"),
                Arguments.of("person.safetyNotes", "a".repeat(1001), "What helps you feel safe must be 1,000"),
                Arguments.of("person.timesDetail", "a".repeat(1001), "More about when must be 1,000"),
                Arguments.of("person.needs", "FLYING_LESSONS", "Select only from the options shown"),
                Arguments.of("person.outcomes", "WORLD_PEACE", "Select only from the options shown"),
                Arguments.of("person.timesWanted", "TEATIME", "Select only from the options shown"),
                Arguments.of("person.preferredWorkerGender", "ROBOT", "Select only from the options shown"),
                Arguments.of(
                        "person.interests", "a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u", "List up to 20 interests"),
                Arguments.of("person.interests", "x".repeat(41), "Each interest must be 40 characters or fewer"),
                Arguments.of("person.interests", "a".repeat(1001), "Interests must be 1,000 characters or fewer"),
                Arguments.of("person.languages", "a,b,c,d,e,f,g,h,i,j,k", "List up to 10 languages"),
                Arguments.of("person.languages", "javascript:alert(1)", "Use plain text only"),
                Arguments.of("person.postcode", "HX7", "Enter a full UK postcode, like HX7 8AD"),
                Arguments.of("person.postcode", "SW1A 1AA", "We cannot find that postcode"),
                Arguments.of("person.phoneBeforeVisit", "perhaps", "Tick the box or leave it empty"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badPersonInput")
    void badInputOnThePersonFormIsRefusedWithItsOwnMessageAndNothingIsSaved(String field, String value, String message)
            throws Exception {
        TestAccount person = account("Compo Simmonite", Role.SUPPORTED_PERSON);
        mvc.perform(post("/profile/edit").with(as(person)).with(csrf()).params(personForm("Compo Simmonite")))
                .andExpect(redirectedUrl("/profile"));
        PersonProfile before = people.personProfile(person.id()).orElseThrow();

        MultiValueMap<String, String> changed = personForm("Someone Else");
        changed.set("person.about", "Everything else changed too.");
        changed.set(field, value);
        mvc.perform(post("/profile/edit").with(as(person)).with(csrf()).params(changed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")));

        assertThat(people.personProfile(person.id())).contains(before);
        assertThat(people.account(person.id()).orElseThrow().displayName()).isEqualTo("Compo Simmonite");
        assertThat(auditCount(person.id(), "UPDATE", "allowed")).isEqualTo(1);
    }

    static Stream<Arguments> badWorkerInput() {
        return Stream.of(
                Arguments.of("worker.bio", "a".repeat(2001), "About you must be 2,000 characters or fewer"),
                Arguments.of("worker.qualifications", "a".repeat(2001), "Qualifications and training must be 2,000"),
                Arguments.of("worker.qualifications", "<img src=x>", "Use plain text only"),
                Arguments.of("worker.gender", "SOMETIMES", "Select only from the options shown"),
                Arguments.of("worker.skills", "JUGGLING", "Select only from the options shown"),
                Arguments.of("worker.conditions", "HICCUPS", "Select only from the options shown"),
                Arguments.of("worker.employmentBasis", "ZERO_HOURS", "Select only from the options shown"),
                Arguments.of("worker.experienceYears", "", "Enter your years of experience, or 0"),
                Arguments.of("worker.experienceYears", "lots", "Enter your years of experience as a whole number"),
                Arguments.of("worker.experienceYears", "2.5", "Enter your years of experience as a whole number"),
                Arguments.of("worker.experienceYears", "71", "Years of experience must be between 0 and 70"),
                Arguments.of("worker.experienceYears", "-1", "Years of experience must be between 0 and 70"),
                Arguments.of("worker.travelRadiusKm", "0", "must be between 1 and 100 kilometres"),
                Arguments.of("worker.travelRadiusKm", "99999999999", "whole number of kilometres"),
                Arguments.of("worker.travelRadiusKm", "ten", "whole number of kilometres"),
                Arguments.of("worker.hourlyRate", "", "Enter your hourly rate"),
                Arguments.of("worker.hourlyRate", "a fair wage", "Enter your hourly rate in pounds and pence"),
                Arguments.of("worker.hourlyRate", "-1", "Your hourly rate cannot be less than £0"),
                Arguments.of("worker.hourlyRate", "15.505", "Enter your hourly rate to the nearest penny"),
                Arguments.of("worker.hourlyRate", "1000.01", "Your hourly rate must be £1,000 or less"),
                Arguments.of("worker.postcode", "OL14", "Enter a full UK postcode"),
                Arguments.of("worker.postcode", "EH1 1YZ", "We cannot find that postcode"),
                Arguments.of("worker.drives", "often", "Tick the box or leave it empty"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("badWorkerInput")
    void badInputOnTheWorkerFormIsRefusedWithItsOwnMessageAndNothingIsSaved(String field, String value, String message)
            throws Exception {
        TestAccount worker = account("Howard Sibshaw", Role.WORKER);
        mvc.perform(post("/profile/edit").with(as(worker)).with(csrf()).params(workerForm("Howard Sibshaw")))
                .andExpect(redirectedUrl("/profile"));
        WorkerProfile before = people.workerProfile(worker.id()).orElseThrow();

        MultiValueMap<String, String> changed = workerForm("Someone Else");
        changed.set("worker.bio", "Everything else changed too.");
        changed.set(field, value);
        mvc.perform(post("/profile/edit").with(as(worker)).with(csrf()).params(changed))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("href=\"#" + field + "\"")));

        assertThat(people.workerProfile(worker.id())).contains(before);
        assertThat(people.account(worker.id()).orElseThrow().displayName()).isEqualTo("Howard Sibshaw");
    }

    @Test
    void aSectionTheAccountDoesNotHaveIsIgnoredEvenIfPosted() throws Exception {
        TestAccount person = account("Ivy Unsworth", Role.SUPPORTED_PERSON);
        MultiValueMap<String, String> form = personForm("Ivy Unsworth");
        form.setAll(Map.of("worker.bio", "Not a worker", "worker.hourlyRate", "not even a number"));

        mvc.perform(post("/profile/edit").with(as(person)).with(csrf()).params(form))
                .andExpect(redirectedUrl("/profile"));

        assertThat(people.workerProfile(person.id())).isEmpty();
    }

    @Test
    void whenAPostcodeCannotBeLocatedTheServiceSavesNothingAtAll() {
        TestAccount both = account("Wally Batty", Role.SUPPORTED_PERSON, Role.WORKER);
        Caller caller =
                new Caller(both.id(), "Wally Batty", both.id(), "Wally Batty", Set.of("SUPPORTED_PERSON", "WORKER"));
        WorkerProfile worker = new WorkerProfile(
                "",
                Gender.MAN,
                Set.of(),
                "",
                1,
                Set.of(),
                List.of(),
                List.of(),
                EmploymentBasis.SELF_EMPLOYED,
                Postcode.of("EH1 1YZ"),
                5,
                Money.ofPence(1200),
                false);

        assertThatThrownBy(() -> editing.change(
                        caller, new ProfileChange("Walter Batty", "01422 000000", PersonProfile.empty(), worker)))
                .isInstanceOfSatisfying(
                        ProfileException.class, e -> assertThat(e.field()).isEqualTo("worker.postcode"));

        assertThat(people.account(both.id()).orElseThrow().displayName()).isEqualTo("Wally Batty");
        assertThat(people.personProfile(both.id())).isEmpty();
        assertThat(people.workerProfile(both.id())).isEmpty();
    }

    @Test
    void theEditFormShowsTheSectionsForTheAccountsRoles() throws Exception {
        TestAccount family = account("Pearl Sibshaw", Role.FAMILY);
        mvc.perform(get("/profile/edit").with(as(family)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Contact details")))
                .andExpect(content().string(not(containsString("The support you want"))))
                .andExpect(content().string(not(containsString("You and your work"))));

        TestAccount both = account("Barry Wood", Role.SUPPORTED_PERSON, Role.PEER_SUPPORTER);
        mvc.perform(get("/profile/edit").with(as(both)))
                .andExpect(content().string(containsString("The support you want")))
                .andExpect(content().string(containsString("You and your work")));
    }
}
