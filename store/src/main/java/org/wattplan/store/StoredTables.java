package org.wattplan.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.ColumnType;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;

/**
 * How the store keeps a {@link Table}: each cell as a number (integers and numbers) or as text (the others, no
 * value as empty text), and how it reads one back with its declared types. A column is typed by {@link RunSchema}
 * (the table's own column, else a run column of that name); a column no run table has (a table of another
 * engine) is a DOUBLE when every stored cell is a number, otherwise TEXT.
 */
final class StoredTables {
    /** The time series value columns, as in the {@code timeseries} table. */
    static final String SERIES_COLUMNS = String.join(
            ", ", RunColumns.SERIES_VALUES.stream().map(ColumnSpec::name).toList());

    private StoredTables() {}

    /** A table read back: {@code cells} hold a Double (number_value) or a String (text_value) each. */
    static Table table(String name, List<String> columns, Object[][] cells) {
        List<ColumnSpec> specs = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            specs.add(spec(name, columns.get(c), cells, c));
        }
        Table table = Table.of(TableSpec.of(name, specs));
        for (Object[] row : cells) {
            Object[] typed = new Object[row.length];
            for (int c = 0; c < row.length; c++) {
                typed[c] = typed(specs.get(c).type(), row[c]);
            }
            table.add(typed);
        }
        return table;
    }

    private static ColumnSpec spec(String table, String column, Object[][] cells, int index) {
        return RunSchema.table(table)
                .flatMap(t -> t.find(column))
                .or(() -> RunSchema.column(column))
                .orElseGet(() -> {
                    for (Object[] row : cells) {
                        if (!(row[index] instanceof Double)) {
                            return ColumnSpec.text(column);
                        }
                    }
                    return ColumnSpec.number(column, org.wattplan.core.table.Unit.NONE);
                });
    }

    private static Object typed(ColumnType type, Object stored) {
        if (stored instanceof Double number) {
            return switch (type) {
                case INTEGER -> Double.isNaN(number) ? Table.NONE : (Object) number.longValue();
                case DOUBLE -> number;
                default -> String.valueOf(number);
            };
        }
        String text = String.valueOf(stored);
        return switch (type) {
            case TEXT -> text;
            case BOOLEAN -> text.isEmpty() ? Table.NONE : Boolean.parseBoolean(text);
            case DATE -> text.isEmpty() ? Table.NONE : LocalDate.parse(text);
            case TIMESTAMP -> text.isEmpty() ? Table.NONE : java.time.Instant.parse(text);
            case INTEGER, DOUBLE -> Table.NONE;
        };
    }
}
