package org.carecoop.visits;

/** The worker's visit journey with JavaScript off: plain forms, no location shared. */
class VisitDayJourneyWithoutJavaScriptTests extends VisitDayJourneys {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }
}
