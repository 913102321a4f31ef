package org.carecoop.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.support.IntegrationTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContextManager;

/**
 * Random worker cards written to PostgreSQL and shortlisted through the real query and scoring: no
 * shortlist ever holds a worker who breaks a hard filter, and the SQL narrowing never drops one who
 * passes them all. The filters are checked here by a predicate of this test's own, not by the code
 * under test. Each try is placed somewhere of its own on the globe, so other tests' cards are far
 * away.
 */
class ShortlistProperties {

    /** The context of {@link IntegrationTest}, as its subclasses get it. */
    static class SharedContext extends IntegrationTest {}

    private Shortlisting shortlisting;
    private WorkerCards cards;
    private JdbcClient jdbc;
    private Clock clock;
    private UUID personWithConditions;
    private UUID personWithout;

    @BeforeProperty
    void context() throws Exception {
        ApplicationContext context =
                new TestContextManager(SharedContext.class).getTestContext().getApplicationContext();
        shortlisting = context.getBean(Shortlisting.class);
        cards = context.getBean(WorkerCards.class);
        jdbc = context.getBean(JdbcClient.class);
        clock = context.getBean(Clock.class);
        var people = context.getBean(org.carecoop.people.PeopleApi.class);
        personWithConditions = people.createAccount(
                IntegrationTest.freshEmail("shortlisted"),
                "Stella Props",
                IntegrationTest.PASSWORD,
                Set.of(Role.SUPPORTED_PERSON));
        PersonProfile empty = PersonProfile.empty();
        people.savePersonProfile(
                personWithConditions,
                new PersonProfile(
                        empty.about(),
                        empty.needs(),
                        empty.needsDetail(),
                        Set.of(Condition.STROKE, Condition.DEMENTIA, Condition.DIABETES),
                        empty.outcomes(),
                        empty.interests(),
                        empty.preferredWorkerGender(),
                        empty.languages(),
                        false,
                        false,
                        "",
                        null,
                        Set.of(),
                        ""));
        personWithout = people.createAccount(
                IntegrationTest.freshEmail("shortlisted"),
                "Sid Props",
                IntegrationTest.PASSWORD,
                Set.of(Role.SUPPORTED_PERSON));
    }

    /** One try: a place, a person's settings, a request and the cards around it. */
    record Scenario(
            GeoPoint centre,
            boolean withConditions,
            int minimumTier,
            SupportRequest request,
            List<WorkerCard> cards,
            Set<Integer> excludedByPerson,
            Set<Integer> excludedByWorker,
            Set<Integer> currentWorkers) {}

