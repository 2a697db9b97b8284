/**
 * Plans, sweeps and metered actuals of stored scenarios and runs, for the server: plans and sweeps as jobs on a
 * small queued pool (kept in memory), actuals compared with a stored run without storing anything.
 */
@NullMarked
package org.wattplan.app.analysis;

import org.jspecify.annotations.NullMarked;
