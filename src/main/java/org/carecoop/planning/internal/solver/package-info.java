/**
 * The Timefold model behind {@link org.carecoop.planning.Planner}: one {@link PlanningShift} per
 * shift holding an ordered list of {@link PlanningVisit}s, whose arrival, start and end follow from
 * the list by declarative shadow variables (so synchronised parts of a double-up agree on their
 * starts), scored by {@link PlanningConstraints} and solved by {@link TimefoldPlanner}.
 */
@NullMarked
package org.carecoop.planning.internal.solver;

import org.jspecify.annotations.NullMarked;
