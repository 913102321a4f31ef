package org.carecoop.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.people.PeopleApi;
import org.carecoop.people.PersonProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Geocoder;
import org.carecoop.platform.geo.Location;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workers who could cover one visit (CO4), best first, by the same hard filters and scores as a
 * shortlist: the visit is put to the shortlist as a one-off request for its hours, at the person's
 * place, with nothing asked beyond what the person's exclusions and minimum tier already say. Whether
 * each is free at that moment (leave, other visits) is for the caller to check: matching knows weekly
 * availability, not the rota.
 */
@Component
class CoverRanking {

    private final Shortlisting shortlisting;
    private final PeopleApi people;
    private final Geocoder geocoder;
    private final Clock clock;

    CoverRanking(Shortlisting shortlisting, PeopleApi people, Geocoder geocoder, Clock clock) {
        this.shortlisting = shortlisting;
        this.people = people;
        this.geocoder = geocoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UUID> candidates(UUID personId, Instant start, Instant end, int size) {
        WeeklyPattern hours = WeeklyPattern.touchedBy(start, end, clock.getZone());
        int wanted = (int) Math.max(
                1,
                Math.min(hours.hours(), Math.ceil(Duration.between(start, end).toMinutes() / 60.0)));
        Optional<Postcode> postcode = people.personProfile(personId).map(PersonProfile::postcode);
        @Nullable
        GeoPoint place = postcode.flatMap(geocoder::locate).map(Location::point).orElse(null);
        SupportRequest visit = new SupportRequest(
                UUID.randomUUID(),
                personId,
                SupportRequest.Status.OPEN,
                "Cover for a visit",
                "",
                SupportRequest.Kind.ONE_OFF,
                hours,
                wanted,
                start,
                end,
                Set.of(),
                Set.of(),
                List.of(),
                SupportRequest.Prefers.WORKER,
                false,
                List.of(),
                place,
                place == null ? null : postcode.get().district(),
                clock.instant());
        return shortlisting.bestWorkers(visit, size).stream().map(Match::id).toList();
    }
}
