package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.carecoop.matching.internal.Requests;
import org.carecoop.matching.internal.WorkerCards;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A worker finds a request near them and says they are interested; the person sees it on the shortlist. */
class MatchingJourneyTests extends BrowserTest {

    @Autowired
    WorkerCards cards;

    @Autowired
    Requests requests;

    @Test
    void aWorkerSaysTheyAreInterestedAndThePersonSeesItOnTheirShortlist() {
        MatchingFixture f = new MatchingFixture(people, cards, requests, Instant.now(clock), LocalDate.now(clock));
        people.savePersonProfile(
                f.person,
                new PersonProfile(
                        "I like a walk by the canal.",
                        Set.of(Need.GETTING_OUT),
                        "",
                        Set.of(),
                        Set.of(OutcomeSought.SOCIAL_CONNECTION),
                        List.of("walking"),
                        GenderPreference.NO_PREFERENCE,
                        List.of("English"),
                        false,
                        false,
                        "",
                        Postcode.of("HX7 8AD"),
                        Set.of(),
                        ""));
        String personFirstName = f.personName.split(" ")[0];

        signInAs(f.suitedEmail, PASSWORD);
        click("Requests near you");
        assertThat(heading()).isEqualTo("Requests near you");
        assertThat(texts(".carecoop-near-me h2")).containsExactly(f.request.title());
        click("Read " + personFirstName + "'s request");
        assertThat(heading()).isEqualTo(f.request.title());
        assertThat(texts(".carecoop-reasons li")).contains("Also enjoys walking");

        click("I'm interested");
        assertThat(errorSummary()).containsExactly("Confirm that you could help at these times");
        assertThat(errorSummaryTargets()).containsExactly("#confirm");
        choose("I could help at these times");
        click("I'm interested");
        assertThat(successMessage())
                .isEqualTo("Thank you. " + personFirstName + " can now see that you are interested.");
        signOut();

        signInAs(f.personEmail, PASSWORD);
        open("/people/" + f.person + "/requests/" + f.request.id() + "/shortlist");
        assertThat(heading()).isEqualTo("Who could help");
        assertThat(texts(".carecoop-candidate__name")).containsExactly(f.suitedFirstName);
        assertThat(texts(".carecoop-interested")).containsExactly("Said they are interested");
        assertThat(texts(".carecoop-candidate button")).containsExactly("Invite " + f.suitedFirstName + " to meet");
        assertThat(texts(".carecoop-left-out li"))
                .contains("1 worker was not shown because they are not free enough at those times");
    }
}
