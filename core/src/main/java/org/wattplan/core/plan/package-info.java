/**
 * Capacity planning, the pure parts: the planner's input ({@link PlanSpec}: periods, candidate site phases,
 * hardware options, demand, objectives), its output ({@link BuildPlan}), and the Monte Carlo sweep's seeding,
 * parallel runner and statistics. The solver adapter lives in the {@code plan} module. See docs/plan.md.
 */
@NullMarked
package org.wattplan.core.plan;

import org.jspecify.annotations.NullMarked;
