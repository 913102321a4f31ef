package org.carecoop.peers;

/** The peer page journeys in a browser that does not run JavaScript: every page must still work. */
class PeerPageJourneyWithoutJavaScriptTests extends PeerPageJourneys {

    @Override
    protected boolean javaScriptEnabled() {
        return false;
    }
}
