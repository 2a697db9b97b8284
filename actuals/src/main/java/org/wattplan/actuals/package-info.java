/**
 * Metered actuals in an embedded DuckDB file: readers for site meters, accelerator power samples (nvidia-smi,
 * DCGM exporter, Parquet), job mappings, utility bills and site settings; one-transaction ingest; aggregation in
 * SQL for accelerator samples and through {@link org.wattplan.core.actuals.SeriesIntegrator} for meters; the
 * annual report and the plan-vs-actual variance. Formats: docs/actuals.md.
 */
@NullMarked
package org.wattplan.actuals;

import org.jspecify.annotations.NullMarked;
