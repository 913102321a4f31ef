package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carecoop.planning.internal.solver.Problems.pinned;
import static org.carecoop.planning.internal.solver.Problems.shift;
import static org.carecoop.planning.internal.solver.Problems.strict;
import static org.carecoop.planning.internal.solver.Problems.visit;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import org.carecoop.planning.PlanChecker;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The ruin-and-recreate move as the only local search move, in full assert mode: Timefold recomputes
 * the score from scratch after every move and every undo and fails on any difference, so these tests
 * prove that the move tells the score director of every change, undoes exactly and gives the same plan
 * when it is done again for the step.
 */
class RuinAndRecreateMoveTests {

    @BeforeAll
    static void quietLogs() {
        Problems.quietSolverLogs();
    }

    private static RoutePlan solveWithRuinAndRecreateOnly(PlanningProblem problem, int steps) {
        RoutePlan model = TimefoldPlanner.model(problem);
        TimefoldPlanner.placePinned(model);
        SolverConfig config = new SolverConfig(SolverSettings.config(true, EnvironmentMode.FULL_ASSERT))
                .withPhaseList(List.of(
                        new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                        .withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(10))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))
                                .withTerminationConfig(new TerminationConfig()
                                        .withStepCountLimit(steps)
                                        .withSpentLimit(Duration.ofSeconds(20)))));
        return SolverFactory.<RoutePlan>create(config).buildSolver().solve(model);
    }

    /** The factory only reads the working plan from its score director. */
    @SuppressWarnings("unchecked")
    private static ScoreDirector<RoutePlan> workingOn(RoutePlan plan) {
        return (ScoreDirector<RoutePlan>) Proxy.newProxyInstance(
                ScoreDirector.class.getClassLoader(), new Class<?>[] {ScoreDirector.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getWorkingSolution")) {
                        return plan;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Two of the street's visits are pinned, one of them a part of a double-up. */
    private static PlanningProblem busyStreetWithPins() {
        PlanningProblem street = Problems.busyStreet();
        List<Visit> visits = new ArrayList<>();
        for (Visit visit : street.visits()) {
            visits.add(
                    switch (visit.id()) {
                        case "v3" -> pinned(visit, "s2");
                        case "g1a" -> pinned(visit, "s1");
                        default -> visit;
                    });
        }
        return Problems.problem(street.shifts(), visits, street.weights());
    }

    @Test
    void movesUndoExactlyAndScoresMatchScoresRecomputedFromScratch() {
        PlanningProblem problem = Problems.busyStreet();

        RoutePlan solved = solveWithRuinAndRecreateOnly(problem, 400);

        assertThat(solved.unassigned()).isZero();
        assertThat(solved.score()).isNotNull();
        assertThat(solved.score().hardScore()).isZero();
        assertThat(PlanChecker.check(problem, TimefoldPlanner.plan(problem, solved))
                        .violations())
                .isEmpty();
    }

    /** Without synchronised parts and with only the costs the estimate knows, visits go back unscored. */
    @Test
    void visitsPlacedByTheEstimateAloneKeepTheScoreRight() {
        List<Visit> visits = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            visits.add(strict(visit("v" + i, 1 + i % 9, 30L * (i % 5), 30L * (i % 5) + 400)));
        }
        PlanningProblem problem = Problems.problem(
                List.of(shift("s1", "ann"), shift("s2", "bob"), shift("s3", "cat")),
                visits,
                new Weights(100, 1, 1, 0, 0, 0, 0, 0, 0));

        RoutePlan solved = solveWithRuinAndRecreateOnly(problem, 400);

        assertThat(solved.unassigned()).isZero();
        assertThat(solved.score().hardScore()).isZero();
        assertThat(PlanChecker.check(problem, TimefoldPlanner.plan(problem, solved))
                        .violations())
                .isEmpty();
    }

    @Test
    void pinnedVisitsStayOnTheirShifts() {
        PlanningProblem problem = busyStreetWithPins();

        RoutePlan solved = solveWithRuinAndRecreateOnly(problem, 300);

        for (PlanningVisit visit : solved.visits()) {
            String pinned = visit.visit().pinnedShiftId();
            if (pinned != null) {
                assertThat(visit.assignedShift().id()).as(visit.id()).isEqualTo(pinned);
            }
        }
        assertThat(solved.score().hardScore()).isZero();
    }

    @Test
    void ruinsTakeWholeGroupsNearTheSeedAndNeverAPinnedVisit() {
        PlanningProblem problem = busyStreetWithPins();
        RoutePlan solved = solveWithRuinAndRecreateOnly(problem, 50);
        RuinAndRecreateMoveFactory.Neighbours neighbours = RuinAndRecreateMoveFactory.Neighbours.of(solved.visits());
        Random random = new Random(3);
        int nonEmpty = 0;

        for (int k = 0; k < 500; k++) {
            List<PlanningVisit> removed = RuinAndRecreateMoveFactory.ruin(solved, neighbours, random);

            Set<PlanningVisit> out = Collections.newSetFromMap(new IdentityHashMap<>());
            out.addAll(removed);
            assertThat(out).hasSameSizeAs(removed);
            assertThat(removed.size()).isLessThanOrEqualTo(4 + 1);
            for (int at = 0; at < removed.size(); at++) {
                PlanningVisit visit = removed.get(at);
                assertThat(visit.visit().pinnedShiftId()).isNull();
                assertThat(visit.assigned()).isTrue();
                List<PlanningVisit> group = visit.syncGroup();
                if (group != null) {
                    assertThat(out)
                            .as("every part of " + visit.id() + "'s group")
                            .containsAll(group);
                    int first = removed.indexOf(group.get(0));
                    assertThat(removed.subList(first, first + group.size()))
                            .as("the parts go back together in group order")
                            .containsExactlyElementsOf(group);
                }
            }
            nonEmpty += removed.isEmpty() ? 0 : 1;
        }
        assertThat(nonEmpty).isGreaterThan(400);
    }

    @Test
    void inOriginalOrderEachMovableVisitSeedsOneMoveAndTheSamePlanGivesTheSameMoves() {
        RoutePlan solved = solveWithRuinAndRecreateOnly(busyStreetWithPins(), 50);
        ScoreDirector<RoutePlan> director = workingOn(solved);
        RuinAndRecreateMoveFactory factory = new RuinAndRecreateMoveFactory();
        factory.phaseStarted(director);

        List<List<Object>> first = new ArrayList<>();
        factory.createOriginalMoveIterator(director)
                .forEachRemaining(move -> first.add(List.copyOf(move.getPlanningEntities())));
        List<List<Object>> again = new ArrayList<>();
        factory.createOriginalMoveIterator(director)
                .forEachRemaining(move -> again.add(List.copyOf(move.getPlanningEntities())));

        List<PlanningVisit> seeds = solved.visits().stream()
                .filter(visit -> visit.assigned()
                        && visit.visit().pinnedShiftId() == null
                        && (visit.syncGroup() == null
                                || visit.syncGroup().stream()
                                        .allMatch(part -> part.visit().pinnedShiftId() == null)))
                .toList();
        assertThat(seeds).hasSizeLessThan(solved.visits().size());
        assertThat(first).hasSameSizeAs(seeds);
        for (int k = 0; k < seeds.size(); k++) {
            PlanningShift seedShift = seeds.get(k).shift();
            assertThat(first.get(k))
                    .as("the move seeded at " + seeds.get(k).id() + " starts with a run on its shift")
                    .anyMatch(visit -> ((PlanningVisit) visit).shift() == seedShift);
            assertThat(first.get(k))
                    .noneMatch(visit -> ((PlanningVisit) visit).visit().pinnedShiftId() != null);
        }
        assertThat(again).isEqualTo(first);
        Iterator<RuinAndRecreateMove> done = factory.createOriginalMoveIterator(director);
        done.forEachRemaining(move -> {});
        assertThatThrownBy(done::next).isInstanceOf(NoSuchElementException.class);
    }
}
