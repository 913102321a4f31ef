package org.carecoop.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.matching.Activity;
import org.carecoop.people.Condition;
import org.carecoop.people.OutcomeSought;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The groups and activities co-ordinators keep (CH5). */
@Repository
public class Activities {

    private static final String COLUMNS = """
            id, name, description, organiser, place, postcode, latitude, longitude, district,
            meets::text as meets, interests, outcomes, conditions, active""";

    private final JdbcClient jdbc;

    Activities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The activities that are running, by name. */
    public List<Activity> active() {
        return jdbc.sql("select " + COLUMNS + " from matching.activity where active order by name, id")
                .query((rs, n) -> activity(rs))
                .list();
    }

    /** Every activity, running ones first, by name. */
    public List<Activity> all() {
        return jdbc.sql("select " + COLUMNS + " from matching.activity order by active desc, name, id")
                .query((rs, n) -> activity(rs))
                .list();
    }

    public Optional<Activity> find(UUID activityId) {
        return jdbc.sql("select " + COLUMNS + " from matching.activity where id = ?")
                .param(activityId)
                .query((rs, n) -> activity(rs))
                .optional();
    }

    /** Stores a new activity. */
    public void insert(Activity a, UUID createdBy, Instant at) {
        jdbc.sql("""
                        insert into matching.activity (id, name, description, organiser, place, postcode, latitude,
                            longitude, district, meets, interests, outcomes, conditions, active, created_by, created_at)
                        values (:id, :name, :description, :organiser, :place, :postcode, :latitude, :longitude,
                            :district, cast(:meets as bit(168)), :interests, :outcomes, :conditions, :active, :by, :at)""")
                .params(params(a))
                .param("by", createdBy)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** Replaces what an activity says. */
    public void update(Activity a) {
        jdbc.sql("""
                        update matching.activity set name = :name, description = :description, organiser = :organiser,
                            place = :place, postcode = :postcode, latitude = :latitude, longitude = :longitude,
                            district = :district, meets = cast(:meets as bit(168)), interests = :interests,
                            outcomes = :outcomes, conditions = :conditions, active = :active
                        where id = :id""").params(params(a)).update();
    }

    private static Map<String, @Nullable Object> params(Activity a) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", a.id());
        p.put("name", a.name());
        p.put("description", a.description());
        p.put("organiser", a.organiser());
        p.put("place", a.placeText());
        p.put("postcode", a.postcode());
        p.put("latitude", a.location() == null ? null : a.location().latitude());
        p.put("longitude", a.location() == null ? null : a.location().longitude());
        p.put("district", a.district());
        p.put("meets", a.meets().bits());
        p.put("interests", a.interests().toArray(String[]::new));
        p.put("outcomes", a.outcomes().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("conditions", a.conditions().stream().map(Enum::name).sorted().toArray(String[]::new));
        p.put("active", a.active());
        return p;
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("latitude");
        GeoPoint location = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
        return new Activity(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("description"),
                rs.getString("organiser"),
                rs.getString("place"),
                rs.getString("postcode"),
                location,
                rs.getString("district"),
                WeeklyPattern.fromBits(rs.getString("meets")),
                List.of(Requests.strings(rs.getArray("interests"))),
                Requests.enums(rs.getArray("outcomes"), OutcomeSought.class),
                Requests.enums(rs.getArray("conditions"), Condition.class),
                rs.getBoolean("active"));
    }
}
