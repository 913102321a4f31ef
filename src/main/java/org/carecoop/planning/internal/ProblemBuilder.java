package org.carecoop.planning.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.matching.Arrangement;
import org.carecoop.matching.MatchingApi;
import org.carecoop.people.Absence;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.Need;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Role;
import org.carecoop.people.Skill;
import org.carecoop.people.WorkerProfile;
import org.carecoop.planning.Plan;
import org.carecoop.planning.PlanningProblem;
import org.carecoop.planning.Shift;
import org.carecoop.planning.Visit;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.time.WeeklyPattern;
import org.carecoop.teams.MemberRole;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the planning problem of an area and a period from the rota as it stands.
 *
 * <p>The <em>area</em> is the postcode district of the home of the person visited (HX7 for Hebden
 * Bridge): visits are planned where people live, and a district is small enough to plan in a minute
 * and large enough that workers' rounds stay inside it. Visits are the area's booked visits in the
 * period that have not ended; a double-up is two parts that must start together, a shared session one
 * visit at the first person's home. Each may start up to {@code carecoop.planning.flexibility} either
 * side of its booked time, and those starting within {@code carecoop.planning.freeze} (or started)
 * stay with their worker. Workers are those booked on the area's visits and those whose travel radius
 * reaches one of its homes; their shifts are the stretches of each day their usual week covers, less
 * leave, sickness and visits booked outside the area. A booked visit outside its worker's usual week
 * gets a shift of its own, since the worker agreed to it; one whose worker is away has none, and the
 * planner finds someone else. Visits need the skills for the person's needs listed in {@code
 * carecoop.planning.required-skills}, and workers of at least {@code carecoop.planning.minimum-tier}.
 */
@Component
class ProblemBuilder {

    private final VisitsApi visits;
    private final PeopleApi people;
    private final Geocoder geocoder;
    private final TeamsApi teams;
    private final MatchingApi matching;
    private final TravelMatrices travel;
    private final PlanningSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final Set<Skill> requiredSkills;
    private final int minimumTier;

    ProblemBuilder(
            VisitsApi visits,
            PeopleApi people,
            Geocoder geocoder,
            TeamsApi teams,
            MatchingApi matching,
            TravelMatrices travel,
            PlanningSettings settings,
            Clock clock,
            @Value("${carecoop.planning.required-skills:MEDICATION,MOVING_AND_HANDLING}") Set<Skill> requiredSkills,
            @Value("${carecoop.planning.minimum-tier:1}") int minimumTier) {
        this.visits = visits;
        this.people = people;
        this.geocoder = geocoder;
        this.teams = teams;
        this.matching = matching;
        this.travel = travel;
        this.settings = settings;
        this.clock = clock;
        this.zone = clock.getZone();
        this.requiredSkills = Set.copyOf(requiredSkills);
        this.minimumTier = minimumTier;
    }

    /** The district of the person's home, if they gave a postcode. */
    Optional<String> areaOf(UUID personId) {
        return people.personProfile(personId)
                .map(PersonProfile::postcode)
                .map(Postcode::district)
                .map(d -> d.toUpperCase(Locale.ROOT));
    }

    /** The areas of people with booked visits from now until {@code until}, sorted. */
    List<String> areas(Instant until) {
        return visits.booked(clock.instant(), until).stream()
                .map(org.carecoop.visits.Visit::personId)
                .distinct()
                .map(this::areaOf)
                .flatMap(Optional::stream)
                .distinct()
                .sorted()
                .toList();
    }

