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
 */
final class SolverSettings {

    private static final int LATE_ACCEPTANCE_SIZE = 30;

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
                        new ListChangeMoveSelectorConfig(),
                        new ListSwapMoveSelectorConfig(),
                        new SubListChangeMoveSelectorConfig().withSelectReversingMoveToo(true),
                        new SubListSwapMoveSelectorConfig().withSelectReversingMoveToo(true),
                        new KOptListMoveSelectorConfig().withMinimumK(2).withMaximumK(2),
                        new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(RuinAndRecreateMoveFactory.class)
                                .withFixedProbabilityWeight(RuinAndRecreateMoveFactory.WEIGHT));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    }
}
