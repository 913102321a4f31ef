package org.carecoop.people.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.carecoop.people.Condition;
import org.carecoop.people.EmploymentBasis;
import org.carecoop.people.Gender;
import org.carecoop.people.GenderPreference;
import org.carecoop.people.Need;
import org.carecoop.people.OutcomeSought;
import org.carecoop.people.PersonProfile;
import org.carecoop.people.Skill;
import org.carecoop.people.SupportTime;
import org.carecoop.people.WorkerProfile;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Postcode;
import org.carecoop.platform.money.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored person and worker profiles. Each account has at most one of each. */
@Repository
public class Profiles {

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PersonProfile> person(UUID accountId) {
        return jdbc.sql("select * from people.person_profile where account_id = ?")
                .param(accountId)
                .query(Profiles::person)
                .optional();
    }

    public Optional<WorkerProfile> worker(UUID accountId) {
        return jdbc.sql("select * from people.worker_profile where account_id = ?")
                .param(accountId)
                .query(Profiles::worker)
                .optional();
    }

    void savePerson(UUID accountId, PersonProfile p, @Nullable GeoPoint point, Instant at) {
        jdbc.sql("""
                        insert into people.person_profile (account_id, about, needs, needs_detail, conditions, outcomes, interests,
                            preferred_worker_gender, languages, phone_before_visit, photo_before_first_visit,
                            safety_notes, postcode, latitude, longitude, times_wanted, times_detail, updated_at)
                        values (:id, :about, :needs, :needsDetail, :conditions, :outcomes, :interests, :gender, :languages,
                            :phoneBefore, :photoBefore, :safetyNotes, :postcode, :latitude, :longitude, :times,
                            :timesDetail, :at)
                        on conflict (account_id) do update set about = excluded.about, needs = excluded.needs,
                            needs_detail = excluded.needs_detail, conditions = excluded.conditions,
                            outcomes = excluded.outcomes,
                            interests = excluded.interests, preferred_worker_gender = excluded.preferred_worker_gender,
                            languages = excluded.languages, phone_before_visit = excluded.phone_before_visit,
                            photo_before_first_visit = excluded.photo_before_first_visit,
                            safety_notes = excluded.safety_notes, postcode = excluded.postcode,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            times_wanted = excluded.times_wanted, times_detail = excluded.times_detail,
                            updated_at = excluded.updated_at""")
                .param("id", accountId)
                .param("about", p.about())
                .param("needs", codes(p.needs()))
                .param("needsDetail", p.needsDetail())
                .param("conditions", codes(p.conditions()))
                .param("outcomes", codes(p.outcomes()))
                .param("interests", p.interests().toArray(String[]::new))
                .param("gender", p.preferredWorkerGender().name())
                .param("languages", p.languages().toArray(String[]::new))
                .param("phoneBefore", p.phoneBeforeVisit())
                .param("photoBefore", p.photoBeforeFirstVisit())
                .param("safetyNotes", p.safetyNotes())
                .param("postcode", p.postcode() == null ? null : p.postcode().value())
                .param("latitude", point == null ? null : point.latitude())
                .param("longitude", point == null ? null : point.longitude())
                .param("times", codes(p.timesWanted()))
                .param("timesDetail", p.timesDetail())
                .param("at", Timestamp.from(at))
                .update();
    }

    void saveWorker(UUID accountId, WorkerProfile w, @Nullable GeoPoint point, Instant at) {
        jdbc.sql("""
                        insert into people.worker_profile (account_id, bio, gender, skills, qualifications,
                            experience_years, conditions, interests, languages, employment_basis, postcode, latitude,
                            longitude, travel_radius_km, hourly_rate_pence, drives, updated_at)
                        values (:id, :bio, :gender, :skills, :qualifications, :experience, :conditions, :interests,
                            :languages, :basis, :postcode, :latitude, :longitude, :radius, :rate, :drives, :at)
                        on conflict (account_id) do update set bio = excluded.bio, gender = excluded.gender,
                            skills = excluded.skills, qualifications = excluded.qualifications,
                            experience_years = excluded.experience_years, conditions = excluded.conditions,
                            interests = excluded.interests, languages = excluded.languages,
                            employment_basis = excluded.employment_basis, postcode = excluded.postcode,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            travel_radius_km = excluded.travel_radius_km,
                            hourly_rate_pence = excluded.hourly_rate_pence, drives = excluded.drives,
                            updated_at = excluded.updated_at""")
                .param("id", accountId)
                .param("bio", w.bio())
                .param("gender", w.gender().name())
                .param("skills", codes(w.skills()))
                .param("qualifications", w.qualifications())
                .param("experience", w.experienceYears())
                .param("conditions", codes(w.conditions()))
                .param("interests", w.interests().toArray(String[]::new))
                .param("languages", w.languages().toArray(String[]::new))
                .param("basis", w.employmentBasis().name())
                .param("postcode", w.postcode() == null ? null : w.postcode().value())
                .param("latitude", point == null ? null : point.latitude())
                .param("longitude", point == null ? null : point.longitude())
                .param("radius", w.travelRadiusKm())
                .param("rate", Math.toIntExact(w.hourlyRate().pence()))
                .param("drives", w.drives())
                .param("at", Timestamp.from(at))
                .update();
    }

    private static PersonProfile person(ResultSet rs, int row) throws SQLException {
        return new PersonProfile(
                rs.getString("about"),
                enums(rs.getArray("needs"), Need.class),
                rs.getString("needs_detail"),
                enums(rs.getArray("conditions"), Condition.class),
                enums(rs.getArray("outcomes"), OutcomeSought.class),
                strings(rs.getArray("interests")),
                GenderPreference.valueOf(rs.getString("preferred_worker_gender")),
                strings(rs.getArray("languages")),
                rs.getBoolean("phone_before_visit"),
                rs.getBoolean("photo_before_first_visit"),
                rs.getString("safety_notes"),
                postcode(rs.getString("postcode")),
                enums(rs.getArray("times_wanted"), SupportTime.class),
                rs.getString("times_detail"));
    }

    private static WorkerProfile worker(ResultSet rs, int row) throws SQLException {
        return new WorkerProfile(
                rs.getString("bio"),
                Gender.valueOf(rs.getString("gender")),
                enums(rs.getArray("skills"), Skill.class),
                rs.getString("qualifications"),
                rs.getInt("experience_years"),
                enums(rs.getArray("conditions"), Condition.class),
                strings(rs.getArray("interests")),
                strings(rs.getArray("languages")),
                EmploymentBasis.valueOf(rs.getString("employment_basis")),
                postcode(rs.getString("postcode")),
                rs.getInt("travel_radius_km"),
                Money.ofPence(rs.getInt("hourly_rate_pence")),
                rs.getBoolean("drives"));
    }

    private static String[] codes(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    /** Codes no longer in the vocabulary (a renamed option) are dropped rather than failing the read. */
    private static <E extends Enum<E>> Set<E> enums(Array array, Class<E> type) throws SQLException {
        Set<String> known =
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        EnumSet<E> values = EnumSet.noneOf(type);
        for (String code : (String[]) array.getArray()) {
            if (known.contains(code)) {
                values.add(Enum.valueOf(type, code));
            }
        }
        return values;
    }

    private static @Nullable Postcode postcode(@Nullable String value) {
        return value == null ? null : Postcode.parse(value).orElse(null);
    }
}
