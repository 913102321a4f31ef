package org.carecoop.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.carecoop.people.Condition;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.teams.MemberRole;
import org.junit.jupiter.api.Test;

/** Who belongs to which peer page: automatically from teams, profiles and home, and by choice. */
class PeerMembershipTests extends PeerTestSupport {

    @Test
    void workersJoinThePagesOfTheConditionsOfThePeopleTheySupportWithoutAnyoneBeingToldWhose() throws Exception {
        Account person = personLivingWith("Norah", Condition.PARKINSONS);
        Account priya = worker("Priya", null, Set.of(), Set.of());
        Account rhys = worker("Rhys", null, Set.of(), Set.of());
        formTeam(person, priya, rhys);

        String overview = read(priya, "/peers");
        assertThat(overview).contains("href=\"/peers/conditions/parkinsons\"", "Through your work or where you live");
        read(rhys, "/peers");

        String page = read(priya, "/peers/conditions/parkinsons");
        assertThat(page).contains("Write a post", priya.name(), rhys.name()).doesNotContain(person.name());
        assertThat(page).as("nothing says why a member is there").doesNotContain("Regular arrangement");
        assertThat(conditionReads(person, priya))
                .as("each time Priya's pages were worked out, the person's log says so")
                .isEqualTo(2);
        assertThat(read(person, "/profile/views"))
                .contains(priya.name(), "Used the conditions you live with to choose their peer support pages");
    }

    @Test
    void familyAndProfessionalsInATeamDoNotJoinItsPersonsConditionPages() throws Exception {
        Account person = personLivingWith("Olive", Condition.MULTIPLE_SCLEROSIS);
        formTeam(person, worker("Wyn", null, Set.of(), Set.of()), worker("Zac", null, Set.of(), Set.of()));
        Account daughter = account("Daughter", Role.FAMILY, Role.VOLUNTEER);
        teams.addMember(person.caller(), person.id(), daughter.id(), MemberRole.FAMILY_OR_FRIEND);

        assertThat(yourPages(daughter)).isEmpty();
        assertThat(read(daughter, "/peers/conditions/multiple-sclerosis")).contains("Join this page");
        assertThat(conditionReads(person, daughter)).isZero();
    }

    @Test
    void aWorkerJoinsTheirHomeDistrictAndTheConditionsTheirProfileNamesAndFollowsItWhenItChanges() throws Exception {
        Account worker = worker("Tomasz", "OL14 5AB", Set.of(Condition.AUTISM), Set.of(Skill.DEMENTIA_CARE));

        read(worker, "/peers");
        assertThat(yourPages(worker))
                .contains("/peers/areas/OL14", "/peers/conditions/autism", "/peers/conditions/dementia")
                .doesNotContain("/peers/conditions/stroke");

        people.saveWorkerProfile(worker.id(), workerProfile("HX6 1AB", Set.of(Condition.STROKE), Set.of()));
        read(worker, "/peers");
        assertThat(yourPages(worker))
                .contains("/peers/areas/HX6", "/peers/conditions/stroke")
                .doesNotContain("/peers/areas/OL14", "/peers/conditions/autism", "/peers/conditions/dementia");
    }

    @Test
    void peopleWhoDoNotWorkJoinNothingByThemselvesButAnyoneCanJoinAndLeaveAnyPage() throws Exception {
        Account eric = personLivingWith("Ernest", Condition.STROKE);

        read(eric, "/peers");
        assertThat(yourPages(eric)).isEmpty();
        assertThat(read(eric, "/peers/conditions/stroke"))
                .contains("Join this page", "Only members see what is shared here")
                .doesNotContain("Write a post");

        assertThat(submit(eric, "/peers/conditions/stroke/join", Map.of()).getRedirectedUrl())
                .isEqualTo("/peers/conditions/stroke");
        assertThat(read(eric, "/peers/conditions/stroke")).contains("Write a post", "You joined this page.");
        assertThat(yourPages(eric)).containsExactly("/peers/conditions/stroke");

        assertThat(submit(eric, "/peers/conditions/stroke/leave", Map.of()).getRedirectedUrl())
                .isEqualTo("/peers");
        assertThat(read(eric, "/peers/conditions/stroke")).contains("You left this page");
        assertThat(yourPages(eric)).isEmpty();
    }

