package org.carecoop.matching.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.matching.SupportRequest.Strength;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.Skill;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored support requests and their preferences. */
@Repository
public class Requests {

    private static final String COLUMNS = """
            id, person_id, status, title, details, kind, times::text as times, hours_wanted, one_off_start,
            one_off_end, tasks, outcomes, interests, prefers, shared_with_workers, latitude, longitude, district,
            created_at""";

    private final JdbcClient jdbc;

    Requests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new request.
     *
     * @param createdBy the account it was made by (the person, or someone acting for them)
     * @param actor who was at the keyboard (a co-ordinator, in assisted mode)
     */
    public void insert(SupportRequest r, UUID createdBy, UUID actor) {
        jdbc.sql("""
                        insert into matching.request (id, person_id, created_by, created_by_actor, created_at,
                            updated_at, status, closed_at, title, details, kind, times, hours_wanted,
                            one_off_start, one_off_end, tasks, outcomes, interests, prefers,
                            shared_with_workers, latitude, longitude, district)
                        values (:id, :person, :by, :actor, :at, :at, :status, :closedAt, :title, :details, :kind,
                            cast(:times as bit(168)), :hours, :start, :end, :tasks, :outcomes, :interests,
                            :prefers, :shared, :latitude, :longitude, :district)""")
                .params(params(r))
                .param("person", r.personId())
                .param("by", createdBy)
                .param("actor", actor)
                .param("status", code(r.status()))
                .param("at", Timestamp.from(r.createdAt()))
                .param("closedAt", r.isOpen() ? null : Timestamp.from(r.createdAt()))
                .update();
        savePreferences(r);
    }

    /** Replaces what the request says; its person, status and creation stay as they were. */
    public void update(SupportRequest r, Instant at) {
        jdbc.sql("""
                        update matching.request set updated_at = :at, title = :title, details = :details,
                            kind = :kind, times = cast(:times as bit(168)), hours_wanted = :hours,
                            one_off_start = :start, one_off_end = :end, tasks = :tasks, outcomes = :outcomes,
                            interests = :interests, prefers = :prefers, shared_with_workers = :shared,
                            latitude = :latitude, longitude = :longitude, district = :district
                        where id = :id""").params(params(r)).param("at", Timestamp.from(at)).update();
        jdbc.sql("delete from matching.request_preference where request_id = ?")
                .param(r.id())
                .update();
        savePreferences(r);
    }

    /** Closes an open request; false when it was not open. */
    public boolean close(UUID requestId, Instant at) {
        return jdbc.sql("""
                        update matching.request set status = 'closed', closed_at = ?, updated_at = ?
                        where id = ? and status = 'open'""")
                        .params(Timestamp.from(at), Timestamp.from(at), requestId)
                        .update()
                == 1;
    }

    public Optional<SupportRequest> find(UUID requestId) {
        List<SupportRequest> found = load("where id = ?", requestId);
        return found.stream().findFirst();
    }

    /** The person's requests, newest first. */
    public List<SupportRequest> ofPerson(UUID personId) {
        return load("where person_id = ? order by created_at desc, id", personId);
    }

    /** Every open request, oldest first. */
    public List<SupportRequest> open() {
        return load("where status = 'open' order by created_at, id");
    }

    private List<SupportRequest> load(String where, Object... params) {
        List<Row> rows = jdbc.sql("select " + COLUMNS + " from matching.request " + where)
                .params(Arrays.asList(params))
                .query((rs, n) -> row(rs))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Preference>> preferences =
                preferencesOf(rows.stream().map(Row::id).toList());
        List<SupportRequest> requests = new ArrayList<>(rows.size());
        for (Row row : rows) {
            requests.add(row.toRequest(preferences.getOrDefault(row.id(), List.of())));
        }
        return requests;
    }

