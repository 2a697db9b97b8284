/**
 * The one table model of wattplan's outputs: {@link org.wattplan.core.table.ColumnSpec} (name with its unit,
 * unit and scale from the engine's SI value, declared type), {@link org.wattplan.core.table.TableSpec}, the
 * {@link org.wattplan.core.table.RunSchema} of every table a simulation run writes, and {@link
 * org.wattplan.core.table.Table}, the rows of one table. Writers (CSV, Parquet, the store) live in the adapters.
 */
@NullMarked
package org.wattplan.core.table;

import org.jspecify.annotations.NullMarked;
