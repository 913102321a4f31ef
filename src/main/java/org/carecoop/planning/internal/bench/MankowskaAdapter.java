package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;

/**
 * Turns a {@link MankowskaInstance} into a {@link PlanningProblem} in thousandths of the file's units:
 * one visit per patient and service (the service type is the skill it needs), windows that may be
 * missed at a cost (tardiness), a patient's two services tied as one group, and caregivers as shifts
 * with no practical end. Travel time is rounded up so that solver-feasible starts stay feasible in
 * the raw units; the weights give Mankowska's objective (travel + total tardiness + maximum
 * tardiness), which differs from the published one only by the constant factor 3.
 */
final class MankowskaAdapter {

    static final long SCALE = 1000;

    private MankowskaAdapter() {}

    static PlanningProblem problem(MankowskaInstance instance) {
        int size = instance.distances().length;
        long[][] times = new long[size][size];
        long[][] distances = new long[size][size];
        double longest = 0;
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double scaled = instance.distance(i, j) * SCALE;
                // The matrix has three decimals: keep exact thousandths exact, round anything finer up.
                times[i][j] = (long) Math.ceil(scaled - 1e-6);
                distances[i][j] = Math.round(scaled);
                longest = Math.max(longest, instance.distance(i, j));
            }
        }
        List<Visit> visits = new ArrayList<>();
        double latest = 0;
        double work = 0;
        for (MankowskaInstance.Patient patient : instance.patients()) {
            latest = Math.max(latest, patient.windowEnd());
            for (int k = 0; k < patient.services().size(); k++) {
                MankowskaInstance.Service service = patient.services().get(k);
                work += service.duration();
                visits.add(new Visit(
                        visitId(patient.id(), service.id()),
                        patient.id(),
                        patient.location(),
                        scaled(service.duration()),
                        scaled(patient.windowStart()),
                        scaled(patient.windowEnd()),
                        false,
                        Set.of(service.type()),
                        0,
                        0,
                        Set.of(),
                        Set.of(),
                        sync(patient, k),
                        null,
                        null,
                        false));
            }
        }
        // Nobody could still be working after every window has closed and all work and travel is done,
        // so this stands for "no end" without risking overflow in the solver's arithmetic.
        long horizon = scaled(latest + work + (visits.size() + 1) * longest) + SCALE;
        List<Shift> shifts = new ArrayList<>();
        for (MankowskaInstance.Caregiver caregiver : instance.caregivers()) {
            shifts.add(new Shift(
                    caregiver.id(),
                    caregiver.id(),
                    caregiver.start(),
                    caregiver.end(),
                    0,
                    horizon,
                    caregiver.abilities(),
                    0,
                    Long.MAX_VALUE,
                    horizon));
        }
        return new PlanningProblem(
                instance.name(),
                shifts,
                visits,
                TravelMatrix.of(times, distances),
                new Weights(0, 0, 1, 1, 1, 0, 0, 0, 0));
    }

    /** The plan's working caregivers, their visits in order with starts in the instance's units. */
    static MankowskaSolution solution(MankowskaInstance instance, Plan plan) {
        List<MankowskaSolution.Route> routes = new ArrayList<>();
        for (Plan.Route route : plan.routes()) {
            if (route.stops().isEmpty()) {
                continue;
            }
            List<MankowskaSolution.ServiceVisit> visits = new ArrayList<>();
            for (Plan.Stop stop : route.stops()) {
                int slash = stop.visitId().indexOf('/');
                visits.add(new MankowskaSolution.ServiceVisit(
                        stop.visitId().substring(0, slash),
                        stop.visitId().substring(slash + 1),
                        stop.start() / (double) SCALE));
            }
            routes.add(new MankowskaSolution.Route(route.shiftId(), visits));
        }
        return new MankowskaSolution(instance.name(), routes);
    }

    static String visitId(String patient, String service) {
        return patient + "/" + service;
    }

    private static Visit.@org.jspecify.annotations.Nullable Sync sync(MankowskaInstance.Patient patient, int order) {
        MankowskaInstance.Sync sync = patient.sync();
        if (sync == null) {
            return null;
        }
        return order == 0
                ? new Visit.Sync(patient.id(), 0, 0, 0)
                : new Visit.Sync(patient.id(), order, scaled(sync.min()), scaled(sync.max()));
    }

    private static long scaled(double value) {
        return Math.round(value * SCALE);
    }
}