    private Map<UUID, List<Preference>> preferencesOf(Collection<UUID> requestIds) {
        Map<UUID, List<Preference>> byRequest = new java.util.HashMap<>();
        jdbc.sql("""
                        select request_id, kind, value, strength from matching.request_preference
                        where request_id = any(?) order by kind, value""").param(requestIds.toArray(UUID[]::new)).query(rs -> {
            byRequest
                    .computeIfAbsent(rs.getObject("request_id", UUID.class), id -> new ArrayList<>())
                    .add(new Preference(
                            PreferenceKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                            rs.getString("value"),
                            Strength.valueOf(rs.getString("strength").toUpperCase(Locale.ROOT))));
        });
        return byRequest;
    }

    private void savePreferences(SupportRequest r) {
        for (Preference p : r.preferences()) {
            jdbc.sql("""
                            insert into matching.request_preference (request_id, kind, value, strength)
                            values (?, ?, ?, ?)""")
                    .params(r.id(), code(p.kind()), p.value(), code(p.strength()))
                    .update();
        }
    }

    private static Map<String, @Nullable Object> params(SupportRequest r) {
        Map<String, @Nullable Object> p = new java.util.HashMap<>();
        p.put("id", r.id());
        p.put("title", r.title());
        p.put("details", r.details());
        p.put("kind", code(r.kind()));
        p.put("times", r.times().bits());
        p.put("hours", r.hoursWanted());
        p.put("start", r.oneOffStart() == null ? null : Timestamp.from(r.oneOffStart()));
        p.put("end", r.oneOffEnd() == null ? null : Timestamp.from(r.oneOffEnd()));
        p.put("tasks", r.tasks().stream().map(Enum::name).toArray(String[]::new));
        p.put("outcomes", r.outcomes().stream().map(Enum::name).toArray(String[]::new));
        p.put("interests", r.interests().toArray(String[]::new));
        p.put("prefers", code(r.prefers()));
        p.put("shared", r.sharedWithWorkers());
        p.put("latitude", r.place() == null ? null : r.place().latitude());
        p.put("longitude", r.place() == null ? null : r.place().longitude());
        p.put("district", r.district());
        return p;
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static Row row(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("latitude");
        GeoPoint place = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
        Timestamp start = rs.getTimestamp("one_off_start");
        Timestamp end = rs.getTimestamp("one_off_end");
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                SupportRequest.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getString("title"),
                rs.getString("details"),
                SupportRequest.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                WeeklyPattern.fromBits(rs.getString("times")),
                rs.getInt("hours_wanted"),
                start == null ? null : start.toInstant(),
                end == null ? null : end.toInstant(),
                enums(rs.getArray("tasks"), Skill.class),
                enums(rs.getArray("outcomes"), OutcomeSought.class),
                List.of(strings(rs.getArray("interests"))),
                SupportRequest.Prefers.valueOf(rs.getString("prefers").toUpperCase(Locale.ROOT)),
                rs.getBoolean("shared_with_workers"),
                place,
                rs.getString("district"),
                rs.getTimestamp("created_at").toInstant());
    }

    static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(array)) {
            values.add(Enum.valueOf(type, name));
        }
        return values;
    }

    private record Row(
            UUID id,
            UUID personId,
            SupportRequest.Status status,
            String title,
            String details,
            SupportRequest.Kind kind,
            WeeklyPattern times,
            int hoursWanted,
            @Nullable Instant start,
            @Nullable Instant end,
            Set<Skill> tasks,
            Set<OutcomeSought> outcomes,
            List<String> interests,
            SupportRequest.Prefers prefers,
            boolean shared,
            @Nullable GeoPoint place,
            @Nullable String district,
            Instant createdAt) {

        SupportRequest toRequest(List<Preference> preferences) {
            return new SupportRequest(
                    id,
                    personId,
                    status,
                    title,
                    details,
                    kind,
                    times,
                    hoursWanted,
                    start,
                    end,
                    tasks,
                    outcomes,
                    interests,
                    prefers,
                    shared,
                    preferences,
                    place,
                    district,
                    createdAt);
        }
    }
}
