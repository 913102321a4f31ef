package org.carecoop.visits.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.geo.TravelTimes;
import org.carecoop.visits.VisitDayApi.Origin;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a worker travels from and to on the day, and how long and how far that is. A person's place
 * and a worker's home are their profile postcodes, located through the {@link Geocoder}; times come
 * from the {@link TravelTimes} port (by car for workers who drive); distances for mileage are the
 * straight line times the road factor that the straight-line travel times use too.
 */
@Component
class TravelPlanner {

    private final PeopleApi people;
    private final Geocoder geocoder;
    private final TravelTimes travelTimes;
    private final AttendanceRecords records;
    private final double roadFactor;

    TravelPlanner(
            PeopleApi people,
            Geocoder geocoder,
            TravelTimes travelTimes,
            AttendanceRecords records,
            @Value("${carecoop.travel.road-factor:1.3}") double roadFactor) {
        this.people = people;
        this.geocoder = geocoder;
        this.travelTimes = travelTimes;
        this.records = records;
        this.roadFactor = roadFactor;
    }

    /** Where a journey starts, and the previous visit it starts from, if any. */
    record Start(
            Origin origin,
            @Nullable GeoPoint point,
            @Nullable UUID fromVisitId) {}

    /** A journey's time and road distance. */
    record Journey(Duration time, int metres) {}

    /** The place of the person visited, when their postcode can be located. */
    Optional<GeoPoint> personPlace(UUID personId) {
        return people.personProfile(personId).map(PersonProfile::postcode).flatMap(this::locate);
    }

    /** The postcode of the person visited, for directions when it cannot be located. */
    Optional<Postcode> personPostcode(UUID personId) {
        return people.personProfile(personId).map(PersonProfile::postcode);
    }

    /**
     * Where the worker sets off for a visit: the shared location when given, otherwise the place of
     * their previous visit that day (UK time) before this one, otherwise their home.
     */
    Start start(UUID workerId, Visits.Stored visit, @Nullable GeoPoint shared, ZoneId zone) {
        Optional<AttendanceRecords.WorkerVisit> previous = previousVisit(workerId, visit, zone);
        UUID fromVisitId = previous.map(AttendanceRecords.WorkerVisit::visitId).orElse(null);
        if (shared != null) {
            return new Start(Origin.SHARED, shared, fromVisitId);
        }
        Optional<GeoPoint> previousPlace = previous.flatMap(p -> personPlace(p.personId()));
        if (previousPlace.isPresent()) {
            return new Start(Origin.PREVIOUS_VISIT, previousPlace.get(), fromVisitId);
        }
        return home(workerId)
                .map(h -> new Start(Origin.HOME, h, fromVisitId))
                .orElse(new Start(Origin.UNKNOWN, null, fromVisitId));
    }

    /**
     * Where the worker travelled from to a visit, for pay: the previous visit that day (its place may
     * not be locatable), otherwise home. Never a shared location.
     */
    Start legStart(UUID workerId, Visits.Stored visit, ZoneId zone) {
        Optional<AttendanceRecords.WorkerVisit> previous = previousVisit(workerId, visit, zone);
        if (previous.isPresent()) {
            return new Start(
                    Origin.PREVIOUS_VISIT,
                    personPlace(previous.get().personId()).orElse(null),
                    previous.get().visitId());
        }
        return home(workerId).map(h -> new Start(Origin.HOME, h, null)).orElse(new Start(Origin.UNKNOWN, null, null));
    }

    /** The time and road distance of a journey, by the worker's usual way of travelling. */
    Journey journey(UUID workerId, GeoPoint from, GeoPoint to) {
        boolean drives =
                people.workerProfile(workerId).map(WorkerProfile::drives).orElse(false);
        Duration time = travelTimes.between(from, to, drives ? TravelTimes.Mode.DRIVING : TravelTimes.Mode.NOT_DRIVING);
        int metres = (int) Math.round(from.distanceKm(to) * roadFactor * 1000);
        return new Journey(time, metres);
    }

    /** When the worker setting off now is expected, if both ends can be located. */
    Optional<Instant> eta(UUID workerId, Start start, Optional<GeoPoint> to, Instant now) {
        if (start.point() == null || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(now.plus(journey(workerId, start.point(), to.get()).time()));
    }

    private Optional<GeoPoint> home(UUID workerId) {
        return people.workerProfile(workerId).map(WorkerProfile::postcode).flatMap(this::locate);
    }

    private Optional<AttendanceRecords.WorkerVisit> previousVisit(UUID workerId, Visits.Stored visit, ZoneId zone) {
        Instant dayStart =
                LocalDate.ofInstant(visit.start(), zone).atStartOfDay(zone).toInstant();
        return records.previousVisit(workerId, visit.id(), dayStart, visit.start());
    }

    private Optional<GeoPoint> locate(@Nullable Postcode postcode) {
        return postcode == null ? Optional.empty() : geocoder.locate(postcode).map(Location::point);
    }
}
