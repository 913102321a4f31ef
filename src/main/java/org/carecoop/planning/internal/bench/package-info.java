/**
 * The planning benchmarks: readers for the published Solomon VRPTW and Mankowska home-care instances,
 * adapters that turn them into a {@link org.carecoop.planning.PlanningProblem}, checkers that judge a
 * solution on the raw instance in its own units (so that a mistake in an adapter cannot hide a
 * mistake in the planner), the solution files anyone can re-check, a synthetic provider's day with a
 * greedy baseline, and the {@code bench} commands that run them.
 */
@NullMarked
package org.carecoop.planning.internal.bench;

import org.jspecify.annotations.NullMarked;