    @Provide
    Arbitrary<Scenario> scenarios() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        Arbitrary<GeoPoint> centre = Combinators.combine(
                        Arbitraries.integers().between(-55_000, 60_000),
                        Arbitraries.integers().between(-170_000, 170_000))
                .as((lat, lon) -> new GeoPoint(lat / 1000.0, lon / 1000.0));
        return centre.flatMap(c -> Combinators.combine(
                        Arbitraries.of(true, false),
                        Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(3, 1), Tuple.of(1, 2)),
                        MatchingArbitraries.request(UUID.randomUUID(), c),
                        MatchingArbitraries.card(c, today).list().ofMinSize(5).ofMaxSize(40),
                        Arbitraries.integers().between(0, 39).set().ofMaxSize(3),
                        Arbitraries.integers().between(0, 39).set().ofMaxSize(3),
                        Arbitraries.integers().between(0, 39).set().ofMaxSize(2))
                .as((withConditions, tier, request, list, byPerson, byWorker, current) ->
                        new Scenario(c, withConditions, tier, request, list, byPerson, byWorker, current)));
    }

    @Property(tries = 60)
    void aShortlistHoldsExactlyTheWorkersWhoPassEveryHardFilter(@ForAll("scenarios") Scenario s) {
        UUID person = s.withConditions() ? personWithConditions : personWithout;
        SupportRequest request = forPerson(s.request(), person);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        cards.saveAll(s.cards(), now);
        jdbc.sql("""
                        insert into matching.person_setting (person_id, minimum_tier, updated_by, updated_at)
                        values (?, ?, ?, ?) on conflict (person_id) do update set minimum_tier = excluded.minimum_tier""")
                .params(person, s.minimumTier(), person, Timestamp.from(now))
                .update();
        Set<UUID> excluded = new HashSet<>();
        exclude(s.excludedByPerson(), s.cards(), person, "person", excluded, now);
        exclude(s.excludedByWorker(), s.cards(), person, "worker", excluded, now);
        for (int i : s.currentWorkers()) {
            if (i < s.cards().size()) {
                jdbc.sql("""
                                insert into matching.arrangement (id, person_id, worker_id, started_at)
                                values (?, ?, ?, ?)""")
                        .params(UUID.randomUUID(), person, s.cards().get(i).workerId(), Timestamp.from(now))
                        .update();
            }
        }
        Set<Condition> personConditions =
                s.withConditions() ? Set.of(Condition.STROKE, Condition.DEMENTIA, Condition.DIABETES) : Set.of();

        List<Match> shortlist = shortlisting.bestWorkers(request, 10_000);

        Map<UUID, WorkerCard> ours =
                s.cards().stream().collect(Collectors.toMap(WorkerCard::workerId, Function.identity()));
        for (Match m : shortlist) {
            WorkerCard card = ours.containsKey(m.id())
                    ? ours.get(m.id())
                    : cards.find(m.id()).orElseThrow();
            assertThat(passes(request, card, s.minimumTier(), excluded, personConditions, today))
                    .as("shortlisted %s breaks no hard filter", card)
                    .isTrue();
        }
        Set<UUID> expected = new HashSet<>();
        for (WorkerCard card : s.cards()) {
            if (passes(request, card, s.minimumTier(), excluded, personConditions, today)) {
                expected.add(card.workerId());
            }
        }
        Statistics.label("passing").collect(expected.isEmpty() ? "none" : "some");
        Statistics.label("passing").coverage(coverage -> coverage.check("some").percentage(p -> p >= 25));
        Set<UUID> shortlisted = shortlist.stream().map(Match::id).collect(Collectors.toSet());
        shortlisted.retainAll(ours.keySet());
        assertThat(shortlisted).as("the workers who pass every hard filter").isEqualTo(expected);
        for (int i = 1; i < shortlist.size(); i++) {
            assertThat(shortlist.get(i).scores().total())
                    .as("best first")
                    .isLessThanOrEqualTo(shortlist.get(i - 1).scores().total());
        }
    }

    /** The hard filters of CH3, written out again independently of the code under test. */
    static boolean passes(
            SupportRequest r,
            WorkerCard c,
            int minimumTier,
            Set<UUID> excluded,
            Set<Condition> personConditions,
            LocalDate today) {
        if (c.home() == null || r.place() == null || c.workerId().equals(r.personId())) {
            return false;
        }
        if (c.home().distanceKm(r.place()) > c.travelRadiusKm()) {
            return false;
        }
        int tier = c.tiers().tierTwoUntil() != null && !today.isAfter(c.tiers().tierTwoUntil())
                ? 2
                : c.tiers().tierOneUntil() != null && !today.isAfter(c.tiers().tierOneUntil()) ? 1 : 0;
        if (tier < minimumTier || excluded.contains(c.workerId())) {
            return false;
        }
        boolean peer = c.kind() == WorkerCard.Kind.PEER_SUPPORTER || c.skills().contains(Skill.PEER_SUPPORT);
        if (r.prefers() == SupportRequest.Prefers.PEER_SUPPORTER) {
            if (!peer || c.conditions().stream().noneMatch(personConditions::contains)) {
                return false;
            }
        } else if (c.kind() == WorkerCard.Kind.PEER_SUPPORTER) {
            return false;
        }
        for (Preference p : r.preferences()) {
            if (p.strength() != SupportRequest.Strength.MUST) {
                continue;
            }
            boolean met = switch (p.kind()) {
                case SKILL -> c.skills().contains(Skill.valueOf(p.value()));
                case GENDER -> c.gender() == Gender.valueOf(p.value());
                case LANGUAGE -> c.languages().contains(p.value().toLowerCase(Locale.UK));
                case DRIVES -> c.drives();
                case CONDITION_EXPERIENCE -> c.conditions().contains(Condition.valueOf(p.value()));
            };
            if (!met) {
                return false;
            }
        }
        return c.availability().overlapHours(r.times()) >= r.hoursWanted();
    }

    private void exclude(
            Set<Integer> indexes, List<WorkerCard> list, UUID person, String side, Set<UUID> excluded, Instant now) {
        for (int i : indexes) {
            if (i < list.size()) {
                UUID worker = list.get(i).workerId();
                jdbc.sql("""
                                insert into matching.exclusion (person_id, worker_id, side, created_by, created_at)
                                values (?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(person, worker, side, side.equals("person") ? person : worker, Timestamp.from(now))
                        .update();
                excluded.add(worker);
            }
        }
    }

    private static SupportRequest forPerson(SupportRequest r, UUID person) {
        return new SupportRequest(
                r.id(),
                person,
                r.status(),
                r.title(),
                r.details(),
                r.kind(),
                r.times(),
                r.hoursWanted(),
                r.oneOffStart(),
                r.oneOffEnd(),
                r.tasks(),
                r.outcomes(),
                r.interests(),
                r.prefers(),
                r.sharedWithWorkers(),
                r.preferences(),
                r.place(),
                r.district(),
                r.createdAt());
    }
}
