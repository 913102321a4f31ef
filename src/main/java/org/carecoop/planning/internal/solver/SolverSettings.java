package org.carecoop.planning.internal.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.ListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.SubListSwapMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.list.kopt.KOptListMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.phase.PhaseConfig;
import ai.timefold.solver.core.config.phase.custom.CustomPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The solver configuration, in code: a first-fit construction for visits not yet placed, then {@link
 * RouteElimination} (which empties whole shifts when using a shift costs something), then late
 * acceptance over the community edition's list moves (move one visit, swap two, move or swap a run
 * of visits, reverse a stretch with 2-opt). Ruin-and-recreate is left out: in 1.30 it failed inside
 * its nested construction (NoSuchElementException) on Solomon instances; 1.32 no longer fails, but
 * still evaluates about a hundred moves a second, and mixed in at 2% of the moves it made the 30-second
 * Solomon distances no better, so the version stays at 1.30. One thread: the machine is shared.
 *
 * <p>The local search is short of time rather than short of ideas: a Solomon instance gets only a few
 * thousand move evaluations a second (every move re-times the rest of the changed shift), so within
 * a 30-second answer the search is still converging when it stops. Two settings, measured against
 * the previous ones (late acceptance 30, every move kind equally likely) on the same loaded machine
 * at the same time, make it converge faster:
 *
 * <ul>
 *   <li>A late acceptance list of {@value #LATE_ACCEPTANCE_SIZE} steps instead of 30: a worse plan is
 *       accepted only when it beats the plan of a few steps ago, so the search spends its few steps
 *       going downhill instead of wandering. With 10 instead of 30 the 60-second distance gap of five
 *       R2/RC2 instances fell from 15.1% to 11.7%; a list of 400 was much worse (58.9% against 39.9%
 *       on the 19 R2/RC2 instances at 10 seconds). A list of 5 did better still in 10 and 20 seconds
 *       but fell behind 10 at 60 seconds (14.7% against 13.6%), and a real answer gets more time.
 *   <li>Moving one visit and 2-opt each twice as likely as a swap or a run move: they are the moves
 *       that most often shorten a route of tens of visits (on nine R2/RC2/RC1 instances at 20 seconds,
 *       13.7% against 15.4% with every move equally likely).
 * </ul>
 *
 * <p>Together, over all 56 Solomon instances at 10 seconds on a loaded machine, the mean distance gap
 * went from 26.0% to 19.9% (R2 25.9% to 15.5%, RC2 26.4% to 17.3%, RC1 unchanged within noise);
 * the vehicles are route elimination's work, which runs before local search and is unchanged.
 *
 * <p>The same settings serve every problem: Mankowska's 25-patient problems with double-ups stayed
 * within run-to-run noise (11.2% against 12.6% at 10 seconds, loaded), its 10-patient ones stay at
 * a 0.00% gap, and on a provider's day (2,500 visits, 300 shifts) the search takes a step only
 * once in about 4,500 moves whatever the acceptor (late acceptance of 10 or 30, simulated annealing),
 * because a visit moved to a random place on one of 300 shifts almost always breaks a window or a
 * shift's hours, so a different acceptor cannot take more useful steps there; only moves aimed at
 * nearby places (ruin-and-recreate, or nearby selection) can.
 *
 * <p>Another move is added to {@link #localSearch()} as one more entry of the union, with its own
 * weight.
 */
final class SolverSettings {

    /** How many steps back a worse plan is compared with before it is accepted. */
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
                                .withFixedProbabilityWeight(ROUTE_MOVE_WEIGHT));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