    @Test
    void leavingAPageOneBelongsToAutomaticallyKeepsOneOutUntilOneJoinsAgain() throws Exception {
        Account worker = worker("Ines", "HX2 6AB", Set.of(), Set.of());
        read(worker, "/peers");
        assertThat(yourPages(worker)).contains("/peers/areas/HX2");

        submit(worker, "/peers/areas/HX2/leave", Map.of());
        assertThat(read(worker, "/peers/areas/HX2")).contains("Join this page");
        read(worker, "/peers");
        assertThat(yourPages(worker)).doesNotContain("/peers/areas/HX2");

        submit(worker, "/peers/areas/HX2/join", Map.of());
        assertThat(yourPages(worker)).contains("/peers/areas/HX2");
    }

    @Test
    void anAreaPageIsJoinedByPostcodeOrDistrictInAnyCase() throws Exception {
        Account someone = account("Visitor", Role.FAMILY);

        assertThat(submit(someone, "/peers/areas", Map.of("place", "hx7 8ad")).getRedirectedUrl())
                .isEqualTo("/peers/areas/HX7");
        assertThat(submit(someone, "/peers/areas", Map.of("place", " ol14 ")).getRedirectedUrl())
                .isEqualTo("/peers/areas/OL14");
        assertThat(yourPages(someone)).contains("/peers/areas/HX7", "/peers/areas/OL14");

        String refused = submit(someone, "/peers/areas", Map.of("place", "Hebden Bridge"))
                .getContentAsString();
        assertThat(refused).contains("Enter a postcode like HX7 8AD or a postcode district like HX7");
    }

    @Test
    void aNonMemberSeesOnlyTheNameAndAJoinButtonAndIsRefusedEverythingElse() throws Exception {
        Account member = worker("Maud", "HX3 0AB", Set.of(), Set.of());
        read(member, "/peers");
        submit(member, "/peers/areas/HX3/posts", Map.of("message", "Members only, this"));
        Account outsider = account("Outsider", Role.WORKER);

        String page = read(outsider, "/peers/areas/HX3");
        assertThat(page).contains("HX3 area", "Join this page").doesNotContain("Members only, this", member.name());
        assertThat(submit(outsider, "/peers/areas/HX3/posts", Map.of("message", "Let me in"))
                        .getStatus())
                .isEqualTo(403);
        assertThat(open(outsider, "/peers/areas/HX3/meet-ups/new").getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/peers/areas/HX3")
                                .with(as(outsider.email()))
                                .header("HX-Request", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the polled region")
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from peers.post where body = 'Let me in'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void unknownConditionsAndMalformedDistrictsAreNotFound() throws Exception {
        Account someone = account("Wanderer", Role.WORKER);
        for (String path : new String[] {
            "/peers/conditions/flu",
            "/peers/conditions/DEMENTIA",
            "/peers/areas/hx7",
            "/peers/areas/HX7I",
            "/peers/areas/Q1",
            "/peers/areas/HX78AD",
            "/peers/hobbies/HX7",
            "/peers/areas/HX7/posts/not-an-id"
        }) {
            assertThat(open(someone, path).getStatus()).as(path).isEqualTo(404);
        }
    }

    /** The addresses listed under "Your pages" on the account's overview. */
    private List<String> yourPages(Account account) throws Exception {
        String page = read(account, "/peers");
        int start = page.indexOf("id=\"your-pages\"");
        if (start < 0) {
            return List.of();
        }
        String list = page.substring(start, page.indexOf("</ul>", start));
        return Pattern.compile("href=\"([^\"]+)\"")
                .matcher(list)
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}
