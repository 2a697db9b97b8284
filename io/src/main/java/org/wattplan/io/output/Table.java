package org.wattplan.io.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A small output table: column names that carry their unit ({@code energy_mwh}, {@code co2e_t}) and rows of
 * text or numbers. Numbers are written by {@link Numbers#plain} so files are the same byte for byte on every run.
 */
public record Table(String name, List<String> columns, List<Object[]> rows) {
    public Table {
        columns = List.copyOf(columns);
        rows = new ArrayList<>(rows);
    }

    public static Table of(String name, String... columns) {
        return new Table(name, List.of(columns), new ArrayList<>());
    }

    public Table add(Object... row) {
        if (row.length != columns.size()) {
            throw new IllegalArgumentException(
                    name + ": row has " + row.length + " values for " + columns.size() + " columns");
        }
        rows.add(row.clone());
        return this;
    }

    @Override
    public List<Object[]> rows() {
        return List.copyOf(rows);
    }

    public int column(String column) {
        return columns.indexOf(column);
    }

    public String csv() {
        StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
        for (Object[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object value = row[i];
                if (value instanceof Double d) {
                    out.append(Numbers.plain(d));
                } else if (value instanceof Number n) {
                    out.append(n.toString());
                } else {
                    out.append(quote(String.valueOf(value)));
                }
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
