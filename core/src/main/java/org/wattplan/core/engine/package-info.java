/**
 * The fleet simulation engine: sites with staged phases, hardware cohorts and workloads stepped through time at
 * a fixed resolution. Hot loops run over primitive arrays whose names carry their SI unit; everything is
 * deterministic (no wall clock, sums in a fixed order). See docs/engine.md.
 */
@NullMarked
package org.wattplan.core.engine;

import org.jspecify.annotations.NullMarked;
