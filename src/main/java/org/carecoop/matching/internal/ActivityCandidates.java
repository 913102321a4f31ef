package org.carecoop.matching.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the active groups and activities that could suit a request (CH5). */
@Repository
public class ActivityCandidates {

    /** Activities further than this from the person are not offered. */
    static final double MAX_KM = 15;

    private final JdbcClient jdbc;

    ActivityCandidates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active activities that meet at some of the request's times, within {@value #MAX_KM} km. */
    public List<ActivityCandidate> near(SupportRequest request) {
        GeoPoint place = request.place();
        if (place == null) {
            return List.of();
        }
        return jdbc
                .sql("""
                        select id, name, description, place, latitude, longitude, district, meets::text as meets,
                            interests, outcomes, conditions
                        from matching.activity
                        where active and latitude is not null
                            and bit_count(meets & cast(:times as bit(168))) > 0""")
                .param("times", request.times().bits())
                .query((rs, n) -> new ActivityCandidate(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("description"),
                        rs.getString("place"),
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        rs.getString("district"),
                        WeeklyPattern.fromBits(rs.getString("meets")),
                        List.of(Requests.strings(rs.getArray("interests"))),
                        known(rs.getArray("outcomes"), OutcomeSought.class),
                        known(rs.getArray("conditions"), Condition.class)))
                .list()
                .stream()
                .filter(a -> a.point() != null && a.point().distanceKm(place) <= MAX_KM)
                .toList();
    }

    /** The names that are values of the enum, in any case; others are ignored. */
    private static <E extends Enum<E>> Set<E> known(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : Requests.strings(array)) {
            MatchScoring.parse(type, name.toUpperCase(Locale.ROOT)).ifPresent(values::add);
        }
        return values;
    }
}
