package org.carecoop.platform.geo;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a postcode is.
 *
 * @param point the unit postcode's own point when {@code exact}, otherwise the centre of its sector
 * @param exact true when the unit postcode itself is known, false when only its sector is
 * @param place the name of the sector's area (e.g. "Hebden Bridge"), when known
 */
public record Location(
        GeoPoint point, boolean exact, @Nullable String place) {

    public Optional<String> placeName() {
        return Optional.ofNullable(place);
    }
}
