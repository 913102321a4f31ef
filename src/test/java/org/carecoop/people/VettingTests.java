package org.carecoop.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.carecoop.people.internal.VettingWarnings;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.support.IntegrationTest;
import org.carecoop.support.TestClock;
import org.carecoop.support.TestMail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Vetting evidence and availability on real PostgreSQL, and the once-only expiry warnings. */
@RecordApplicationEvents
class VettingTests extends IntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    VettingWarnings warnings;

    private UUID coordinator() {
        return people.accountByEmail(demo("coordinator")).orElseThrow().id();
    }

    private UUID worker(String email) {
        return people.accountByEmail(email).orElseThrow().id();
    }

    private void tierOne(UUID worker, LocalDate dbsRenewal) {
        LocalDate today = LocalDate.now(clock);
        UUID by = coordinator();
        people.recordVettingEvidence(worker, by, VettingEvidence.of(VettingItem.IDENTITY, today, null, "Passport"));
        people.recordVettingEvidence(
                worker, by, VettingEvidence.dbs(today, "001234567890", today.minusYears(1), true, dbsRenewal));
        people.recordVettingEvidence(worker, by, VettingEvidence.qualifications(today, "Level 3 Diploma", null));
        people.recordVettingEvidence(worker, by, VettingEvidence.reference(today, "Ann Jones", "Former employer"));
        people.recordVettingEvidence(worker, by, VettingEvidence.reference(today, "Bob Smith", "Neighbour"));
    }

    @Test
    void recordedEvidenceGivesTheTierAndEachChangeAnnouncesTheWorker() {
        UUID worker = worker(newAccount("TiaTier", Role.WORKER));
        LocalDate renewal = LocalDate.now(clock).plusYears(2);

        tierOne(worker, renewal);

        assertThat(people.vettingTiers(worker)).isEqualTo(new VettingTiers(renewal, null));
        assertThat(events.stream(WorkerChanged.class).filter(e -> e.workerId().equals(worker)))
                .hasSize(5);
        assertThat(people.hasVettingEvidence(worker)).isTrue();
    }

    @Test
    void evidenceIsAppendOnlyInTheDatabase() {
        UUID worker = worker(newAccount("AdaAppend", Role.WORKER));
        UUID id = people.recordVettingEvidence(
                worker, coordinator(), VettingEvidence.of(VettingItem.IDENTITY, LocalDate.now(clock), null, ""));

        assertThatThrownBy(() -> jdbc.sql("update people.vetting_evidence set details = 'changed' where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from people.vetting_evidence where id = ?")
                        .param(id)
                        .update())
                .hasMessageContaining("append-only");
    }

    @Test
    void badEvidenceIsRefusedAndNothingIsSaved() {
        UUID worker = worker(newAccount("BeaBad", Role.WORKER));
        LocalDate today = LocalDate.now(clock);

        assertThatThrownBy(() -> people.recordVettingEvidence(
                        worker, coordinator(), VettingEvidence.dbs(today, "123", today, true, today.plusYears(1))))
                .isInstanceOf(VettingException.class);
        assertThat(people.hasVettingEvidence(worker)).isFalse();
    }

    @Test
    void availabilityIsKeptAndAnnounced() {
        UUID worker = worker(newAccount("SolSaturday", Role.VOLUNTEER));
        WeeklyPattern saturdays = WeeklyPattern.of(List.of(new WeeklyPattern.Window(
                java.time.DayOfWeek.SATURDAY, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0))));

        people.saveWorkerAvailability(worker, saturdays);

        assertThat(people.workerAvailability(worker)).isEqualTo(saturdays);
        assertThat(events.stream(WorkerChanged.class).filter(e -> e.workerId().equals(worker)))
                .hasSize(1);
    }

    @Test
    void aWorkerIsWarnedOnceAheadOfExpiryAndOnceWhenExpired() {
        // A co-ordinator whose address the mail sender cannot read stops nobody else's warnings.
        newAccount("Unreadable Address", Role.COORDINATOR);
        String email = newAccount("WesWarned", Role.WORKER);
        UUID worker = worker(email);
        tierOne(worker, LocalDate.now(clock).plusDays(45));

        warnings.sendDue();
        assertThat(TestMail.to(email)).isEmpty();

        try (TestClock.Moved ahead = clock.advance(Duration.ofDays(20))) {
            warnings.sendDue();
            warnings.sendDue();
            assertThat(subjects(email)).singleElement().asString().contains("expires on");
            assertThat(people.vettingTiers(worker).tierOn(LocalDate.now(clock))).isEqualTo(1);
        }
        try (TestClock.Moved expired = clock.advance(Duration.ofDays(50))) {
            warnings.sendDue();
            warnings.sendDue();
            assertThat(subjects(email)).hasSize(2).last().asString().contains("expired on");
            assertThat(people.vettingTiers(worker).tierOn(LocalDate.now(clock))).isZero();
        }
        assertThat(TestMail.to(demo("coordinator")).stream().filter(m -> body(m).contains(worker.toString())))
                .hasSize(2);
    }

    @Test
    void twoInstancesRunningTheJobAtOnceSendEachWarningOnce() throws Exception {
        String email = newAccount("RaeRace", Role.WORKER);
        UUID worker = worker(email);
        tierOne(worker, LocalDate.now(clock).plusDays(10));
        CyclicBarrier start = new CyclicBarrier(2);

        List<CompletableFuture<Integer>> runs = List.of(
                CompletableFuture.supplyAsync(() -> runAfter(start)),
                CompletableFuture.supplyAsync(() -> runAfter(start)));
        for (CompletableFuture<Integer> run : runs) {
            run.get();
        }

        assertThat(TestMail.to(email)).hasSize(1);
        assertThat(jdbc.sql("""
                        select count(*) from people.vetting_warning_sent s join people.vetting_evidence e
                        on e.id = s.evidence_id where e.worker_id = ?""").param(worker).query(Long.class).single()).isEqualTo(1);
    }

    private int runAfter(CyclicBarrier start) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return warnings.sendDue();
    }

    private static List<String> subjects(String email) {
        return TestMail.to(email).stream()
                .map(m -> {
                    try {
                        return m.getSubject();
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
