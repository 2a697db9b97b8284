/**
 * The planner's adapters: the build-out MILP on OR-Tools' MPSolver (HiGHS, SCIP or CBC) and the Monte Carlo
 * sweep over the fleet engine. docs/plan.md gives the formulation.
 */
@NullMarked
package org.wattplan.plan;

import org.jspecify.annotations.NullMarked;
