/** Runs of stored scenarios: a bounded worker pool, progress events, cancellation, results and comparisons. */
@NullMarked
package org.wattplan.app.run;

import org.jspecify.annotations.NullMarked;
