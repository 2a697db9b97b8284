/** Reads the {@code grid} section of a scenario: utility limits, meter dynamics, mitigations, training iterations (docs/grid.md). */
@NullMarked
package org.wattplan.io.grid;

import org.jspecify.annotations.NullMarked;
