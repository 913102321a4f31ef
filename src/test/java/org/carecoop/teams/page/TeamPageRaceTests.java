package org.carecoop.teams.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.carecoop.people.Role;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.page.TeamFixtures.Account;
import org.carecoop.teams.page.TeamFixtures.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two requests at the same moment: a double click on "well done" counts once, and of two practitioners
 * answering the same question exactly one answer is saved. Each race starts both sides together from
 * a latch and is run several times.
 */
class TeamPageRaceTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    TeamPage page;

    @Autowired
    AskAnExpert experts;

    @Autowired
    JdbcClient jdbc;

    static Scenario team;

    ExecutorService pool;

    @BeforeEach
    void setUp() {
        if (team == null) {
            team = new TeamFixtures(context).scenario();
        }
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @RepeatedTest(5)
    void twoWellDonesAtOnceFromOneAccountCountOnce() throws Exception {
        Viewer vera = page.admitToAdd(team.vera().caller(), team.personId());
        UUID celebration = page.celebrate(vera, "I made my own lunch today");
        Viewer tomasz = page.admitToAdd(team.tomasz().caller(), team.personId());

        List<TeamPage.WellDone> outcomes =
                race(() -> page.wellDone(tomasz, celebration), () -> page.wellDone(tomasz, celebration));

        assertThat(outcomes).containsExactlyInAnyOrder(TeamPage.WellDone.SAID, TeamPage.WellDone.ALREADY_SAID);
        assertThat(jdbc.sql("select count(*) from teams.well_done where celebration_id = ?")
                        .param(celebration)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @RepeatedTest(5)
    void ofTwoPractitionersAnsweringAtOnceExactlyOneAnswerIsSaved() throws Exception {
        TeamFixtures fixtures = new TeamFixtures(context);
        Account first = fixtures.account("Zed First", Role.HEALTH_PROFESSIONAL);
        Account second = fixtures.account("Zed Second", Role.HEALTH_PROFESSIONAL);
        UUID question = page.askExpert(
                page.admitToAdd(team.tessa().caller(), team.personId()), "Is it safe for Vera to swim again?");

        List<AskAnExpert.Outcome> outcomes = race(
                () -> experts.answer(first.caller(), question, "Yes, with someone beside him."),
                () -> experts.answer(second.caller(), question, "Ask her GP first."));

        assertThat(outcomes)
                .containsExactlyInAnyOrder(AskAnExpert.Outcome.ANSWERED, AskAnExpert.Outcome.ALREADY_ANSWERED);
        UUID winner = outcomes.get(0) == AskAnExpert.Outcome.ANSWERED ? first.id() : second.id();
        String winningAnswer = winner.equals(first.id()) ? "Yes, with someone beside him." : "Ask her GP first.";
        assertThat(jdbc.sql("select answered_by, answer from teams.expert_question where id = ?")
                        .param(question)
                        .query((rs, row) -> List.of(rs.getObject(1, UUID.class), rs.getString(2)))
                        .single())
                .containsExactly(winner, winningAnswer);
    }

    /** Runs both at once, released together, and returns their results in order. */
    private <T> List<T> race(Callable<T> one, Callable<T> other) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        Future<T> a = pool.submit(() -> {
            ready.countDown();
            go.await();
            return one.call();
        });
        Future<T> b = pool.submit(() -> {
            ready.countDown();
            go.await();
            return other.call();
        });
        assertThat(ready.await(5, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        return List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
    }
}
