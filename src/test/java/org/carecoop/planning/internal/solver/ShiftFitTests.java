package org.carecoop.planning.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.impl.domain.solution.descriptor.SolutionDescriptor;
import ai.timefold.solver.core.impl.domain.variable.descriptor.ListVariableDescriptor;
import ai.timefold.solver.core.impl.heuristic.selector.list.SubList;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.ListSwapMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SubListChangeMove;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.list.SubListSwapMove;
import java.util.Set;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moves that would put a visit on a shift that may never make it are left out before scoring. */
class ShiftFitTests {

    private final ListVariableDescriptor<RoutePlan> visits = SolutionDescriptor.buildSolutionDescriptor(
                    RoutePlan.class, PlanningShift.class, PlanningVisit.class)
            .getListVariableDescriptor();
    private final ShiftFit fit = new ShiftFit();

    private PlanningShift nurse;
    private PlanningShift carer;
    private PlanningVisit medication;
    private PlanningVisit shopping;

    @BeforeEach
    void aNurseWithMedicationAndACarerWithShopping() {
        nurse = new PlanningShift(withSkills(Problems.shift("nurse", "w-nurse"), Set.of("MEDICATION")));
        carer = new PlanningShift(Problems.shift("carer", "w-carer"));
        Problems.VisitBuilder needsSkill = new Problems.VisitBuilder("medication", 1, 0, 100);
        needsSkill.requiredSkills = Set.of("MEDICATION");
        medication = new PlanningVisit(needsSkill.build(), Problems.line(4));
        shopping = new PlanningVisit(Problems.visit("shopping", 2, 0, 100), Problems.line(4));
        nurse.visits().add(medication);
        carer.visits().add(shopping);
    }

    @Test
    void aVisitIsNotMovedToAWorkerWithoutTheSkillItNeedsButMayMoveWithinItsShift() {
        assertThat(fit.accept(null, new ListChangeMove<>(visits, nurse, 0, carer, 1)))
                .isFalse();
        assertThat(fit.accept(null, new ListChangeMove<>(visits, carer, 0, nurse, 0)))
                .isTrue();
        nurse.visits().add(new PlanningVisit(Problems.visit("tea", 3, 0, 100), Problems.line(4)));
        assertThat(fit.accept(null, new ListChangeMove<>(visits, nurse, 0, nurse, 1)))
                .isTrue();
    }

    @Test
    void aSwapNeedsBothVisitsToFitTheirNewShifts() {
        assertThat(fit.accept(null, new ListSwapMove<>(visits, nurse, 0, carer, 0)))
                .isFalse();
        carer.visits().set(0, new PlanningVisit(Problems.visit("tea", 2, 0, 100), Problems.line(4)));
        PlanningShift otherNurse =
                new PlanningShift(withSkills(Problems.shift("nurse2", "w-nurse2"), Set.of("MEDICATION")));
        otherNurse.visits().add(shopping);
        assertThat(fit.accept(null, new ListSwapMove<>(visits, nurse, 0, otherNurse, 0)))
                .isTrue();
    }

    @Test
    void aRunOfVisitsMovesOnlyWhenEveryOneFits() {
        assertThat(fit.accept(null, new SubListChangeMove<>(visits, nurse, 0, 1, carer, 0, false)))
                .isFalse();
        assertThat(fit.accept(null, new SubListChangeMove<>(visits, carer, 0, 1, nurse, 1, true)))
                .isTrue();
        assertThat(fit.accept(
                        null, new SubListSwapMove<>(visits, new SubList(nurse, 0, 1), new SubList(carer, 0, 1), false)))
                .isFalse();
    }

    @Test
    void anExcludedWorkerAndAnotherShiftThanThePinnedOneAreRefusedToo() {
        Problems.VisitBuilder excluding = new Problems.VisitBuilder("excluding", 1, 0, 100);
        excluding.excludedWorkerIds = Set.of("w-carer");
        assertThat(ShiftFit.allows(carer.shift(), excluding.build())).isFalse();
        assertThat(ShiftFit.allows(nurse.shift(), excluding.build())).isTrue();
        Visit pinned = Problems.pinned(Problems.visit("pinned", 1, 0, 100), "nurse");
        assertThat(ShiftFit.allows(carer.shift(), pinned)).isFalse();
        assertThat(ShiftFit.allows(nurse.shift(), pinned)).isTrue();
    }

    private static Shift withSkills(Shift shift, Set<String> skills) {
        return new Shift(
                shift.id(),
                shift.workerId(),
                shift.startLocation(),
                shift.endLocation(),
                shift.from(),
                shift.until(),
                skills,
                shift.tier(),
                shift.capacity(),
                shift.preferredUntil());
    }
}
