package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.carecoop.people.internal.AccountRegistration;
import org.carecoop.support.HttpVisitor;
import org.carecoop.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class SignUpRaceTests extends IntegrationTest {

    @Autowired
    AccountRegistration registration;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    private int accountsWith(String email) {
        return jdbc.sql("select count(*) from people.account where lower(email) = lower(?)")
                .param(email)
                .query(Integer.class)
                .single();
    }

    @Test
    void twoSignUpsRacingForOneAddressMakeOneAccountAndTellTheOtherItIsTaken() throws Exception {
        String email = freshEmail("racer");
        List<HttpVisitor> racers = List.of(visitor(), visitor());
        List<String> tokens = racers.stream().map(r -> r.get("/sign-up").csrf()).toList();
        CyclicBarrier start = new CyclicBarrier(2);

        List<CompletableFuture<HttpVisitor.Page>> answers = List.of(0, 1).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return racers.get(i)
                            .post(
                                    "/sign-up",
                                    Map.of(
                                            "_csrf",
                                            tokens.get(i),
                                            "displayName",
                                            "Racer " + i,
                                            "email",
                                            email,
                                            "password",
                                            "kettle on the hob at six",
                                            "roles",
                                            "WORKER"));
                }))
                .toList();

        List<HttpVisitor.Page> pages =
                answers.stream().map(CompletableFuture::join).toList();
        assertThat(pages).extracting(HttpVisitor.Page::status).containsExactlyInAnyOrder(302, 200);
        HttpVisitor.Page refused =
                pages.stream().filter(p -> p.status() == 200).findFirst().orElseThrow();
        assertThat(refused.body()).contains(html("account.email.taken"));
        assertThat(accountsWith(email)).isEqualTo(1);
    }

    @Test
    void whenBothPassTheCheckTheDatabaseLetsOnlyOneIn() throws Exception {
        String email = freshEmail("photo-finish");
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondWaiting = new CountDownLatch(1);

        // The first sign-up has written its row but not committed when the second one checks.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            registration.signUp(email, "First", "kettle on the hob at six", Set.of(Role.WORKER));
            firstInserted.countDown();
            try {
                secondWaiting.await(10, TimeUnit.SECONDS);
                waitForABlockedInsert();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            secondWaiting.countDown();
            registration.signUp(email, "Second", "kettle on the hob at six", Set.of(Role.WORKER));
        });

        first.get(20, TimeUnit.SECONDS);
        assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS))
                .hasCauseInstanceOf(AccountException.class)
                .cause()
                .hasMessage("account.email.taken");
        assertThat(accountsWith(email)).isEqualTo(1);
        assertThat(people.accountByEmail(email).orElseThrow().displayName()).isEqualTo("First");
    }

    /** Waits until some statement is blocked on a lock (the second insert on the unique index). */
    private void waitForABlockedInsert() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Integer waiting = transactions.execute(
                    tx -> jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                    + " and query like 'insert into people.account %'")
                            .query(Integer.class)
                            .single());
            if (waiting != null && waiting > 0) {
                return;
            }
            Thread.sleep(20);
        }
    }
}
