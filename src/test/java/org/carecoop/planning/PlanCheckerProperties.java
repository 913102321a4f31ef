package org.carecoop.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of {@link PlanChecker} over random plans on random places in a city grid, where travel is
 * the Manhattan distance and so obeys the triangle inequality.
 */
class PlanCheckerProperties {

    record Case(PlanningProblem problem, Plan plan) {}

    static Case randomCase(long seed) {
        Random random = new Random(seed);
        int places = 2 + random.nextInt(10);
        int[][] at = new int[places][2];
        for (int[] p : at) {
            p[0] = random.nextInt(100);
            p[1] = random.nextInt(100);
        }
        long[][] times = new long[places][places];
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                times[i][j] = Math.abs(at[i][0] - at[j][0]) + Math.abs(at[i][1] - at[j][1]);
            }
        }
        List<Shift> shifts = new ArrayList<>();
        int shiftCount = 1 + random.nextInt(4);
        for (int s = 0; s < shiftCount; s++) {
            shifts.add(new Shift("s" + s, "w" + s, 0, random.nextInt(places), 0, 2000, Set.of("care"), 1, 10, 500));
        }
        List<Visit> visits = new ArrayList<>();
        List<List<Plan.Stop>> stops = new ArrayList<>();
        shifts.forEach(s -> stops.add(new ArrayList<>()));
        List<String> unassigned = new ArrayList<>();
        int visitCount = 1 + random.nextInt(12);
        for (int v = 0; v < visitCount; v++) {
            long windowStart = random.nextInt(300);
            visits.add(new Visit(
                    "v" + v,
                    "p" + v,
                    random.nextInt(places),
                    random.nextInt(30),
                    windowStart,
                    windowStart + random.nextInt(200),
                    random.nextBoolean(),
                    Set.of("care"),
                    1,
                    random.nextInt(3),
                    Set.of("w" + random.nextInt(shiftCount)),
                    Set.of(),
                    null,
                    null,
                    null,
                    false));
            int shift = random.nextInt(shiftCount + 1);
            if (shift == shiftCount) {
                unassigned.add("v" + v);
            } else {
                stops.get(shift).add(new Plan.Stop("v" + v, random.nextInt(1000)));
            }
        }
        List<Plan.Route> routes = new ArrayList<>();
        for (int s = 0; s < shiftCount; s++) {
            routes.add(new Plan.Route("s" + s, stops.get(s)));
        }
        return new Case(
                new PlanningProblem(
                        "random",
                        shifts,
                        visits,
                        TravelMatrix.of(times, times),
                        new Weights(0, 1, 0, 1, 0, 0, 0, 0, 0)),
                new Plan("random", routes, unassigned, ""));
    }

    @Property
    void theOrderOfRoutesNeverChangesTheFigures(@ForAll long seed) {
        Case c = randomCase(seed);
        List<Plan.Route> shuffled = new ArrayList<>(c.plan().routes());
        Collections.shuffle(shuffled, new Random(seed + 1));

        PlanCheck before = PlanChecker.check(c.problem(), c.plan());
        PlanCheck after = PlanChecker.check(
                c.problem(), new Plan("random", shuffled, c.plan().unassignedVisitIds(), ""));

        assertThat(after.violations()).containsExactlyInAnyOrderElementsOf(before.violations());
        assertThat(after)
                .usingRecursiveComparison()
                .ignoringFields("violations")
                .isEqualTo(before);
    }

    @Property
    void removingAVisitNeverAddsTravel(@ForAll long seed, @ForAll @IntRange(min = 0, max = 50) int pick) {
        Case c = randomCase(seed);
        List<Plan.Route> routes = new ArrayList<>(c.plan().routes());
        List<Integer> busy = new ArrayList<>();
        for (int r = 0; r < routes.size(); r++) {
            if (!routes.get(r).stops().isEmpty()) {
                busy.add(r);
            }
        }
        if (busy.isEmpty()) {
            return;
        }
        int r = busy.get(pick % busy.size());
        List<Plan.Stop> stops = new ArrayList<>(routes.get(r).stops());
        Plan.Stop removed = stops.remove(pick % stops.size());
        routes.set(r, new Plan.Route(routes.get(r).shiftId(), stops));
        List<String> unassigned = new ArrayList<>(c.plan().unassignedVisitIds());
        unassigned.add(removed.visitId());

        PlanCheck before = PlanChecker.check(c.problem(), c.plan());
        PlanCheck after = PlanChecker.check(c.problem(), new Plan("random", routes, unassigned, ""));

        assertThat(after.travelTime()).isLessThanOrEqualTo(before.travelTime());
        assertThat(after.travelDistance()).isLessThanOrEqualTo(before.travelDistance());
        assertThat(after.unassigned()).isEqualTo(before.unassigned() + 1);
    }
}
