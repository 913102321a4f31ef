package org.carecoop.platform.geo;

import java.util.Optional;

/** Finds where a postcode is. */
public interface Geocoder {

    /**
     * The unit postcode's location when it is known, otherwise the centre of its sector as an
     * approximate location, otherwise empty.
     */
    Optional<Location> locate(Postcode postcode);
}
