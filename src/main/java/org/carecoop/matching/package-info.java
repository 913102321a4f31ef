/**
 * Matching people with workers (CH3–CH6): requests, ranked shortlists with a plain-English reason,
 * introductions and trial sessions, exclusions a person asks for, peer supporters and activities, and
 * each person's back-up pool. For now it holds the events it publishes when a regular arrangement
 * between a person and a worker starts or ends, which the teams module listens to.
 */
@ApplicationModule(displayName = "Matching")
@NullMarked
package org.carecoop.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
