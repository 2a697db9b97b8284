/**
 * Metered actuals, the pure part: integrating power samples and counter readings into energy and water per
 * period with the gap, duplicate, ordering, reset and clock-skew rules of docs/actuals.md, and explaining a
 * plan-vs-actual variance by the factors of its identity. JDK only; the DuckDB adapter lives in
 * {@code org.wattplan.actuals}.
 */
@NullMarked
package org.wattplan.core.actuals;

import org.jspecify.annotations.NullMarked;
