package org.carecoop.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.support.TestClock.Moved;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitDayTestSupport;
import org.carecoop.visits.VisitMissed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The missed-visit alert: raised once per visit, 30 minutes after the start with nobody checked in,
 * also when two app instances check at the same moment. Events are counted from every thread (the
 * scheduled check may be the one that raises it while the clock is moved), so each test asks only
 * that its own visit was raised exactly once. In the visits module's internal package to call the
 * check the scheduled job calls.
 */
class MissedVisitCheckTests extends VisitDayTestSupport {

    @Autowired
    ApplicationEventMulticaster multicaster;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MissedVisitCheck checker;

    final List<VisitMissed> missed = new CopyOnWriteArrayList<>();

    final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof VisitMissed m) {
            missed.add(m);
        }
    };

    @BeforeEach
    void listen() {
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(listener);
    }

    @Test
    void aVisitNobodyCheckedInToIsReportedOnceThirtyMinutesAfterItsStart() throws Exception {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Caller amy = newCaller("Amy", Role.WORKER);
        Caller bob = newCaller("Bob", Role.WORKER);
        Instant start = inDays(12, "07:00");
        UUID visit = visit(nora, start, amy.accountId(), bob.accountId());
        Caller cy = newCaller("Cy", Role.WORKER);
        UUID attended = visit(personAt("Olive", "HX7 8AE", ""), start, cy.accountId());

        try (Moved at = clock.freezeAt(plus(start, 29))) {
            checker.raiseDue();
            assertThat(of(visit)).isEmpty();
        }
        try (Moved at = clock.freezeAt(plus(start, 30))) {
            day.checkIn(cy, attended, plus(start, 5), null);
            checker.raiseDue();
            checker.raiseDue();
        }
        try (Moved at = clock.freezeAt(plus(start, 45))) {
            checker.raiseDue();
        }
        assertThat(of(visit))
                .singleElement()
                .isEqualTo(new VisitMissed(visit, nora, List.of(amy.accountId(), bob.accountId()), start));
        assertThat(of(attended)).as("checked in").isEmpty();
        assertThat(day.alerts(coordinator()))
                .anySatisfy(a -> {
                    assertThat(a.visitId()).isEqualTo(visit);
                    assertThat(a.kind()).isEqualTo(VisitDayApi.Alert.Kind.MISSED);
                })
                .noneSatisfy(a -> assertThat(a.visitId()).isEqualTo(attended));
    }

    @Test
    void twoInstancesCheckingAtTheSameMomentReportAVisitOnce() throws Exception {
        UUID nora = personAt("Nora", "OL14 5AB", "");
        Instant start = inDays(13, "07:00");
        List<UUID> visitIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            visitIds.add(visit(
                    nora,
                    plus(start, i * 60),
                    newCaller("Worker" + i, Role.WORKER).accountId()));
        }
        int threads = 4;
        CyclicBarrier barrier = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (Moved at = clock.freezeAt(plus(start, 5 * 60))) {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                runs.add(pool.submit(() -> {
                    barrier.await();
                    checker.raiseDue();
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        for (UUID visit : visitIds) {
            assertThat(of(visit)).as("visit %s", visit).hasSize(1);
            assertThat(jdbc.sql("select count(*) from visits.missed_visit where visit_id = ?")
                            .param(visit)
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    private List<VisitMissed> of(UUID visit) {
        return missed.stream().filter(m -> m.visitId().equals(visit)).toList();
    }
}
