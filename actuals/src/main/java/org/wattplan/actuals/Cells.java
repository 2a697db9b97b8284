package org.wattplan.actuals;

import java.util.Locale;
import org.wattplan.io.csv.CsvTable;

/** Reads one cell of a table row, adding a problem that names the line and column when it is bad. */
final class Cells {
    private Cells() {}

    static String required(CsvTable.Row row, String column, String where, CappedProblems problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(where, column + " is empty");
        }
        return value;
    }

    /**
     * A finite number from 0 to {@code max} (in the unit named by {@code unit}, which the column name or the unit
     * column gives); 0 when it is bad. The bounds are those of {@link InputLimits}.
     */
    static double number(
            CsvTable.Row row, String column, double max, String unit, String where, CappedProblems problems) {
        String text = row.get(column);
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < 0 || value > max) {
                problems.add(
                        where,
                        String.format(
                                Locale.ROOT,
                                "%s %s must be a finite number from 0 to %.4g%s (docs/actuals.md, Limits)",
                                column,
                                Quoted.of(text),
                                max,
                                unit.isEmpty() ? "" : " " + unit));
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(where, column + " " + Quoted.of(text) + " is not a number");
            return 0;
        }
    }
}
