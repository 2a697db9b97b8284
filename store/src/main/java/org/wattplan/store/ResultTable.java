package org.wattplan.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A result table of a run (annual, annual_by_site, annual_by_workload, ...): column names carry their unit
 * ({@code energy_mwh}); each cell is a {@link Double}, a {@link Long} or a {@link String}.
 */
public record ResultTable(String name, List<String> columns, List<List<Object>> rows) {
    public ResultTable {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        name + ": a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        for (String column : columns) {
            if (column.isEmpty() || column.contains(",")) {
                throw new IllegalArgumentException(name + ": column name \"" + column + "\" is empty or has a comma");
            }
        }
    }
}