    Snapshot build(String area, LocalDate from, LocalDate to) {
        Instant origin = from.atStartOfDay(zone).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Places places = new Places();

        Map<UUID, Integer> homes = new HashMap<>();
        List<org.carecoop.visits.Visit> booked = new ArrayList<>();
        for (org.carecoop.visits.Visit v : visits.booked(origin, periodEnd)) {
            if (v.status() != VisitStatus.BOOKED
                    || v.start().isBefore(origin)
                    || !v.end().isAfter(now)) {
                continue;
            }
            if (!homes.containsKey(v.personId())) {
                Optional<GeoPoint> home =
                        areaOf(v.personId()).filter(area::equals).flatMap(a -> homeOf(v.personId()));
                homes.put(v.personId(), home.map(places::index).orElse(-1));
            }
            if (homes.get(v.personId()) >= 0) {
                booked.add(v);
            }
        }
        Set<UUID> areaVisitIds =
                booked.stream().map(org.carecoop.visits.Visit::id).collect(Collectors.toSet());

        Map<UUID, WorkerFacts> workers = workers(booked, homes, places);
        List<Shift> shifts = new ArrayList<>();
        Map<String, UUID> shiftWorkers = new HashMap<>();
        for (WorkerFacts worker : workers.values()) {
            for (Shift shift : shiftsOf(worker, from, to, origin, areaVisitIds)) {
                shifts.add(shift);
                shiftWorkers.put(shift.id(), worker.id());
            }
        }

        // A shared session: the visits of several people with the same workers at the same time.
        Map<List<Object>, List<org.carecoop.visits.Visit>> groups = new LinkedHashMap<>();
        for (org.carecoop.visits.Visit v : booked) {
            List<UUID> ws = v.workers().stream()
                    .map(org.carecoop.visits.Visit.Worker::id)
                    .sorted()
                    .toList();
            List<Object> key = ws.isEmpty() ? List.of(v.id()) : List.of(v.start(), v.end(), ws);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(v);
        }

        List<Visit> planned = new ArrayList<>();
        Map<String, Snapshot.Part> parts = new HashMap<>();
        Map<UUID, Snapshot.Booked> snapshot = new LinkedHashMap<>();
        Map<String, List<Plan.Stop>> currentStops = new HashMap<>();
        List<String> currentUnassigned = new ArrayList<>();
        long flex = settings.flexibility.toSeconds();
        for (List<org.carecoop.visits.Visit> group : groups.values()) {
            org.carecoop.visits.Visit first = group.get(0);
            List<UUID> ids = group.stream().map(org.carecoop.visits.Visit::id).toList();
            for (org.carecoop.visits.Visit v : group) {
                snapshot.put(
                        v.id(),
                        new Snapshot.Booked(
                                v.id(),
                                v.personId(),
                                v.start(),
                                v.end(),
                                v.workers().stream()
                                        .map(org.carecoop.visits.Visit.Worker::id)
                                        .toList()));
            }
            Set<String> preferred = new HashSet<>();
            Set<String> excluded = new HashSet<>();
            Set<String> skills = new HashSet<>();
            for (org.carecoop.visits.Visit v : group) {
                preferred.addAll(team(v.personId()));
                matching.excludedWorkers(v.personId()).forEach(w -> excluded.add(w.toString()));
                skills.addAll(skillsNeeded(v.personId()));
            }
            long start = Duration.between(origin, first.start()).toSeconds();
            long duration = Duration.between(first.start(), first.end()).toSeconds();
            boolean frozen = first.start().isBefore(now.plus(settings.freeze));
            int size = first.workers().size();
            for (int position = 0; position < size; position++) {
                UUID worker = first.workers().get(position).id();
                String id = first.id() + "#" + position;
                String currentShift = shiftOf(shifts, shiftWorkers, worker, start, start + duration);
                planned.add(new Visit(
                        id,
                        first.personId().toString(),
                        homes.get(first.personId()),
                        duration,
                        Math.max(0, start - flex),
                        start + flex,
                        false,
                        skills,
                        minimumTier,
                        0,
                        preferred,
                        excluded,
                        size > 1 ? new Visit.Sync(first.id().toString(), position, 0, 0) : null,
                        frozen ? currentShift : null,
                        currentShift,
                        true));
                parts.put(id, new Snapshot.Part(ids, position));
                if (currentShift == null) {
                    currentUnassigned.add(id);
                } else {
                    currentStops
                            .computeIfAbsent(currentShift, s -> new ArrayList<>())
                            .add(new Plan.Stop(id, start));
                }
            }
        }
        String name = area + " " + from + (to.equals(from) ? "" : " to " + to);
        Plan current = new Plan(
                name,
                currentStops.entrySet().stream()
                        .map(e -> new Plan.Route(
                                e.getKey(),
                                e.getValue().stream()
                                        .sorted(Comparator.comparingLong(Plan.Stop::start))
                                        .toList()))
                        .sorted(Comparator.comparing(Plan.Route::shiftId))
                        .toList(),
                currentUnassigned,
                "current rota");
        PlanningProblem problem =
                new PlanningProblem(name, shifts, planned, travel.between(places.points()), settings.weights);
        return new Snapshot(problem, current, origin, parts, shiftWorkers, snapshot);
    }

