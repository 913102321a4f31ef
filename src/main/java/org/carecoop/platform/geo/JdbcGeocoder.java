package org.carecoop.platform.geo;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Locates postcodes from the imported ONS units and the sector centres. */
@Repository
class JdbcGeocoder implements Geocoder {

    private final JdbcClient jdbc;

    JdbcGeocoder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Location> locate(Postcode postcode) {
        Optional<Location> unit = jdbc.sql("""
                        select p.latitude, p.longitude, s.place from platform.postcode p
                        left join platform.postcode_sector s on s.sector = ?
                        where p.postcode = ?""")
                .params(postcode.sector(), postcode.value())
                .query((rs, row) -> new Location(
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")), true, rs.getString("place")))
                .optional();
        if (unit.isPresent()) {
            return unit;
        }
        return jdbc.sql("select latitude, longitude, place from platform.postcode_sector where sector = ?")
                .param(postcode.sector())
                .query((rs, row) -> new Location(
                        new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                        false,
                        rs.getString("place")))
                .optional();
    }
}
