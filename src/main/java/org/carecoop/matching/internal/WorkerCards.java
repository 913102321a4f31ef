package org.carecoop.matching.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.carecoop.matching.SupportRequest;
import org.carecoop.matching.SupportRequest.Preference;
import org.carecoop.matching.SupportRequest.PreferenceKind;
import org.carecoop.people.Condition;
import org.carecoop.people.Gender;
import org.carecoop.people.Skill;
import org.carecoop.people.VettingTiers;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.time.WeeklyPattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored worker cards, and the query that narrows them to those a request could use: what SQL
 * does well (a bounding box around the person, then the exact radius; vetting dates; exclusions;
 * musts as array containment; free hours by counting bits) so that only the few survivors are read
 * and scored.
 */
@Repository
public class WorkerCards {

    /**
     * Kilometres in a degree of latitude, a little under the true figure so that the box round the
     * person is never too small.
     */
    static final double KM_PER_DEGREE_LATITUDE = 111.0;
    /** The radius check in SQL is a hair generous; the exact check is {@link HardFilters}, in Java. */
    private static final double RADIUS_SLACK_KM = 0.01;

    private static final String COLUMNS = """
            worker_id, display_name, kind, latitude, longitude, district, travel_radius_km, drives, gender,
            experience_years, skills, conditions, interests, languages, availability::text as availability,
            tier_one_until, tier_two_until, hourly_rate_pence""";

