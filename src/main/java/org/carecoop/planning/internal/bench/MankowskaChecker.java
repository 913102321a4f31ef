package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges a Mankowska solution on the raw instance in double precision, sharing nothing with the
 * adapter or the planner. Feasible means: every caregiver at most one route, every required service
 * done exactly once by a caregiver able to do it, each start no earlier than the window opens nor
 * before the caregiver can get there from the previous patient (leaving the terminal at 0), and a
 * patient's two services synchronised (equal starts, or the second between min and max after the
 * first). Tardiness is {@code max(0, start − window end)} per service, as in the published solutions.
 * A tolerance of 10⁻⁶ absorbs rounding.
 */
final class MankowskaChecker {

    private static final double TOLERANCE = 1e-6;

    private MankowskaChecker() {}

    /** What the checker found; {@code objective} is (travel + total + maximum tardiness) / 3. */
    record Verdict(List<String> violations, double travel, double totalTardiness, double maxTardiness) {

        Verdict {
            violations = List.copyOf(violations);
        }

        boolean feasible() {
            return violations.isEmpty();
        }

        double objective() {
            return (travel + totalTardiness + maxTardiness) / 3;
        }
    }

    static Verdict check(MankowskaInstance instance, MankowskaSolution solution) {
        List<String> violations = new ArrayList<>();
        Map<String, MankowskaInstance.Caregiver> caregivers = new HashMap<>();
        instance.caregivers().forEach(c -> caregivers.put(c.id(), c));
        Map<String, MankowskaInstance.Patient> patients = new HashMap<>();
        instance.patients().forEach(p -> patients.put(p.id(), p));
        Map<String, Double> starts = new HashMap<>();
        Set<String> working = new HashSet<>();
        double travel = 0;
        double total = 0;
        double max = 0;
        for (MankowskaSolution.Route route : solution.routes()) {
            MankowskaInstance.Caregiver caregiver = caregivers.get(route.caregiver());
            if (caregiver == null || !working.add(caregiver.id())) {
                violations.add("Caregiver " + route.caregiver() + " is unknown or has more than one route.");
                continue;
            }
            int at = caregiver.start();
            double free = 0;
            for (MankowskaSolution.ServiceVisit visit : route.visits()) {
                MankowskaInstance.Patient patient = patients.get(visit.patient());
                MankowskaInstance.Service service = patient == null
                        ? null
                        : patient.services().stream()
                                .filter(s -> s.id().equals(visit.service()))
                                .findFirst()
                                .orElse(null);
                if (patient == null || service == null) {
                    violations.add("Caregiver " + caregiver.id() + " does " + visit.service() + " for "
                            + visit.patient() + ", which no patient needs.");
                    continue;
                }
                String key = MankowskaAdapter.visitId(patient.id(), service.id());
                if (starts.put(key, visit.start()) != null) {
                    violations.add("Service " + key + " is done more than once.");
                }
                if (!caregiver.abilities().contains(service.type())) {
                    violations.add("Caregiver " + caregiver.id() + " cannot do " + service.type() + " for "
                            + patient.id() + ".");
                }
                double leg = instance.distance(at, patient.location());
                travel += leg;
                double earliest = Math.max(free + leg, patient.windowStart());
                if (visit.start() < earliest - TOLERANCE) {
                    violations.add(String.format(
                            Locale.ROOT,
                            "Caregiver %s starts %s at %.3f but cannot start before %.3f.",
                            caregiver.id(),
                            key,
                            visit.start(),
                            earliest));
                }
                double tardiness = Math.max(0, visit.start() - patient.windowEnd());
                total += tardiness;
                max = Math.max(max, tardiness);
                free = Math.max(visit.start(), earliest) + service.duration();
                at = patient.location();
            }
            travel += instance.distance(at, caregiver.end());
        }
        for (MankowskaInstance.Patient patient : instance.patients()) {
            for (MankowskaInstance.Service service : patient.services()) {
                if (!starts.containsKey(MankowskaAdapter.visitId(patient.id(), service.id()))) {
                    violations.add("Service " + MankowskaAdapter.visitId(patient.id(), service.id()) + " is not done.");
                }
            }
            checkSync(patient, starts, violations);
        }
        return new Verdict(violations, travel, total, max);
    }

    private static void checkSync(
            MankowskaInstance.Patient patient, Map<String, Double> starts, List<String> violations) {
        MankowskaInstance.Sync sync = patient.sync();
        if (sync == null) {
            return;
        }
        Double first = starts.get(
                MankowskaAdapter.visitId(patient.id(), patient.services().get(0).id()));
        Double second = starts.get(
                MankowskaAdapter.visitId(patient.id(), patient.services().get(1).id()));
        if (first == null || second == null) {
            return;
        }
        double gap = second - first;
        if (gap < sync.min() - TOLERANCE || gap > sync.max() + TOLERANCE) {
            violations.add(String.format(
                    Locale.ROOT,
                    "Patient %s's second service starts %.3f after the first, outside %.0f to %.0f.",
                    patient.id(),
                    gap,
                    sync.min(),
                    sync.max()));
        }
    }
}
