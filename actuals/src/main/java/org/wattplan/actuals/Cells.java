package org.wattplan.actuals;

import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/** Reads one cell of a table row, adding a problem that names the line and column when it is bad. */
final class Cells {
    private Cells() {}

    static String required(CsvTable.Row row, String column, String where, Problems problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(where, column + " is empty");
        }
        return value;
    }

    /** A finite number >= 0 (the unit is in the column name or the unit column); 0 when it is bad. */
    static double number(CsvTable.Row row, String column, String where, Problems problems) {
        String text = row.get(column);
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value) || value < 0) {
                problems.add(where, column + " \"" + text + "\" must be a finite number >= 0");
                return 0;
            }
            return value;
        } catch (NumberFormatException e) {
            problems.add(where, column + " \"" + text + "\" is not a number");
            return 0;
        }
    }
}
