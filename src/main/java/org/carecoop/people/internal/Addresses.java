package org.carecoop.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.carecoop.people.PersonAddress;
import org.carecoop.platform.geo.GeoPoint;
import org.carecoop.platform.geo.Postcode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored addresses of people who receive support: the lines and town in {@code
 * people.person_address}, one row per person, with the postcode from their profile.
 */
@Repository
public class Addresses {

    private final JdbcClient jdbc;

    Addresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's address; empty when neither lines nor a postcode are recorded. */
    public Optional<PersonAddress> read(UUID personId) {
        return jdbc.sql("""
                        select p.postcode, a.line_1, a.line_2, a.line_3, a.town
                        from people.account acc
                        left join people.person_profile p on p.account_id = acc.id
                        left join people.person_address a on a.account_id = acc.id
                        where acc.id = ? and (p.postcode is not null or a.line_1 is not null)""").param(personId).query(Addresses::address).optional();
    }

    /** Replaces the lines and town, or removes them when there are none. */
    void saveLines(UUID personId, PersonAddress address, Instant at) {
        if (!address.hasStreet()) {
            jdbc.sql("delete from people.person_address where account_id = ?")
                    .param(personId)
                    .update();
            return;
        }
        List<String> lines = address.lines();
        jdbc.sql("""
                        insert into people.person_address (account_id, line_1, line_2, line_3, town, updated_at)
                        values (:id, :line1, :line2, :line3, :town, :at)
                        on conflict (account_id) do update set line_1 = excluded.line_1, line_2 = excluded.line_2,
                            line_3 = excluded.line_3, town = excluded.town, updated_at = excluded.updated_at""")
                .param("id", personId)
                .param("line1", lines.get(0))
                .param("line2", lines.size() > 1 ? lines.get(1) : "")
                .param("line3", lines.size() > 2 ? lines.get(2) : "")
                .param("town", address.town())
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Sets the postcode on the person's profile (starting an empty profile if they have none), only
     * when it differs, so that the profile's time of change stays true. Without a postcode, or with one
     * that could not be located, the profile's postcode is removed.
     */
    void savePostcode(UUID personId, @Nullable Postcode postcode, @Nullable GeoPoint point, Instant at) {
        if (postcode == null || point == null) {
            jdbc.sql("""
                            update people.person_profile set postcode = null, latitude = null, longitude = null,
                                updated_at = ?
                            where account_id = ? and postcode is not null""").param(Timestamp.from(at)).param(personId).update();
            return;
        }
        jdbc.sql("""
                        insert into people.person_profile (account_id, postcode, latitude, longitude, updated_at)
                        values (:id, :postcode, :latitude, :longitude, :at)
                        on conflict (account_id) do update set postcode = excluded.postcode,
                            latitude = excluded.latitude, longitude = excluded.longitude,
                            updated_at = excluded.updated_at
                        where person_profile.postcode is distinct from excluded.postcode""")
                .param("id", personId)
                .param("postcode", postcode.value())
                .param("latitude", point.latitude())
                .param("longitude", point.longitude())
                .param("at", Timestamp.from(at))
                .update();
    }

    private static PersonAddress address(ResultSet rs, int row) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String column : List.of("line_1", "line_2", "line_3")) {
            String line = rs.getString(column);
            if (line != null) {
                lines.add(line);
            }
        }
        String town = rs.getString("town");
        String postcode = rs.getString("postcode");
        return new PersonAddress(
                lines,
                town == null ? "" : town,
                postcode == null ? null : Postcode.parse(postcode).orElse(null));
    }
}