    private static final String UPSERT = """
                        insert into matching.worker_card (worker_id, display_name, kind, latitude, longitude, district,
                            travel_radius_km, drives, gender, experience_years, skills, conditions, interests,
                            languages, availability, tier_one_until, tier_two_until, hourly_rate_pence, updated_at)
                        values (:id, :name, :kind, :latitude, :longitude, :district, :radius, :drives, :gender,
                            :years, :skills, :conditions, :interests, :languages, cast(:availability as bit(168)),
                            :tierOne, :tierTwo, :rate, :at)
                        on conflict (worker_id) do update set display_name = excluded.display_name,
                            kind = excluded.kind, latitude = excluded.latitude, longitude = excluded.longitude,
                            district = excluded.district, travel_radius_km = excluded.travel_radius_km,
                            drives = excluded.drives, gender = excluded.gender,
                            experience_years = excluded.experience_years, skills = excluded.skills,
                            conditions = excluded.conditions, interests = excluded.interests,
                            languages = excluded.languages, availability = excluded.availability,
                            tier_one_until = excluded.tier_one_until, tier_two_until = excluded.tier_two_until,
                            hourly_rate_pence = excluded.hourly_rate_pence, updated_at = excluded.updated_at""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batches;

    WorkerCards(JdbcClient jdbc, NamedParameterJdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Stores the card, replacing the worker's previous one. */
    public void save(WorkerCard card, Instant at) {
        jdbc.sql(UPSERT).params(params(card)).param("at", Timestamp.from(at)).update();
    }

    /** Stores many cards in batches of a thousand, as the benchmark loads them. */
    public void saveAll(List<WorkerCard> cards, Instant at) {
        for (int from = 0; from < cards.size(); from += 1000) {
            SqlParameterSource[] batch = cards.subList(from, Math.min(cards.size(), from + 1000)).stream()
                    .map(card -> {
                        Map<String, @Nullable Object> p = params(card);
                        p.put("at", Timestamp.from(at));
                        return new MapSqlParameterSource(p);
                    })
                    .toArray(SqlParameterSource[]::new);
            batches.batchUpdate(UPSERT, batch);
        }
    }

    /** Removes the card of an account that no longer works, volunteers or gives peer support. */
    public void remove(UUID workerId) {
        jdbc.sql("delete from matching.worker_card where worker_id = ?")
                .param(workerId)
                .update();
    }

    public Optional<WorkerCard> find(UUID workerId) {
        return jdbc.sql("select " + COLUMNS + " from matching.worker_card where worker_id = ?")
                .param(workerId)
                .query((rs, n) -> card(rs))
                .optional();
    }

    /** The workers who have a card (for the catch-up at start-up). */
    public Set<UUID> workersWithCards() {
        return new HashSet<>(jdbc.sql("select worker_id from matching.worker_card")
                .query(UUID.class)
                .list());
    }

    /**
     * The cards that pass every hard filter in SQL (a superset of those {@link HardFilters} passes:
     * the radius is checked with a hair of slack). Empty when the request has no place.
     */
    public List<WorkerCard> narrow(SupportRequest request, PersonFacts person, LocalDate today) {
        if (request.place() == null) {
            return List.of();
        }
        Narrowing narrowing = new Narrowing(request, person, today);
        return jdbc.sql("select " + COLUMNS + " from matching.worker_card w where " + narrowing.box() + " and "
                        + String.join(" and ", narrowing.filters().values()))
                .params(narrowing.params())
                .query((rs, n) -> card(rs))
                .list();
    }

    /**
     * How many workers each hard filter left out, each counted under the first rule they fail (in
     * the order of {@link HardFilter}): those within reach of the person's area, and every worker who
     * has not said where they live.
     */
    public Map<HardFilter, Integer> leftOut(SupportRequest request, PersonFacts person, LocalDate today) {
        Map<HardFilter, Integer> counts = new EnumMap<>(HardFilter.class);
        int noPlace = jdbc.sql("select count(*) from matching.worker_card where latitude is null")
                .query(Integer.class)
                .single();
        if (noPlace > 0) {
            counts.put(HardFilter.NO_PLACE, noPlace);
        }
        if (request.place() == null) {
            return counts;
        }
        Narrowing narrowing = new Narrowing(request, person, today);
        StringBuilder firstBroken = new StringBuilder("case");
        narrowing
                .filters()
                .forEach((filter, sql) -> firstBroken
                        .append(" when not (")
                        .append(sql)
                        .append(") then '")
                        .append(filter.name())
                        .append("'"));
        firstBroken.append(" else '' end");
        jdbc.sql("select " + firstBroken + " as broken, count(*) as n from matching.worker_card w where "
                        + narrowing.box() + " group by 1")
                .params(narrowing.params())
                .query(rs -> {
                    String broken = rs.getString("broken");
                    if (!broken.isEmpty()) {
                        counts.merge(HardFilter.valueOf(broken), rs.getInt("n"), Integer::sum);
                    }
                });
        return counts;
    }

    /** The SQL form of the hard filters for one request, each passing when true. */
    private static final class Narrowing {

        private final Map<HardFilter, String> filters = new EnumMap<>(HardFilter.class);
        private final Map<String, @Nullable Object> params = new HashMap<>();

        Narrowing(SupportRequest request, PersonFacts person, LocalDate today) {
            GeoPoint place = request.place();
            if (place == null) {
                throw new IllegalArgumentException("A request without a place cannot be narrowed");
            }
            params.put("lat", place.latitude());
            params.put("lon", place.longitude());
            params.put("kmPerLat", KM_PER_DEGREE_LATITUDE);
            // A degree of longitude is shortest on the box's edge furthest from the equator, at most a
            // degree (more than anyone travels) beyond the person.
            double furthest = Math.min(89.9, Math.abs(place.latitude()) + 1);
            params.put("kmPerLon", KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(furthest)));
            params.put("person", request.personId());
            params.put("slack", RADIUS_SLACK_KM);
            params.put("minTier", person.minimumTier());
            params.put("today", Date.valueOf(today));
            params.put(
                    "personConditions",
                    names(person.conditions().stream().map(Enum::name).toList()));
            params.put("times", request.times().bits());
            params.put("hours", request.hoursWanted());
            params.put("mustSkills", musts(request, PreferenceKind.SKILL, false));
            params.put("mustGenders", musts(request, PreferenceKind.GENDER, false));
            params.put("mustLanguages", musts(request, PreferenceKind.LANGUAGE, true));
            params.put("mustConditions", musts(request, PreferenceKind.CONDITION_EXPERIENCE, false));
            params.put("mustDrives", request.musts().stream().anyMatch(p -> p.kind() == PreferenceKind.DRIVES));

            filters.put(HardFilter.SELF, "w.worker_id <> :person");
            // The difference in latitude alone (111.19 km a degree along a meridian, a hair under the
            // haversine's) rules out most cards before the trigonometry.
            filters.put(HardFilter.TOO_FAR, """
                    abs(w.latitude - :lat) * 111.19 <= w.travel_radius_km + :slack
                    and 2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(w.latitude - :lat) / 2), 2)
                        + cos(radians(:lat)) * cos(radians(w.latitude)) * power(sin(radians(w.longitude - :lon) / 2), 2))))
                        <= w.travel_radius_km + :slack""");
            filters.put(HardFilter.TIER, """
                    case :minTier when 0 then true when 1 then coalesce(w.tier_one_until >= :today, false)
                        else coalesce(w.tier_two_until >= :today, false) end""");
            filters.put(HardFilter.EXCLUDED, """
                    not exists (select 1 from matching.exclusion e where e.person_id = :person
                        and e.worker_id = w.worker_id)""");
            filters.put(
                    HardFilter.KIND,
                    request.prefers() == SupportRequest.Prefers.PEER_SUPPORTER
                            ? "(w.kind = 'peer_supporter' or w.skills @> array['PEER_SUPPORT']::text[])"
                                    + " and w.conditions && cast(:personConditions as text[])"
                            : "w.kind <> 'peer_supporter'");
            filters.put(HardFilter.MUST_SKILL, "w.skills @> cast(:mustSkills as text[])");
            filters.put(HardFilter.MUST_GENDER, "w.gender = all(cast(:mustGenders as text[]))");
            filters.put(HardFilter.MUST_LANGUAGE, "w.languages @> cast(:mustLanguages as text[])");
            filters.put(HardFilter.MUST_DRIVES, "(not :mustDrives or w.drives)");
            filters.put(HardFilter.MUST_CONDITION, "w.conditions @> cast(:mustConditions as text[])");
            filters.put(HardFilter.NOT_FREE, "bit_count(w.availability & cast(:times as bit(168))) >= :hours");
        }

        /**
         * Round the person, as far as the furthest anyone travels: the largest radius comes from an
         * index, so the box is as tight as the co-op's workers allow.
         */
        String box() {
            return """
                    w.latitude between :lat - (select max(travel_radius_km) + 1 from matching.worker_card) / :kmPerLat
                        and :lat + (select max(travel_radius_km) + 1 from matching.worker_card) / :kmPerLat
                    and w.longitude between :lon - (select max(travel_radius_km) + 1 from matching.worker_card) / :kmPerLon
                        and :lon + (select max(travel_radius_km) + 1 from matching.worker_card) / :kmPerLon""";
        }

        Map<HardFilter, String> filters() {
            return filters;
        }

        Map<String, @Nullable Object> params() {
            return params;
        }

        private static String[] musts(SupportRequest request, PreferenceKind kind, boolean lowerCase) {
            return names(request.musts().stream()
                    .filter(p -> p.kind() == kind)
                    .map(Preference::value)
                    .map(v -> lowerCase ? v.toLowerCase(Locale.UK) : v)
                    .toList());
        }

        private static String[] names(List<String> values) {
            return values.toArray(String[]::new);
        }
    }

    private static Map<String, @Nullable Object> params(WorkerCard card) {
        Map<String, @Nullable Object> p = new HashMap<>();
        p.put("id", card.workerId());
        p.put("name", card.displayName());
        p.put("kind", card.kind().code());
        p.put("latitude", card.home() == null ? null : card.home().latitude());
        p.put("longitude", card.home() == null ? null : card.home().longitude());
        p.put("district", card.district());
        p.put("radius", card.travelRadiusKm());
        p.put("drives", card.drives());
        p.put("gender", card.gender().name());
        p.put("years", card.experienceYears());
        p.put("skills", card.skills().stream().map(Enum::name).toArray(String[]::new));
        p.put("conditions", card.conditions().stream().map(Enum::name).toArray(String[]::new));
        p.put("interests", card.interests().toArray(String[]::new));
        p.put("languages", card.languages().toArray(String[]::new));
        p.put("availability", card.availability().bits());
        p.put("tierOne", date(card.tiers().tierOneUntil()));
        p.put("tierTwo", date(card.tiers().tierTwoUntil()));
        p.put("rate", card.hourlyRatePence());
        return p;
    }

    private static @Nullable Date date(@Nullable LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static @Nullable LocalDate day(@Nullable Date date) {
        return date == null ? null : date.toLocalDate();
    }

    static WorkerCard card(ResultSet rs) throws SQLException {
        double latitude = rs.getDouble("latitude");
        GeoPoint home = rs.wasNull() ? null : new GeoPoint(latitude, rs.getDouble("longitude"));
        return new WorkerCard(
                rs.getObject("worker_id", UUID.class),
                rs.getString("display_name"),
                WorkerCard.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                home,
                rs.getString("district"),
                rs.getInt("travel_radius_km"),
                rs.getBoolean("drives"),
                Gender.valueOf(rs.getString("gender")),
                rs.getInt("experience_years"),
                Requests.enums(rs.getArray("skills"), Skill.class),
                Requests.enums(rs.getArray("conditions"), Condition.class),
                List.of(Requests.strings(rs.getArray("interests"))),
                List.of(Requests.strings(rs.getArray("languages"))),
                WeeklyPattern.fromBits(rs.getString("availability")),
                new VettingTiers(day(rs.getDate("tier_one_until")), day(rs.getDate("tier_two_until"))),
                rs.getLong("hourly_rate_pence"));
    }
}
