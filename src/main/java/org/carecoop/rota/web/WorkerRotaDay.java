package org.carecoop.rota.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.AccountSummary;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonAddress;
import org.carecoop.platform.security.Caller;
import org.carecoop.teams.AccessPolicy;
import org.carecoop.teams.Action;
import org.carecoop.teams.Category;
import org.carecoop.teams.Team;
import org.carecoop.teams.TeamsApi;
import org.carecoop.visits.Visit;
import org.carecoop.visits.VisitDayApi;
import org.carecoop.visits.VisitStatus;
import org.carecoop.visits.VisitsApi;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the worker's day page shows of each of their visits, put together from the visits module (the
 * visit, its tasks, the worker's check-in and travel), people (names, address) and teams (whether the
 * address and the team may be shown). The address (lines, town and postcode) is shown only when the
 * access policy lets the worker read the person's profile and contact details then, which records the
 * decision in the person's access log; a worker covering outside the team sees it from shortly before
 * the visit. The directions link searches for the whole address, so it finds the door, not just the
 * postcode.
 */
@Component
class WorkerRotaDay {

    static final String DIRECTIONS = "https://www.google.com/maps/dir/?api=1&destination=";

    private final VisitsApi visits;
    private final VisitDayApi visitDay;
    private final PeopleApi people;
    private final TeamsApi teams;
    private final AccessPolicy policy;
    private final ZoneId zone;

    WorkerRotaDay(
            VisitsApi visits,
            VisitDayApi visitDay,
            PeopleApi people,
            TeamsApi teams,
            AccessPolicy policy,
            Clock clock) {
        this.visits = visits;
        this.visitDay = visitDay;
        this.people = people;
        this.teams = teams;
        this.policy = policy;
        this.zone = clock.getZone();
    }

    /** Where a visit stands for the worker, and how its tag looks. */
    enum Status {
        BOOKED("rotaViews.status.booked", "govuk-tag--blue"),
        CHECKED_IN("rotaViews.status.checkedIn", "govuk-tag--yellow"),
        DONE("rotaViews.status.done", "govuk-tag--green"),
        REQUESTED("rotaViews.status.requested", "govuk-tag--orange"),
        CANCELLED("rotaViews.status.cancelled", "govuk-tag--grey");

        private final String key;
        private final String tagClass;

        Status(String key, String tagClass) {
            this.key = key;
            this.tagClass = tagClass;
        }

        String key() {
            return key;
        }

        String tagClass() {
            return tagClass;
        }

        /** The status a visit has before anyone checks in. */
        static Status of(VisitStatus status) {
            return switch (status) {
                case BOOKED -> BOOKED;
                case COMPLETED -> DONE;
                case REQUESTED -> REQUESTED;
                case CANCELLED, DECLINED -> CANCELLED;
            };
        }
    }

    /** A task on the visit, and whether it is done. */
    record TaskLine(String description, boolean done) {}

    /**
     * The journey to a visit as recorded at check-in.
     *
     * @param minutes empty when a place could not be located
     * @param miles empty like minutes
     */
    record TravelLine(boolean fromHome, String minutes, String miles) {}

    /**
     * One of the worker's visits that day.
     *
     * @param address the address lines, town and postcode; empty when the worker may not see it yet,
     *     or none is recorded
     * @param addressHidden whether there is one the worker may not see yet
     * @param directions the map link, empty with the address
     * @param team the names of the others in the person's team, empty when the worker may not see it
     * @param open whether the visit has a page to open (booked or done)
     */
    record DayVisit(
            UUID visitId,
            String start,
            String end,
            String person,
            List<String> address,
            boolean addressHidden,
            String directions,
            List<TaskLine> tasks,
            List<String> team,
            String statusKey,
            String statusClass,
            boolean open,
            boolean request,
            @Nullable TravelLine travel) {}

    /** The day's travel in total. */
    record TravelTotal(boolean any, int minutes, String miles) {}

