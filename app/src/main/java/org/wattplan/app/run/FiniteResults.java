package org.wattplan.app.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/**
 * Whether a run's results may be stored as a success. A figure that is not a finite number would be shown as null
 * (JSON) or an empty cell (CSV) and read as "no energy" (issue 11), so the run fails instead, naming the first such
 * figure. Infinities are never valid. NaN means "no value" in the few table columns where the fleet tables
 * (io's {@code FleetTables}) write it by design: the change on a first year, a ratio whose denominator is zero,
 * a measure that does not apply to a workload's kind; everywhere else, and in the whole time series, it is invalid
 * too. The scan is one pass over the tables and the series, before anything is written.
 */
public final class FiniteResults {
    /** Table columns whose NaN means "no value" (the engine's convention); every other figure must be finite. */
    static final Set<String> MAY_HAVE_NO_VALUE = Set.of(
            "electricity_yoy_pct",
            "pue",
            "demand_accelerator_hours",
            "served_accelerator_hours",
            "unserved_accelerator_hours",
            "demand_mwh",
            "unserved_mwh",
            "training_flop",
            // issue 14: TCO per accelerator-hour / per MWh in a year with no accelerator-hours / no energy
            "tco_usd_per_accelerator_hour",
            "tco_usd_per_mwh",
            // the share of a workload's demand served, in a year in which it demands nothing
            "served_pct");

    private FiniteResults() {}

    /** The first figure that is not a finite number, described for the run's message; empty when there is none. */
    public static Optional<String> problem(RunResults results) {
        for (Table table : results.tables()) {
            Optional<String> problem = problem(table);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return problem(results.series());
    }

    private static Optional<String> problem(Table table) {
        List<List<Object>> rows = table.rows();
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < table.columns().size(); column++) {
                if (rows.get(row).get(column) instanceof Double value
                        && !valid(value, table.columns().get(column))) {
                    return Optional.of(describe(
                            "table " + table.name() + " row " + (row + 1),
                            table.columns().get(column),
                            value));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(SeriesSource series) {
        List<ColumnSpec> values = RunColumns.SERIES_VALUES;
        int columns = values.size();
        for (int row = 0; row < series.rows(); row++) {
            for (int column = 0; column < columns; column++) {
                double value = series.value(row, column);
                if (!Double.isFinite(value)) {
                    return Optional.of(describe(
                            "time series at " + series.timeS(row) + " s, site " + series.site(row),
                            values.get(column).name(),
                            value));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean valid(double value, String column) {
        return Double.isFinite(value) || (Double.isNaN(value) && MAY_HAVE_NO_VALUE.contains(column));
    }

    private static String describe(String where, String column, double value) {
        return "the results are not valid: " + where + ", " + column + " is " + value
                + " (not a finite number); nothing was stored";
    }
}
