package org.carecoop.visits;

/** The worker's visit journey with JavaScript on (the location checkbox shown, not ticked). */
class VisitDayJourneyTests extends VisitDayJourneys {}
