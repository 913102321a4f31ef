package org.carecoop.people;

/** The profile journeys in a browser that does not run JavaScript: every page must still work. */
class ProfileJourneyWithoutJavaScriptTests extends ProfileJourneys {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }
}
