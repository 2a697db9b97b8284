package org.wattplan.core.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of one output table, each cell of its column's declared {@link ColumnType} (checked as it is added),
 * or {@link #NONE} for no value (a NaN number means the same). Rows are added in order; writers keep it.
 */
public record Table(TableSpec spec, List<List<Object>> rows) {
    /** No value: an empty CSV field, a NULL in Parquet and SQL. */
    public static final Object NONE = Empty.VALUE;

    private enum Empty {
        VALUE;

        @Override
        public String toString() {
            return "";
        }
    }

    public Table {
        List<List<Object>> checked = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            checked.add(check(spec, checked.size(), row));
        }
        rows = checked;
    }

    public static Table of(TableSpec spec) {
        return new Table(spec, List.of());
    }

    /** Appends a row, one value per column in order. */
    public Table add(Object... row) {
        rows.add(check(spec, rows.size(), Arrays.asList(row)));
        return this;
    }

    @Override
    public List<List<Object>> rows() {
        return List.copyOf(rows);
    }

    public String name() {
        return spec.name();
    }

    public List<String> columns() {
        return spec.names();
    }

    /** The position of a column, or -1. */
    public int column(String column) {
        return spec.index(column);
    }

    private static List<Object> check(TableSpec spec, int index, List<Object> row) {
        if (row.size() != spec.columns().size()) {
            throw new IllegalArgumentException(spec.name() + ": row " + index + " has " + row.size() + " values for "
                    + spec.columns().size() + " columns");
        }
        Object[] cells = new Object[row.size()];
        for (int c = 0; c < cells.length; c++) {
            ColumnSpec column = spec.columns().get(c);
            cells[c] = column.type().cell(spec.name() + "[" + index + "]." + column.name(), row.get(c));
        }
        return List.of(cells);
    }
}
