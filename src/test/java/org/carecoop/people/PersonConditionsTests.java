package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.MultiValueMap;

/** A person says which conditions they live with on their profile, if they choose to. */
class PersonConditionsTests extends ProfileTestSupport {

    @Test
    void aPersonSaysWhichConditionsTheyLiveWithAndSeesThemInWords() throws Exception {
        TestAccount nell = account("Nell Gwyn", Role.SUPPORTED_PERSON);
        MultiValueMap<String, String> form = ProfileEditingTests.personForm("Nell Gwyn");
        form.addAll("person.conditions", List.of("PARKINSONS", "DIABETES"));

        mvc.perform(post("/profile/edit").with(as(nell)).with(csrf()).params(form))
                .andExpect(redirectedUrl("/profile"));

        assertThat(people.personProfile(nell.id()).orElseThrow().conditions())
                .containsExactly(Condition.PARKINSONS, Condition.DIABETES);
        mvc.perform(get("/profile").with(as(nell)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Conditions lived with")))
                .andExpect(content().string(containsString("Parkinson&#39;s")));
        mvc.perform(get("/profile/edit").with(as(nell)))
                .andExpect(content()
                        .string(containsString("id=\"person.conditions-3\" name=\"person.conditions\" checked")));
    }

    @Test
    void aConditionThatIsNotOfferedIsRefusedAndNothingIsSaved() throws Exception {
        TestAccount ned = account("Ned Kelly", Role.SUPPORTED_PERSON);
        MultiValueMap<String, String> form = ProfileEditingTests.personForm("Ned Kelly");
        form.add("person.conditions", "HAY_FEVER");

        mvc.perform(post("/profile/edit").with(as(ned)).with(csrf()).params(form))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select only from the options shown")))
                .andExpect(content().string(containsString("href=\"#person.conditions\"")));

        assertThat(people.personProfile(ned.id())).isEmpty();
    }

    @Test
    void aProfileSavedWithoutConditionsHasNone() {
        TestAccount nia = account("Nia Jones", Role.SUPPORTED_PERSON);

        people.savePersonProfile(nia.id(), PersonProfile.empty());

        assertThat(people.personProfile(nia.id()).orElseThrow().conditions()).isEmpty();
    }
}
