package org.carecoop.planning.internal.solver;

import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import java.util.Objects;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;

/**
 * The rules a plan is scored by. Hard rules make a plan infeasible; each unassigned visit costs
 * medium points (see {@link RuleWeights}), so leaving a visit out is worse than any soft cost; soft rules carry the problem's
 * {@link org.carecoop.planning.Weights} through {@link RoutePlan#weights()}, each match counting its
 * own amount (time, distance, visits) at weight one here. Public only because Timefold makes it
 * through its public constructor.
 */
public class PlanningConstraints implements ConstraintProvider {

    static final String REQUIRED_SKILLS = "Required skills";
    static final String TIER = "Worker tier";
    static final String EXCLUDED_WORKER = "Excluded worker";
    static final String STRICT_WINDOW = "Strict time window";
    static final String CAPACITY = "Capacity";
    static final String SHIFT_END = "Shift end";
    static final String SYNC = "Synchronised parts";
    static final String PINNED = "Pinned visit";
    static final String UNASSIGNED = "Unassigned visit";
    static final String ORPHANED_PART = "Part planned without its partners";
    static final String SHIFT_USED = "Shift used";
    static final String TRAVEL_TIME = "Travel time";
    static final String TRAVEL_DISTANCE = "Travel distance";
    static final String LATENESS = "Lateness";
    static final String MAX_LATENESS = "Maximum lateness";
    static final String CONTINUITY = "Continuity";
    static final String FAIR_WORKLOAD = "Fair workload";
    static final String OVERTIME = "Overtime";
    static final String DISRUPTION = "Disruption";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            requiredSkills(factory),
            tier(factory),
            excludedWorker(factory),
            strictWindow(factory),
            capacity(factory),
            shiftEnd(factory),
            syncedParts(factory),
            pinnedVisit(factory),
            unassignedVisit(factory),
            orphanedPart(factory),
            shiftUsed(factory),
            travelTime(factory),
            travelDistance(factory),
            lateness(factory),
            maximumLateness(factory),
            continuity(factory),
            fairWorkload(factory),
            overtime(factory),
            disruption(factory)
        };
    }

    Constraint requiredSkills(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && !visit.assignedShift()
                                .shift()
                                .skills()
                                .containsAll(visit.visit().requiredSkills()))
                .penalizeLong(ONE_HARD)
                .asConstraint(REQUIRED_SKILLS);
    }

    Constraint tier(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && visit.assignedShift().shift().tier() < visit.visit().minTier())
                .penalizeLong(ONE_HARD)
                .asConstraint(TIER);
    }

    Constraint excludedWorker(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && visit.visit()
                                .excludedWorkerIds()
                                .contains(visit.assignedShift().workerId()))
                .penalizeLong(ONE_HARD)
                .asConstraint(EXCLUDED_WORKER);
    }

    /** Penalised by how late, so the solver can see a start getting closer to its window. */
    Constraint strictWindow(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.timed() && visit.visit().strictWindow() && visit.lateness() > 0)
                .penalizeLong(ONE_HARD, PlanningVisit::lateness)
                .asConstraint(STRICT_WINDOW);
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && visit.visit().demand() > 0
                        && visit.assignedShift().shift().capacity() != Long.MAX_VALUE)
                .groupBy(
                        PlanningVisit::assignedShift,
                        ConstraintCollectors.sumLong(visit -> visit.visit().demand()))
                .filter((shift, demand) -> demand > shift.shift().capacity())
                .penalizeLong(
                        ONE_HARD, (shift, demand) -> demand - shift.shift().capacity())
                .asConstraint(CAPACITY);
    }

    /** The worker must be back at the shift's end place by its end. */
    Constraint shiftEnd(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.timed()
                        && visit.last()
                        && visit.backAtEnd() > visit.assignedShift().shift().until())
                .penalizeLong(
                        ONE_HARD,
                        visit -> visit.backAtEnd()
                                - visit.assignedShift().shift().until())
                .asConstraint(SHIFT_END);
    }

    /**
     * Starts are made consistent by {@link SyncedStarts}; what is left are parts whose starts depend
     * on each other in a loop that cannot settle (two parts of a double-up on one shift, or groups
     * crossing each other), which {@link VisitTimes} marks looped, with every visit waiting on them.
     */
    Constraint syncedParts(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::looped)
                .penalizeLong(ONE_HARD)
                .asConstraint(SYNC);
    }

    /**
     * A planned part of a group whose other parts are not all planned, by how many such parts. {@link
     * RuleWeights} weighs it against the unassigned visits so that a half-planned double-up is worse
     * than a whole one but better than none, which lets the search place one part and then the other;
     * the planner never returns such a half.
     */
    Constraint orphanedPart(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlanningVisit.class)
                .filter(visit -> visit.syncGroup() != null)
                .groupBy(PlanningVisit::syncGroup, ConstraintCollectors.sum(visit -> visit.assigned() ? 1 : 0))
                .filter((group, planned) -> planned > 0 && planned < group.size())
                .penalizeLong(ONE_MEDIUM, (group, planned) -> planned)
                .asConstraint(ORPHANED_PART);
    }

    Constraint pinnedVisit(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlanningVisit.class)
                .filter(visit -> visit.visit().pinnedShiftId() != null
                        && (!visit.assigned()
                                || !visit.assignedShift()
                                        .id()
                                        .equals(visit.visit().pinnedShiftId())))
                .penalizeLong(ONE_HARD)
                .asConstraint(PINNED);
    }

    Constraint unassignedVisit(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(PlanningVisit.class)
                .filter(visit -> !visit.assigned())
                .penalizeLong(ONE_MEDIUM)
                .asConstraint(UNASSIGNED);
    }

    Constraint shiftUsed(ConstraintFactory factory) {
        return factory.forEach(PlanningShift.class)
                .filter(shift -> !shift.visits().isEmpty())
                .penalizeLong(ONE_SOFT)
                .asConstraint(SHIFT_USED);
    }

    /** From the shift's start place to each visit in turn and from the last one to the end place. */
    Constraint travelTime(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::assigned)
                .penalizeLong(ONE_SOFT, visit -> visit.travelTimeIn() + visit.travelTimeOut())
                .asConstraint(TRAVEL_TIME);
    }

    Constraint travelDistance(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::assigned)
                .penalizeLong(ONE_SOFT, visit -> visit.travelDistanceIn() + visit.travelDistanceOut())
                .asConstraint(TRAVEL_DISTANCE);
    }

    Constraint lateness(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.timed() && visit.lateness() > 0)
                .penalizeLong(ONE_SOFT, PlanningVisit::lateness)
                .asConstraint(LATENESS);
    }

    /** The single latest start, Mankowska's third term: it spreads lateness instead of piling it up. */
    Constraint maximumLateness(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.timed() && visit.lateness() > 0)
                .groupBy(ConstraintCollectors.max(PlanningVisit::lateness))
                .filter(Objects::nonNull)
                .penalizeLong(ONE_SOFT, latest -> latest)
                .asConstraint(MAX_LATENESS);
    }

    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && !visit.visit().preferredWorkerIds().isEmpty()
                        && !visit.visit()
                                .preferredWorkerIds()
                                .contains(visit.assignedShift().workerId()))
                .penalizeLong(ONE_SOFT)
                .asConstraint(CONTINUITY);
    }

    /**
     * Timefold's load balance: the unfairness of each worker's total work (travel and visits), the
     * square root of the summed squared differences from the mean, in time units.
     */
    Constraint fairWorkload(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::assigned)
                .groupBy(ConstraintCollectors.loadBalance(
                        visit -> visit.assignedShift().workerId(), PlanningVisit::workload))
                .penalizeLong(ONE_SOFT, balance -> balance.unfairness().longValue())
                .asConstraint(FAIR_WORKLOAD);
    }

    /** Time past the worker's preferred finish, home at the shift's end place. */
    Constraint overtime(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.timed()
                        && visit.last()
                        && visit.backAtEnd() > visit.assignedShift().shift().preferredUntil())
                .penalizeLong(
                        ONE_SOFT,
                        visit -> visit.backAtEnd()
                                - visit.assignedShift().shift().preferredUntil())
                .asConstraint(OVERTIME);
    }

    /** A visit the person was told about, now made by another shift. */
    Constraint disruption(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(visit -> visit.assigned()
                        && moved(visit.visit(), visit.assignedShift().shift()))
                .penalizeLong(ONE_SOFT)
                .asConstraint(DISRUPTION);
    }

    private static boolean moved(Visit visit, Shift shift) {
        return visit.notified() && visit.currentShiftId() != null && !shift.id().equals(visit.currentShiftId());
    }
}
