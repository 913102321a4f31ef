/**
 * Planning (CO5): optimised rotas and routes. Given the shifts workers can work and the visits that
 * need doing, the planner decides who does which visit and in what order, so that every visit is
 * covered by a suitable worker with the least travel and lateness while keeping the people each
 * person knows. The problem and the plan are plain records in neutral units ({@link
 * PlanningProblem}, {@link Plan}), so the same engine serves the product, the benchmarks and the
 * independent checker ({@link PlanChecker}) that judges any plan without the solver's score.
 */
@ApplicationModule(displayName = "Planning")
@NullMarked
package org.carecoop.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
