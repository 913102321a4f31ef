package org.carecoop.planning.internal.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.TravelMatrix;
import org.carecoop.planning.Visit;
import org.carecoop.planning.Weights;

/**
 * A synthetic but plausible day of a home-care provider, the same for the same seed: workers living
 * in a 15 × 15 km area on early (07:00–14:00), late (14:00–22:00) or long-day shifts, with skills and
 * tiers; people each with a small preferred team, a few exclusions and about one visit in twenty
 * needing two workers at once; visits booked through the day with a window of 30 minutes either side.
 * Travel is the straight line × 1.3 at 30 km/h, in seconds and metres; times are seconds from
 * midnight.
 */
final class ProviderDay {

    static final List<String> SKILLS = List.of("personal care", "medication", "hoist", "dementia");

    private static final double AREA_METRES = 15_000;
    private static final double ROAD_FACTOR = 1.3;
    private static final double METRES_PER_SECOND = 30_000 / 3600.0;
    private static final long HOUR = 3600;
    private static final long WINDOW = 30 * 60;

    private ProviderDay() {}

    static PlanningProblem generate(int workers, int visits, long seed) {
        Random random = new Random(seed);
        int people = Math.max(1, visits / 3);
        int places = workers + people;
        double[][] at = new double[places][2];
        for (double[] place : at) {
            place[0] = random.nextDouble() * AREA_METRES;
            place[1] = random.nextDouble() * AREA_METRES;
        }
        List<Shift> shifts = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            double kind = random.nextDouble();
            // About a third each on earlies, lates and long days.
            long from = kind < 0.35 || kind >= 0.7 ? 7 * HOUR : 14 * HOUR;
            long until = kind < 0.35 ? 14 * HOUR : 22 * HOUR;
            Set<String> skills = new HashSet<>(Set.of("personal care"));
            if (random.nextDouble() < 0.6) {
                skills.add("medication");
            }
            if (random.nextDouble() < 0.35) {
                skills.add("hoist");
            }
            if (random.nextDouble() < 0.35) {
                skills.add("dementia");
            }
            int tier = 1 + (random.nextDouble() < 0.3 ? 1 : 0) + (random.nextDouble() < 0.1 ? 1 : 0);
            shifts.add(new Shift("shift-" + w, "worker-" + w, w, w, from, until, skills, tier, Long.MAX_VALUE, until));
        }
        List<Visit> list = new ArrayList<>();
        int made = 0;
        for (int person = 0; made < visits; person = (person + 1) % people) {
            int place = workers + person;
            Random own = new Random(seed * 31 + person);
            Set<String> team = new HashSet<>();
            int teamSize = 3 + own.nextInt(3);
            while (team.size() < Math.min(teamSize, workers)) {
                team.add("worker-" + own.nextInt(workers));
            }
            String unwelcome = "worker-" + own.nextInt(workers);
            Set<String> excluded = own.nextDouble() < 0.05 && !team.contains(unwelcome) ? Set.of(unwelcome) : Set.of();
            long booked = 7 * HOUR + 30 * 60 + 15 * 60 * random.nextInt(14 * 4);
            long duration = 15 * 60 * (1 + random.nextInt(3));
            Set<String> needs = new HashSet<>(Set.of("personal care"));
            double kind = random.nextDouble();
            if (kind < 0.3) {
                needs.add("medication");
            } else if (kind < 0.45) {
                needs.add("dementia");
            }
            int minTier = random.nextDouble() < 0.1 ? 2 : 1;
            boolean doubleUp = random.nextDouble() < 0.05 && made + 2 <= visits;
            int parts = doubleUp ? 2 : 1;
            if (doubleUp) {
                needs.add("hoist");
            }
            for (int part = 0; part < parts; part++) {
                String id = "visit-" + made + (doubleUp ? "-" + (char) ('a' + part) : "");
                list.add(new Visit(
                        id,
                        "person-" + person,
                        place,
                        duration,
                        booked - WINDOW,
                        booked + WINDOW,
                        false,
                        needs,
                        minTier,
                        0,
                        team,
                        excluded,
                        doubleUp ? new Visit.Sync("double-" + made, part, 0, 0) : null,
                        null,
                        null,
                        false));
            }
            made += parts;
        }
        return new PlanningProblem(
                "provider-day-" + workers + "x" + visits + "-seed-" + seed,
                shifts,
                list,
                travel(at),
                new Weights(0, 1, 0, 2, 0, 600, 0, 1, 0));
    }

    private static TravelMatrix travel(double[][] at) {
        int places = at.length;
        long[][] times = new long[places][places];
        long[][] distances = new long[places][places];
        for (int i = 0; i < places; i++) {
            for (int j = 0; j < places; j++) {
                double metres = Math.hypot(at[i][0] - at[j][0], at[i][1] - at[j][1]) * ROAD_FACTOR;
                distances[i][j] = Math.round(metres);
                times[i][j] = Math.round(metres / METRES_PER_SECOND);
            }
        }
        return TravelMatrix.of(times, distances);
    }
}
