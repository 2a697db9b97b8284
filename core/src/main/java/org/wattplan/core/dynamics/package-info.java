/**
 * Sub-hourly power dynamics of a site (docs/grid.md): synchronous training groups stepping through compute and
 * communication phases, checkpoints, failures and restarts; server and cooling power behind them; other load;
 * the metrics a utility asks for (peak, trough, swing, ramp, spectrum) and the mitigations that smooth the load.
 * JDK only, no wall clock, randomness only from the seed in the spec.
 */
@NullMarked
package org.wattplan.core.dynamics;

import org.jspecify.annotations.NullMarked;
