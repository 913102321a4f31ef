package org.carecoop.people;

/** The profile journeys in a browser that runs JavaScript. */
class ProfileJourneyTests extends ProfileJourneys {}