    /** A worker who may be planned, with what the problem needs of them. */
    private record WorkerFacts(UUID id, int home, Set<String> skills, WeeklyPattern week) {}

    private Map<UUID, WorkerFacts> workers(
            List<org.carecoop.visits.Visit> booked, Map<UUID, Integer> homes, Places places) {
        Set<UUID> candidates = new LinkedHashSet<>();
        booked.forEach(v -> v.workers().forEach(w -> candidates.add(w.id())));
        List<GeoPoint> visited = homes.values().stream()
                .filter(i -> i >= 0)
                .distinct()
                .map(i -> places.points().get(i))
                .toList();
        for (Role role : List.of(Role.WORKER, Role.VOLUNTEER)) {
            for (AccountSummary account : people.accountsWithRole(role)) {
                people.workerProfile(account.id())
                        .filter(p -> p.postcode() != null)
                        .flatMap(p -> geocoder.locate(p.postcode())
                                .map(Location::point)
                                .filter(home ->
                                        visited.stream().anyMatch(v -> v.distanceKm(home) <= p.travelRadiusKm())))
                        .ifPresent(home -> candidates.add(account.id()));
            }
        }
        Map<UUID, WorkerFacts> workers = new LinkedHashMap<>();
        for (UUID id : candidates) {
            Optional<WorkerProfile> profile = people.workerProfile(id);
            Optional<GeoPoint> home = profile.map(WorkerProfile::postcode)
                    .flatMap(geocoder::locate)
                    .map(Location::point);
            if (home.isEmpty()) {
                continue;
            }
            Set<String> skills =
                    profile.get().skills().stream().map(Skill::name).collect(Collectors.toSet());
            workers.put(id, new WorkerFacts(id, places.index(home.get()), skills, people.workerAvailability(id)));
        }
        return workers;
    }

