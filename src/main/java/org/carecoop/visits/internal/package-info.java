/**
 * The visits store: {@link org.carecoop.visits.internal.Visits}, the table of visits and their
 * workers, and {@link org.carecoop.visits.internal.VisitBooking}, which implements {@link
 * org.carecoop.visits.VisitsApi} on it, decides who may book, records every change in the access log
 * and publishes the module's events. Private to the visits module.
 */
@NullMarked
package org.carecoop.visits.internal;

import org.jspecify.annotations.NullMarked;
