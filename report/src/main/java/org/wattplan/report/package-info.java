/**
 * Reports of a simulation run: headline figures with their year-over-year change, charts (PNG, SVG, inline in
 * HTML), the assumptions and the method; and comparisons of two runs. Reads a run directory by named columns.
 */
@NullMarked
package org.wattplan.report;

import org.jspecify.annotations.NullMarked;
