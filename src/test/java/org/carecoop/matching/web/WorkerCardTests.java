package org.carecoop.matching.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.internal.HardFilter;
import org.carecoop.matching.internal.Match;
import org.carecoop.matching.internal.Requests;
import org.carecoop.matching.internal.Shortlisting;
import org.carecoop.matching.internal.WorkerCard;
import org.carecoop.matching.internal.WorkerCards;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.people.WorkerChanged;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Worker cards follow the people module, and vetting that expires lowers a worker's tier at once. */
class WorkerCardTests extends IntegrationTest {

    @Autowired
    WorkerCards cards;

    @Autowired
    Requests requests;

    @Autowired
    Shortlisting shortlisting;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aChangedWorkerGetsACardFromTheirProfile() throws InterruptedException {
        UUID worker = people.accountByEmail(newAccount("Petra Card", Role.WORKER))
                .orElseThrow()
                .id();
        people.saveWorkerProfile(
                worker,
                new WorkerProfile(
                        "I like walking.",
                        Gender.WOMAN,
                        Set.of(Skill.GETTING_OUT, Skill.MEALS),
                        "",
                        7,
                        Set.of(Condition.STROKE),
                        List.of("walking", "chess"),
                        List.of("English", "Polish"),
                        EmploymentBasis.SELF_EMPLOYED,
                        Postcode.of("HX7 6AD"),
                        12,
                        Money.ofPence(1750),
                        true));
        transactions.executeWithoutResult(status -> events.publishEvent(new WorkerChanged(worker)));

        Optional<WorkerCard> card = Optional.empty();
        for (int i = 0; i < 200 && card.map(c -> c.home() == null).orElse(true); i++) {
            Thread.sleep(50);
            card = cards.find(worker);
        }
        assertThat(card).isPresent();
        WorkerCard c = card.get();
        assertThat(c.home()).as("located from the postcode").isNotNull();
        assertThat(c.district()).isEqualTo("HX7");
        assertThat(c.kind()).isEqualTo(WorkerCard.Kind.WORKER);
        assertThat(c.skills()).containsExactlyInAnyOrder(Skill.GETTING_OUT, Skill.MEALS);
        assertThat(c.conditions()).containsExactly(Condition.STROKE);
        assertThat(c.interests()).containsExactly("walking", "chess");
        assertThat(c.languages()).containsExactly("english", "polish");
        assertThat(c.travelRadiusKm()).isEqualTo(12);
        assertThat(c.experienceYears()).isEqualTo(7);
        assertThat(c.drives()).isTrue();
        assertThat(c.gender()).isEqualTo(Gender.WOMAN);
        assertThat(c.hourlyRatePence()).isEqualTo(1750);
        assertThat(c.firstName()).isEqualTo("Petra");
    }

    @Test
    void aWorkersNewNameReachesTheirCard() throws InterruptedException {
        UUID worker = people.accountByEmail(newAccount("Rhoda Before", Role.WORKER))
                .orElseThrow()
                .id();

        people.changeContact(worker, "Rhona After", "");

        Optional<WorkerCard> card = Optional.empty();
        for (int i = 0;
                i < 200 && card.map(c -> !c.displayName().equals("Rhona After")).orElse(true);
                i++) {
            Thread.sleep(50);
            card = cards.find(worker);
        }
        assertThat(card.map(WorkerCard::displayName)).contains("Rhona After");
    }

    @Test
    void checksThatExpireTodayStillCountButNotTomorrow() {
        MatchingFixture f = new MatchingFixture(people, cards, requests, Instant.now(clock), LocalDate.now(clock));
        WorkerCard suited = cards.find(f.suited).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        cards.save(
                new WorkerCard(
                        suited.workerId(),
                        suited.displayName(),
                        suited.kind(),
                        suited.home(),
                        suited.district(),
                        suited.travelRadiusKm(),
                        suited.drives(),
                        suited.gender(),
                        suited.experienceYears(),
                        suited.skills(),
                        suited.conditions(),
                        suited.interests(),
                        suited.languages(),
                        suited.availability(),
                        new VettingTiers(today, null),
                        suited.hourlyRatePence()),
                clock.instant());

        assertThat(shortlisting.bestWorkers(f.request, 20))
                .extracting(Match::id)
                .containsExactly(f.suited);

        try (TestClock.Moved tomorrow = clock.advance(Duration.ofDays(1))) {
            assertThat(shortlisting.bestWorkers(f.request, 20)).isEmpty();
            assertThat(shortlisting.shortlist(f.request, 20).leftOut()).containsEntry(HardFilter.TIER, 1);
        }
    }
}
