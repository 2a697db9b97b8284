package org.wattplan.core.table;

/**
 * The declared type of a column, and the Java type of its cells in a {@link Table}: text ({@link String}),
 * integers ({@link Long}), numbers ({@link Double}, NaN for no value), booleans, timestamps ({@link
 * java.time.Instant}, UTC) and dates ({@link java.time.LocalDate}). Any cell may be {@link Table#NONE}.
 */
public enum ColumnType {
    TEXT("VARCHAR", String.class),
    INTEGER("BIGINT", Long.class),
    DOUBLE("DOUBLE", Double.class),
    BOOLEAN("BOOLEAN", Boolean.class),
    TIMESTAMP("TIMESTAMP", java.time.Instant.class),
    DATE("DATE", java.time.LocalDate.class);

    private final String sql;
    private final Class<?> cell;

    ColumnType(String sql, Class<?> cell) {
        this.sql = sql;
        this.cell = cell;
    }

    /** The SQL (DuckDB) type a column of this type is declared as in a database table or a Parquet file. */
    public String sql() {
        return sql;
    }

    /** The cell as this type holds it: integers widened to {@link Long}, other numbers to {@link Double}. */
    Object cell(String where, Object value) {
        if (value == Table.NONE) {
            return value;
        }
        Object normalised = switch (this) {
            case INTEGER -> value instanceof Integer || value instanceof Short ? ((Number) value).longValue() : value;
            case DOUBLE -> value instanceof Number n && !(value instanceof Double) ? n.doubleValue() : value;
            default -> value;
        };
        if (!cell.isInstance(normalised)) {
            throw new IllegalArgumentException(where + ": " + value.getClass().getSimpleName() + " " + value
                    + " is not " + name() + " (" + cell.getSimpleName() + ")");
        }
        return normalised;
    }
}
