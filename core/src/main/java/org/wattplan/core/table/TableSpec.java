package org.wattplan.core.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An output table: its name (the file is {@code NAME.csv} / {@code NAME.parquet}), its columns in order, and the
 * columns a reader of the file requires (the others are optional: a reader treats them as absent when missing).
 */
public record TableSpec(String name, List<ColumnSpec> columns, List<String> required) {
    public TableSpec {
        columns = List.copyOf(columns);
        required = List.copyOf(required);
        Set<String> names = new HashSet<>();
        for (ColumnSpec column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(name + ": column " + column.name() + " twice");
            }
        }
        for (String column : required) {
            if (!names.contains(column)) {
                throw new IllegalArgumentException(name + ": required column " + column + " is not a column");
            }
        }
    }

    public static TableSpec of(String name, List<ColumnSpec> columns) {
        return new TableSpec(name, columns, List.of());
    }

    public static TableSpec of(String name, ColumnSpec... columns) {
        return of(name, List.of(columns));
    }

    /** Columns given as parts (a key, a shared block, a tail), in order. */
    @SafeVarargs
    public static TableSpec concat(String name, List<ColumnSpec>... parts) {
        List<ColumnSpec> columns = new ArrayList<>();
        for (List<ColumnSpec> part : parts) {
            columns.addAll(part);
        }
        return of(name, columns);
    }

    /** The same table with these columns required of a file a reader reads. */
    public TableSpec requiring(ColumnSpec... columns) {
        return requiring(List.of(columns));
    }

    /** The same table with these columns (given as parts) required of a file a reader reads. */
    @SafeVarargs
    public final TableSpec requiring(List<ColumnSpec>... parts) {
        List<String> names = new ArrayList<>();
        for (List<ColumnSpec> part : parts) {
            part.forEach(column -> names.add(column.name()));
        }
        return new TableSpec(name, columns, names);
    }

    public String file() {
        return name + ".csv";
    }

    public List<String> names() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    /** The position of a column, or -1. */
    public int index(String column) {
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).name().equals(column)) {
                return c;
            }
        }
        return -1;
    }

    public Optional<ColumnSpec> find(String column) {
        int index = index(column);
        return index < 0 ? Optional.empty() : Optional.of(columns.get(index));
    }

    /** A column this table has; asking for another is a programming error. */
    public ColumnSpec column(String column) {
        return find(column)
                .orElseThrow(() -> new IllegalArgumentException(name + " has no column " + column + ": " + names()));
    }
}
