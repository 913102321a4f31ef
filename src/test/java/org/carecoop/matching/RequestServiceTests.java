package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.matching.internal.MinimumTiers;
import org.carecoop.matching.internal.RequestService;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.TeamsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Who may make, change, close and see a person's support requests, and what each leaves in the log. */
class RequestServiceTests extends IntegrationTest {

    @Autowired
    RequestService requests;

    @Autowired
    MinimumTiers tiers;

    @Autowired
    TeamsApi teams;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePersonMakesChangesAndClosesARequestPlacedAtTheirPostcodeDistrict() {
        Caller person = caller("Rhoda", Role.SUPPORTED_PERSON);
        people.savePersonProfile(person.accountId(), profileAt("HX7 8AE"));

        SupportRequest made = requests.create(person, person.accountId(), draft("Weekend companion"));

        assertThat(made.isOpen()).isTrue();
        assertThat(made.district()).isEqualTo("HX7");
        assertThat(made.place()).isNotNull();
        assertThat(requests.read(person, person.accountId(), made.id())).isEqualTo(made);

        SupportRequest changed = requests.update(person, person.accountId(), made.id(), draft("Weekend walks"));
        assertThat(changed.title()).isEqualTo("Weekend walks");
        assertThat(changed.createdAt()).isEqualTo(made.createdAt());

        SupportRequest closed = requests.close(person, person.accountId(), made.id());
        assertThat(closed.isOpen()).isFalse();
        assertThatThrownBy(() -> requests.update(person, person.accountId(), made.id(), draft("Again")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(actions(person.accountId())).containsExactly("CREATE", "UPDATE", "CLOSE");
    }

    @Test
    void aRequestWithoutAKnownPostcodeHasNoPlaceYet() {
        Caller person = caller("Nell", Role.SUPPORTED_PERSON);

        SupportRequest made = requests.create(person, person.accountId(), draft("Shopping"));

        assertThat(made.place()).isNull();
        assertThat(made.district()).isNull();
        assertThat(requests.knowsWhere(person.accountId())).isFalse();
    }

    @Test
    void openRequestsComeFirstInTheList() {
        Caller person = caller("Olwen", Role.SUPPORTED_PERSON);
        SupportRequest first = requests.create(person, person.accountId(), draft("First"));
        requests.close(person, person.accountId(), first.id());
        SupportRequest second = requests.create(person, person.accountId(), draft("Second"));

        assertThat(requests.list(person, person.accountId()))
                .extracting(SupportRequest::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void aNomineeGrantedPlansAndOutcomesMakesARequestForThePerson() throws Exception {
        Caller person = caller("Priya", Role.SUPPORTED_PERSON);
        formTeam(person);
        Caller nominee = caller("Nadia", Role.FAMILY);
        teams.addMember(person, person.accountId(), nominee.accountId(), MemberRole.NOMINEE);
        teams.grant(person, person.accountId(), nominee.accountId(), Category.PLANS_AND_OUTCOMES, Action.WRITE);

        SupportRequest made = requests.create(nominee, person.accountId(), draft("Evening visits"));

        assertThat(requests.list(nominee, person.accountId()))
                .extracting(SupportRequest::id)
                .contains(made.id());
        assertThat(loggedBy(person.accountId(), nominee.accountId(), "CREATE", "allowed"))
                .isEqualTo(1);
    }

    @Test
    void aCoordinatorActingForThePersonMakesARequestRecordedAsAssisted() {
        Caller person = caller("Queenie", Role.SUPPORTED_PERSON);
        Caller coordinator = caller("Cora", Role.COORDINATOR);
        Caller assisted = new Caller(
                person.accountId(),
                person.displayName(),
                coordinator.accountId(),
                coordinator.displayName(),
                person.roles());

        SupportRequest made = requests.create(assisted, person.accountId(), draft("Help with meals"));
        tiers.set(assisted, person.accountId(), 2);

        assertThat(requests.read(person, person.accountId(), made.id()).title()).isEqualTo("Help with meals");
        assertThat(tiers.of(person.accountId())).isEqualTo(2);
        assertThat(jdbc.sql("""
                        select count(*) from audit.access_log where subject_person_id = ? and actor_id = ?
                            and on_behalf_of = ? and action = 'CREATE' and record_type = 'support_request'""")
                        .params(person.accountId(), coordinator.accountId(), person.accountId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aWorkerOutsideTheTeamIsRefusedAndTheRefusalIsLogged() {
        Caller person = caller("Ruth", Role.SUPPORTED_PERSON);
        SupportRequest made = requests.create(person, person.accountId(), draft("Companion"));
        Caller worker = caller("Wes", Role.WORKER);

        assertThatThrownBy(() -> requests.create(worker, person.accountId(), draft("Not mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.read(worker, person.accountId(), made.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> requests.close(worker, person.accountId(), made.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tiers.set(worker, person.accountId(), 0)).isInstanceOf(AccessDeniedException.class);

        assertThat(requests.list(person, person.accountId())).hasSize(1);
        assertThat(requests.read(person, person.accountId(), made.id()).isOpen())
                .isTrue();
        assertThat(tiers.of(person.accountId())).isEqualTo(MinimumTiers.STANDARD);
        assertThat(loggedBy(person.accountId(), worker.accountId(), "WRITE", "denied"))
                .isEqualTo(3);
        assertThat(loggedBy(person.accountId(), worker.accountId(), "READ", "denied"))
                .isEqualTo(1);
    }

    @Test
    void patFamilyWithoutPlansIsRefusedEricsRequests() {
        UUID eric = people.accountByEmail(demo("eric")).orElseThrow().id();
        var pat = people.accountByEmail(demo("pat")).orElseThrow();
        Caller asPat = new Caller(pat.id(), pat.displayName(), pat.id(), pat.displayName(), Set.of("FAMILY"));
        long before = loggedBy(eric, pat.id(), "READ", "denied");

        assertThatThrownBy(() -> requests.list(asPat, eric)).isInstanceOf(AccessDeniedException.class);

        assertThat(loggedBy(eric, pat.id(), "READ", "denied")).isEqualTo(before + 1);
    }

    @Test
    void aRequestOfAnotherPersonIsNotFoundThroughThisPerson() {
        Caller one = caller("Una", Role.SUPPORTED_PERSON);
        Caller two = caller("Tova", Role.SUPPORTED_PERSON);
        SupportRequest made = requests.create(two, two.accountId(), draft("Tova's"));

        assertThatThrownBy(() -> requests.read(one, one.accountId(), made.id()))
                .isInstanceOf(RequestService.RequestNotFound.class);
        assertThatThrownBy(() -> requests.close(one, one.accountId(), made.id()))
                .isInstanceOf(RequestService.RequestNotFound.class);
        assertThat(requests.read(two, two.accountId(), made.id()).isOpen()).isTrue();
    }

    private RequestDraft draft(String title) {
        return new RequestDraft(
                title,
                "",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.of(List.of(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(16, 0)))),
                6,
                null,
                null,
                Set.of(Skill.COMPANIONSHIP),
                Set.of(OutcomeSought.SOCIAL_CONNECTION),
                List.of("walking"),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(new Preference(PreferenceKind.SKILL, "MEDICATION", Strength.MUST)));
    }

    private static PersonProfile profileAt(String postcode) {
        PersonProfile empty = PersonProfile.empty();
        return new PersonProfile(
                empty.about(),
                empty.needs(),
                empty.needsDetail(),
                empty.conditions(),
                empty.outcomes(),
                empty.interests(),
                empty.preferredWorkerGender(),
                empty.languages(),
                false,
                false,
                "",
                Postcode.of(postcode),
                Set.of(),
                "");
    }

    private Caller caller(String name, Role role) {
        String email = newAccount(name, role);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        return new Caller(id, name, id, name, Set.of(role.name()));
    }

    /** Two workers start regular arrangements with the person, so that their team forms. */
    private void formTeam(Caller person) {
        for (int i = 0; i < 2; i++) {
            Caller worker = caller("Worker", Role.WORKER);
            transactions.executeWithoutResult(status -> events.publishEvent(new ArrangementStarted(
                    UUID.randomUUID(), person.accountId(), worker.accountId(), clock.instant())));
        }
        await().atMost(Duration.ofSeconds(10))
                .until(() -> teams.teamOf(person.accountId()).isPresent());
    }

    private List<String> actions(UUID personId) {
        return jdbc.sql("""
                        select action from audit.access_log where subject_person_id = ? and record_type = 'support_request'
                        order by id""").param(personId).query(String.class).list();
    }

    private long loggedBy(UUID personId, UUID actorId, String action, String outcome) {
        return jdbc.sql("""
                        select count(*) from audit.access_log where subject_person_id = ? and actor_id = ?
                            and action = ? and outcome = ?""")
                .params(personId, actorId, action, outcome)
                .query(Long.class)
                .single();
    }
}
