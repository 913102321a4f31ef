package org.carecoop.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.carecoop.matching.internal.Arrangements;
import org.carecoop.matching.internal.Introduction;
import org.carecoop.matching.internal.IntroductionException;
import org.carecoop.matching.internal.IntroductionState.Decision;
import org.carecoop.matching.internal.IntroductionState.Status;
import org.carecoop.matching.internal.Introductions;
import org.carecoop.matching.internal.Requests;
import org.carecoop.people.Role;
import org.carecoop.platform.security.Caller;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.platform.time.WeeklyPattern.Window;
import org.carecoop.support.IntegrationTest;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** Introductions on the real database, from invitation to arrangement and back, with exclusions. */
class IntroductionFlowTests extends IntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    Introductions introductions;

    @Autowired
    Arrangements arrangements;

    @Autowired
    MatchingApi matching;

    @Autowired
    Requests requests;

    @Autowired
    TeamsApi teams;

    @Autowired
    VisitsApi visits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void inviteAcceptTrialBothContinueThenEndKeepsTheTeamInStep() {
        Caller person = account("Iris", Role.SUPPORTED_PERSON);
        Caller regular = account("Reg", Role.WORKER);
        Caller worker = account("Wanda", Role.WORKER);
        matching.recordArrangement(VisitsApi.SYSTEM, person.accountId(), regular.accountId(), clock.instant());
        UUID request = request(person.accountId());

        UUID id = introductions.invite(person, person.accountId(), request, worker.accountId());
        introductions.respond(worker, id, true);
        Instant start = clock.instant().plus(Duration.ofDays(3));
        introductions.arrangeTrial(person, id, start, start.plus(Duration.ofHours(1)));

        List<Visit> schedule = visits.schedule(person.accountId(), start, start.plus(Duration.ofHours(1)));
        assertThat(schedule).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VisitStatus.BOOKED);
            assertThat(v.workers()).extracting(Visit.Worker::id).containsExactly(worker.accountId());
        });

        try (var moved = clock.advance(Duration.ofDays(3).plusMinutes(30))) {
            assertThat(introductions.decide(worker, id, Decision.CONTINUE).status())
                    .isEqualTo(Status.TRIAL_ARRANGED);
            assertThat(introductions.decide(person, id, Decision.CONTINUE).status())
                    .isEqualTo(Status.CONTINUING);
            assertThat(matching.activeArrangements(person.accountId()))
                    .extracting(Arrangement::workerId)
                    .containsExactlyInAnyOrder(regular.accountId(), worker.accountId());
            awaitWorkers(person, Set.of(regular.accountId(), worker.accountId()));

            Arrangement arrangement = arrangements
                    .activeBetween(person.accountId(), worker.accountId())
                    .orElseThrow();
            arrangements.end(worker, arrangement.id(), false);
            assertThat(matching.activeArrangements(person.accountId()))
                    .extracting(Arrangement::workerId)
                    .containsExactly(regular.accountId());
            await().atMost(PATIENCE)
                    .until(() -> teams.teamOf(person.accountId())
                            .map(t -> t.members().stream()
                                    .noneMatch(m -> m.accountId().equals(worker.accountId())))
                            .orElse(false));
        }
        assertThat(matching.arrangementsOfWorker(worker.accountId()))
                .singleElement()
                .satisfies(a -> assertThat(a.active()).isFalse());
    }

    @Test
    void movingTheTrialCancelsTheEarlierVisitAndAClashIsRefusedWithNothingChanged() {
        Caller person = account("Ivy", Role.SUPPORTED_PERSON);
        Caller other = account("Olga", Role.SUPPORTED_PERSON);
        Caller worker = account("Walt", Role.WORKER);
        UUID id = introductions.invite(person, person.accountId(), request(person.accountId()), worker.accountId());
        introductions.respond(worker, id, true);
        Instant first = clock.instant().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        introductions.arrangeTrial(worker, id, first, first.plus(Duration.ofHours(1)));
        Instant busy = first.plus(Duration.ofDays(1));
        visits.book(VisitsApi.SYSTEM, other.accountId(), List.of(worker.accountId()), busy, busy.plusSeconds(3600));

        assertThatThrownBy(() -> introductions.arrangeTrial(person, id, busy.plusSeconds(600), busy.plusSeconds(4200)))
                .isInstanceOf(org.carecoop.visits.VisitClash.class);
        // The earlier visit was cancelled to make room, then booked again at its time when the move failed.
        assertThat(introductions.find(id).orElseThrow().state().trialStart()).isEqualTo(first);
        List<Visit> atFirst = visits.schedule(person.accountId(), first, first.plusSeconds(3600));
        assertThat(atFirst)
                .extracting(Visit::status)
                .containsExactlyInAnyOrder(VisitStatus.CANCELLED, VisitStatus.BOOKED);
        assertThat(introductions.find(id).orElseThrow().trialVisitId())
                .isEqualTo(atFirst.stream()
                        .filter(v -> v.status() == VisitStatus.BOOKED)
                        .findFirst()
                        .orElseThrow()
                        .id());

        Instant second = first.plus(Duration.ofDays(2));
        introductions.arrangeTrial(person, id, second, second.plus(Duration.ofHours(1)));
        assertThat(visits.schedule(person.accountId(), first, second.plus(Duration.ofHours(1))))
                .extracting(Visit::status)
                .containsExactlyInAnyOrder(VisitStatus.CANCELLED, VisitStatus.CANCELLED, VisitStatus.BOOKED);
        assertThat(visits.schedule(person.accountId(), second, second.plus(Duration.ofHours(1))))
                .extracting(Visit::status)
                .containsExactly(VisitStatus.BOOKED);
    }

    @Test
    void aTrialMovedToATimeOverlappingItselfIsNotAClashWithItsOwnVisit() {
        Caller person = account("Iona", Role.SUPPORTED_PERSON);
        Caller worker = account("Wilf", Role.WORKER);
        UUID id = introductions.invite(person, person.accountId(), request(person.accountId()), worker.accountId());
        introductions.respond(worker, id, true);
        Instant first = clock.instant().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.MINUTES);
        introductions.arrangeTrial(person, id, first, first.plus(Duration.ofHours(1)));

        Instant later = first.plus(Duration.ofMinutes(30));
        introductions.arrangeTrial(worker, id, later, later.plus(Duration.ofHours(1)));

        Introduction moved = introductions.find(id).orElseThrow();
        assertThat(moved.state().trialStart()).isEqualTo(later);
        List<Visit> schedule = visits.schedule(person.accountId(), first, later.plus(Duration.ofHours(1)));
        assertThat(schedule).extracting(Visit::status).containsExactly(VisitStatus.CANCELLED, VisitStatus.BOOKED);
        assertThat(schedule.get(1).start()).isEqualTo(later);
        assertThat(moved.trialVisitId()).isEqualTo(schedule.get(1).id());
    }

    @Test
    void anExclusionBlocksALaterInvitationAndTakesTheWorkerOutOfTheBackupPool() {
        Caller person = account("Isla", Role.SUPPORTED_PERSON);
        Caller worker = account("Will", Role.WORKER);
        matching.recordArrangement(VisitsApi.SYSTEM, person.accountId(), worker.accountId(), clock.instant());
        matching.inviteToBackupPool(person, person.accountId(), worker.accountId());
        matching.answerBackupInvitation(worker, person.accountId(), true);
        assertThat(matching.backupPool(person.accountId())).containsExactly(worker.accountId());

        Arrangement arrangement =
                matching.activeArrangements(person.accountId()).get(0);
        arrangements.end(person, arrangement.id(), true);

        assertThat(matching.excludedWorkers(person.accountId())).containsExactly(worker.accountId());
        assertThat(matching.backupPool(person.accountId())).isEmpty();
        assertThatThrownBy(() -> introductions.invite(
                        person, person.accountId(), request(person.accountId()), worker.accountId()))
                .isInstanceOf(IntroductionException.class)
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(IntroductionException.Reason.EXCLUDED);
    }

    @Test
    void aSecondLiveInvitationAndStrangersAreRefused() {
        Caller person = account("Ina", Role.SUPPORTED_PERSON);
        Caller worker = account("Wes", Role.WORKER);
        Caller stranger = account("Sid", Role.WORKER);
        UUID request = request(person.accountId());
        UUID id = introductions.invite(person, person.accountId(), request, worker.accountId());
        assertThatThrownBy(() -> introductions.invite(person, person.accountId(), request, worker.accountId()))
                .extracting(e -> ((IntroductionException) e).reason())
                .isEqualTo(IntroductionException.Reason.LIVE_INTRODUCTION);
        assertThatThrownBy(() -> introductions.invite(stranger, person.accountId(), request, worker.accountId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> introductions.respond(stranger, id, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> introductions.respond(person, id, true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        matching.recordArrangement(person, person.accountId(), worker.accountId(), clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void twoSidesDecidingAtTheSameMomentMakeExactlyOneArrangement() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int run = 0; run < 15; run++) {
                Caller person = account("Ida", Role.SUPPORTED_PERSON);
                Caller worker = account("Wyn", Role.WORKER);
                UUID id = introductions.invite(
                        person, person.accountId(), request(person.accountId()), worker.accountId());
                introductions.respond(worker, id, true);
                Instant start = clock.instant().plus(Duration.ofDays(5)).plusSeconds(run * 7200L);
                introductions.arrangeTrial(person, id, start, start.plusSeconds(3600));
                try (var moved = clock.advance(Duration.ofDays(5).plusSeconds(run * 7200L + 60))) {
                    List<Callable<Status>> both = List.of(
                            () -> introductions
                                    .decide(person, id, Decision.CONTINUE)
                                    .status(),
                            () -> introductions
                                    .decide(worker, id, Decision.CONTINUE)
                                    .status());
                    List<Status> outcomes = new ArrayList<>();
                    for (Future<Status> f : pool.invokeAll(both)) {
                        outcomes.add(f.get());
                    }
                    assertThat(outcomes).containsExactlyInAnyOrder(Status.TRIAL_ARRANGED, Status.CONTINUING);
                }
                assertThat(jdbc.sql("select count(*) from matching.arrangement where person_id = ?")
                                .param(person.accountId())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1L);
                assertThat(introductions.find(id).orElseThrow().state().status())
                        .isEqualTo(Status.CONTINUING);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void awaitWorkers(Caller person, Set<UUID> expected) {
        await().atMost(PATIENCE)
                .until(() -> teams.teamOf(person.accountId())
                        .map(t -> t.members().stream()
                                .filter(m -> m.role() == org.carecoop.teams.MemberRole.WORKER)
                                .map(Team.Member::accountId)
                                .collect(Collectors.toSet())
                                .equals(expected))
                        .orElse(false));
    }

    private Caller account(String name, Role role) {
        String email = newAccount(name, role);
        UUID id = people.accountByEmail(email).orElseThrow().id();
        return new Caller(id, name, id, name, Set.of(role.name()));
    }

    private UUID request(UUID personId) {
        SupportRequest request = new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Companion to meet",
                "",
                SupportRequest.Kind.WEEKLY,
                WeeklyPattern.of(List.of(new Window(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)))),
                2,
                null,
                null,
                Set.of(),
                Set.of(),
                List.of(),
                SupportRequest.Prefers.WORKER,
                true,
                List.of(),
                null,
                "HX7",
                clock.instant());
        requests.insert(request, personId, personId);
        return request.id();
    }
}
