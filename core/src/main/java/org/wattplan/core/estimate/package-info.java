/**
 * The single-workload footprint estimator. A training run or an inference service is reduced to
 * accelerator-hours and IT energy; {@link org.wattplan.core.estimate.FootprintFactors} turn those into facility
 * energy, CO2e, water and cost. Uncertain inputs are sampled by a seeded Monte Carlo.
 */
@NullMarked
package org.wattplan.core.estimate;

import org.jspecify.annotations.NullMarked;
