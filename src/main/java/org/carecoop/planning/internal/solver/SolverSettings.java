package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.AcceptorType;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.PreviewFeature;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The solver configuration, in code: a first-fit construction for visits not yet placed, then
 * {@link RouteElimination} (which empties whole shifts when using a shift costs something), then
 * diversified late acceptance over the community edition's list moves (move one visit, swap two,
 * move or swap a run of visits, reverse a stretch with 2-opt), each filtered by {@link ShiftFit},
 * and our own {@link RuinAndRecreateMoveFactory ruin-and-recreate}. Timefold's ruin-and-recreate is
 * not used: in 1.30 it failed inside its nested construction, and in 1.32 it evaluated about a
 * hundred moves a second. One thread: the machine is shared.
 *
 * <p>Within a 30-second answer the search is still converging when it stops, so the settings favour
 * going downhill quickly without getting stuck. Each was measured against the one before, side by
 * side on the same machine at the same time:
 *
 * <ul>
 *   <li>Diversified late acceptance (Namazi et al., 2023; a Timefold preview feature) over a list
 *       of {@value #LATE_ACCEPTANCE_SIZE} step scores: a move is taken when its plan scores the
 *       same as the current one or better than the worst score in the list, and an entry is
 *       replaced only by a worse plan or by one better than both the entry and the step before.
 *       Plain late acceptance of 10 steps settled in the same local optimum run after run; with the
 *       diversified kind, 20 Solomon instances at 30 s (the 8 worst, and others from every class)
 *       went from a mean distance gap of 5.36% to −0.02% (below zero where a plan uses a vehicle
 *       more) (C205 15.96% to 0%, RC202 12.77% to 5.33%) and one vehicle fewer on RC103, and
 *       Mankowska's 25-patient instances at 10 s from 0.18% to −0.46% (none above 0.5%). A list of
 *       10 beat 5 and 3. For plain late acceptance, 10 had beaten 30 and 400.
 *   <li>Moving one visit and 2-opt each twice as likely as a swap or a run move: they most often
 *       shorten a route of tens of visits (13.7% against 15.4% on nine R2/RC2/RC1 instances at 20
 *       s). With these and plain late acceptance of 10, all 56 Solomon instances at 10 s went from
 *       a mean distance gap of 26.0% to 19.9%, and Mankowska's small instances stayed within
 *       run-to-run noise.
 *   <li>Ruin-and-recreate, as likely as a swap: single moves alone stall where several visits must
 *       move together (double-ups, long routes with wide windows, and a provider's day where a
 *       visit moved to a random place on one of 300 shifts almost always breaks a window or a
 *       shift's hours, so only one move in 4,500 was accepted whatever the acceptor). See its
 *       factory for the measured effect.
 * </ul>
 */
final class SolverSettings {

    /** How many recent step scores the acceptor keeps and compares a move's plan with. */
    private static final int LATE_ACCEPTANCE_SIZE = 10;

    /** How often moving one visit and 2-opt are picked, relative to the swap and run moves. */
    private static final double ROUTE_MOVE_WEIGHT = 2;

    /** How often swapping two visits or moving or swapping a run is picked. */
    private static final double OTHER_MOVE_WEIGHT = 1;

    /** The part of the time limit route elimination may use before local search takes over. */
    private static final double ELIMINATION_SHARE = 0.4;

    /** Insertions allowed per visit of a shift being emptied before the attempt is given up. */
    private static final int STEPS_PER_VISIT = 50;

    private SolverSettings() {}

    static SolverConfig config(boolean construct) {
        return config(construct, EnvironmentMode.NO_ASSERT);
    }

    /** With a checking mode, for tests that recompute the score after every move. */
    static SolverConfig config(boolean construct, EnvironmentMode mode) {
        List<PhaseConfig> phases = new ArrayList<>();
        if (construct) {
            phases.add(new ConstructionHeuristicPhaseConfig()
                    .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
        }
        phases.add(new CustomPhaseConfig()
                .withCustomPhaseCommands(new RouteElimination(ELIMINATION_SHARE, STEPS_PER_VISIT)));
        phases.add(localSearch());
        return new SolverConfig()
                .withPreviewFeature(PreviewFeature.DIVERSIFIED_LATE_ACCEPTANCE)
                .withEnvironmentMode(mode)
                .withSolutionClass(RoutePlan.class)
                .withEntityClasses(PlanningShift.class, PlanningVisit.class)
                .withConstraintProviderClass(PlanningConstraints.class)
                .withPhaseList(phases);
    }

    private static LocalSearchPhaseConfig localSearch() {
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig()
                .withMoveSelectors(
                        new ListChangeMoveSelectorConfig()
                                .withFilterClass(ShiftFit.class)
                                .withFixedProbabilityWeight(ROUTE_MOVE_WEIGHT),
                        new ListSwapMoveSelectorConfig()
                                .withFilterClass(ShiftFit.class)
                                .withFixedProbabilityWeight(OTHER_MOVE_WEIGHT),
                        new SubListChangeMoveSelectorConfig()
                                .withSelectReversingMoveToo(true)
                                .withFilterClass(ShiftFit.class)
                                .withFixedProbabilityWeight(OTHER_MOVE_WEIGHT),
                        new SubListSwapMoveSelectorConfig()
                                .withSelectReversingMoveToo(true)
                                .withFilterClass(ShiftFit.class)
                                .withFixedProbabilityWeight(OTHER_MOVE_WEIGHT),
                        new KOptListMoveSelectorConfig()
                                .withMinimumK(2)
                                .withMaximumK(2)
                                .withFixedProbabilityWeight(ROUTE_MOVE_WEIGHT),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class)
                                .withFixedProbabilityWeight(RuinAndRecreateMoveFactory.WEIGHT));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                        .withAcceptorTypeList(List.of(AcceptorType.DIVERSIFIED_LATE_ACCEPTANCE))
                        .withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
