/**
 * Visits (VI1–VI3): check-in and check-out with planned and actual times, manual corrections with a
 * reason, mileage and travel time between visits, and each visit's task list. So far it is the store
 * of booked visits: {@link org.carecoop.visits.VisitsApi} books, cancels and completes them and reads
 * a person's visits, and the database guarantees that no worker is ever booked for two overlapping
 * visits (an exclusion constraint). Co-ordinators book with the form at {@code /visits/new}. It publishes
 * {@link org.carecoop.visits.VisitBooked}, {@link org.carecoop.visits.VisitCancelled} and
 * {@link org.carecoop.visits.VisitCompleted}, which the teams module listens to.
 */
@ApplicationModule(displayName = "Visits")
@NullMarked
package org.carecoop.visits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