    private List<Shift> shiftsOf(
            WorkerFacts worker, LocalDate from, LocalDate to, Instant origin, Set<UUID> areaVisits) {
        Instant periodStart = from.atStartOfDay(zone).toInstant();
        Instant periodEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<Absence> absences = people.absences(worker.id(), periodStart, periodEnd);
        List<Instant[]> busy = new ArrayList<>();
        absences.forEach(a -> busy.add(new Instant[] {a.from(), a.to() == null ? periodEnd : a.to()}));
        List<org.carecoop.visits.Visit> own = visits.workerSchedule(worker.id(), periodStart, periodEnd).stream()
                .filter(v -> v.status() == VisitStatus.BOOKED)
                .toList();
        own.stream()
                .filter(v -> !areaVisits.contains(v.id()))
                .forEach(v -> busy.add(new Instant[] {v.start(), v.end()}));
        var tiers = people.vettingTiers(worker.id());
        List<Shift> shifts = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int tier = tiers.tierOn(day);
            List<Instant[]> free = new ArrayList<>();
            for (WeeklyPattern.Window window : worker.week().windows()) {
                if (window.day() != day.getDayOfWeek()) {
                    continue;
                }
                Instant start = day.atTime(window.start()).atZone(zone).toInstant();
                Instant end = window.end().equals(LocalTime.MIDNIGHT)
                        ? day.plusDays(1).atStartOfDay(zone).toInstant()
                        : day.atTime(window.end()).atZone(zone).toInstant();
                free.add(new Instant[] {start, end});
            }
            for (Instant[] taken : busy) {
                free = subtract(free, taken);
            }
            // Booked visits of the area outside the worker's usual week: the worker agreed to them.
            for (org.carecoop.visits.Visit v : own) {
                boolean onDay = v.start().atZone(zone).toLocalDate().equals(day);
                boolean inside = free.stream()
                        .anyMatch(f -> !v.start().isBefore(f[0]) && !v.end().isAfter(f[1]));
                boolean away = absences.stream().anyMatch(a -> a.overlaps(v.start(), v.end()));
                if (onDay && areaVisits.contains(v.id()) && !inside && !away) {
                    free.add(new Instant[] {v.start(), v.end()});
                }
            }
            for (Instant[] f : free) {
                long start = Duration.between(origin, f[0]).toSeconds();
                long end = Duration.between(origin, f[1]).toSeconds();
                if (end > start) {
                    shifts.add(new Shift(
                            worker.id() + "@" + start,
                            worker.id().toString(),
                            worker.home(),
                            worker.home(),
                            start,
                            end,
                            worker.skills(),
                            tier,
                            Long.MAX_VALUE,
                            end));
                }
            }
        }
        return shifts;
    }

    private static List<Instant[]> subtract(List<Instant[]> free, Instant[] taken) {
        List<Instant[]> left = new ArrayList<>();
        for (Instant[] f : free) {
            if (!taken[0].isBefore(f[1]) || !taken[1].isAfter(f[0])) {
                left.add(f);
                continue;
            }
            if (taken[0].isAfter(f[0])) {
                left.add(new Instant[] {f[0], taken[0]});
            }
            if (taken[1].isBefore(f[1])) {
                left.add(new Instant[] {taken[1], f[1]});
            }
        }
        return left;
    }

    /** The worker's shift that covers the whole visit, if any. */
    private static String shiftOf(
            List<Shift> shifts, Map<String, UUID> shiftWorkers, UUID worker, long start, long end) {
        return shifts.stream()
                .filter(s -> worker.equals(shiftWorkers.get(s.id())) && s.from() <= start && s.until() >= end)
                .map(Shift::id)
                .findFirst()
                .orElse(null);
    }

    /** The person's team: workers who are members, and those with a regular arrangement. */
    private Set<String> team(UUID personId) {
        Set<String> team = new HashSet<>();
        teams.teamOf(personId).map(Team::members).orElse(List.of()).stream()
                .filter(m -> m.role() == MemberRole.WORKER)
                .forEach(m -> team.add(m.accountId().toString()));
        matching.activeArrangements(personId).stream()
                .map(Arrangement::workerId)
                .forEach(w -> team.add(w.toString()));
        return team;
    }

    private Set<String> skillsNeeded(UUID personId) {
        return people.personProfile(personId).map(PersonProfile::needs).orElse(Set.of()).stream()
                .map(Need::skill)
                .filter(requiredSkills::contains)
                .map(Skill::name)
                .collect(Collectors.toSet());
    }

    private Optional<GeoPoint> homeOf(UUID personId) {
        return people.personProfile(personId)
                .map(PersonProfile::postcode)
                .flatMap(geocoder::locate)
                .map(Location::point);
    }

    /** The places of a problem, each once, in the order first met. */
    private static final class Places {
        private final Map<GeoPoint, Integer> indices = new LinkedHashMap<>();

        int index(GeoPoint point) {
            return indices.computeIfAbsent(point, p -> indices.size());
        }

        List<GeoPoint> points() {
            return List.copyOf(indices.keySet());
        }
    }
}
