/**
 * Statistics shared by the estimator, the sweep and the planner: the triangular distribution's inverse
 * distribution function ({@link org.wattplan.core.stats.Triangular}) and sample quantiles
 * ({@link org.wattplan.core.stats.Quantiles}). JDK only.
 */
@NullMarked
package org.wattplan.core.stats;

import org.jspecify.annotations.NullMarked;
