/**
 * Visits (VI1–VI3): check-in and check-out with planned and actual times, manual corrections with a
 * reason, mileage and travel time between visits, and each visit's task list. For now it holds the
 * event it publishes when a visit is completed, which the teams module listens to.
 */
@ApplicationModule(displayName = "Visits")
@NullMarked
package org.carecoop.visits;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