    /** The worker's visits that start that day (UK time), earliest first, declined requests left out. */
    List<DayVisit> visits(Caller caller, LocalDate day) {
        UUID worker = caller.accountId();
        Map<UUID, VisitDayApi.Leg> legs = new HashMap<>();
        visitDay.travel(worker, day).legs().forEach(leg -> legs.put(leg.visitId(), leg));
        return visits
                .workerSchedule(
                        worker,
                        day.atStartOfDay(zone).toInstant(),
                        day.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .filter(v -> v.status() != VisitStatus.DECLINED)
                .filter(v -> !v.start().atZone(zone).toLocalDate().isBefore(day))
                .map(v -> dayVisit(caller, v, legs.get(v.id())))
                .toList();
    }

    /** The day's journeys between visits in total, as recorded at check-in. */
    TravelTotal travel(Caller caller, LocalDate day) {
        VisitDayApi.Travel travel = visitDay.travel(caller.accountId(), day);
        return new TravelTotal(!travel.legs().isEmpty(), travel.totalMinutes(), miles(travel.totalMiles()));
    }

    String nameOf(UUID accountId) {
        return people.account(accountId).map(AccountSummary::displayName).orElse("");
    }

    private DayVisit dayVisit(Caller caller, Visit visit, VisitDayApi.@Nullable Leg leg) {
        boolean standing = visit.status() == VisitStatus.BOOKED || visit.status() == VisitStatus.COMPLETED;
        Status status = standing ? attended(caller, visit) : Status.of(visit.status());
        Optional<PersonAddress> recorded = standing ? people.personAddress(visit.personId()) : Optional.empty();
        Optional<PersonAddress> address = recorded.filter(a -> mayReadContact(caller, visit.personId()));
        return new DayVisit(
                visit.id(),
                WorkerRotaDates.TIME.format(visit.start().atZone(zone)),
                WorkerRotaDates.TIME.format(visit.end().atZone(zone)),
                nameOf(visit.personId()),
                address.map(PersonAddress::parts).orElse(List.of()),
                recorded.isPresent() && address.isEmpty(),
                address.map(a -> DIRECTIONS + URLEncoder.encode(a.oneLine(), StandardCharsets.UTF_8))
                        .orElse(""),
                standing
                        ? visitDay.tasks(visit.id()).stream()
                                .map(t -> new TaskLine(t.description(), t.done()))
                                .toList()
                        : List.of(),
                standing ? teamMates(caller, visit.personId()) : List.of(),
                status.key(),
                status.tagClass(),
                standing,
                visit.status() == VisitStatus.REQUESTED,
                leg == null ? null : travelLine(leg));
    }

    /** Booked, checked in or done, from the worker's own check-in and check-out. */
    private Status attended(Caller caller, Visit visit) {
        if (visit.status() == VisitStatus.COMPLETED) {
            return Status.DONE;
        }
        Optional<VisitDayApi.WorkerAttendance> mine = visitDay.attendance(visit.id()).workers().stream()
                .filter(w -> w.workerId().equals(caller.accountId()))
                .findFirst();
        if (mine.flatMap(VisitDayApi.WorkerAttendance::checkedOut).isPresent()) {
            return Status.DONE;
        }
        return mine.flatMap(VisitDayApi.WorkerAttendance::checkedIn).isPresent() ? Status.CHECKED_IN : Status.BOOKED;
    }

    /** Asks the access policy, which records the decision in the person's access log. */
    private boolean mayReadContact(Caller caller, UUID personId) {
        return policy.decide(caller, personId, Category.PROFILE_AND_CONTACT, Action.READ)
                .allowed();
    }

    /** The others in the person's team, by name, when the worker may see who is in it. */
    private List<String> teamMates(Caller caller, UUID personId) {
        if (!teams.mayViewTeam(caller, personId)) {
            return List.of();
        }
        return teams.teamOf(personId).map(Team::members).orElse(List.of()).stream()
                .map(Team.Member::accountId)
                .filter(id -> !id.equals(caller.accountId()) && !id.equals(personId))
                .map(this::nameOf)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    private static TravelLine travelLine(VisitDayApi.Leg leg) {
        return new TravelLine(
                leg.fromVisitId().isEmpty(),
                leg.minutes().map(String::valueOf).orElse(""),
                leg.miles().map(WorkerRotaDay::miles).orElse(""));
    }

    private static String miles(double miles) {
        return String.format(Locale.UK, "%.1f", miles);
    }
}
