package org.carecoop.visits.web;

import java.util.Optional;
import org.carecoop.platform.geo.GeoPoint;

/**
 * Where the worker is, when they chose to share it: the latitude and longitude a small script fills
 * in from the browser's Geolocation API. Without JavaScript, or when the worker does not share, both
 * are empty, and anything that is not a point on the earth counts as not shared.
 */
public class VisitDayLocationForm {

    private String lat = "";

    private String lng = "";

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLng() {
        return lng;
    }

    public void setLng(String lng) {
        this.lng = lng;
    }

    /** The shared location, if both parts were given and make a point on the earth. */
    Optional<GeoPoint> point() {
        try {
            double latitude = Double.parseDouble(lat.strip());
            double longitude = Double.parseDouble(lng.strip());
            return Optional.of(new GeoPoint(latitude, longitude));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
