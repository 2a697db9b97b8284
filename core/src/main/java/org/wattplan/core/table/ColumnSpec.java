package org.wattplan.core.table;

/**
 * One column of an output table: its name (with the unit in it, {@code electricity_mwh}), declared type, unit and
 * the decimals a large file writes it with ({@link #PLAIN}: up to six, trailing zeros dropped).
 */
public record ColumnSpec(String name, ColumnType type, Unit unit, int decimals) {
    /** Written with up to six decimals, trailing zeros dropped. */
    public static final int PLAIN = -1;

    public ColumnSpec {
        if (name.isEmpty() || !name.equals(name.strip()) || name.contains(",") || name.contains("\"")) {
            throw new IllegalArgumentException("column name \"" + name + "\" is empty or has a comma or quote");
        }
        if (decimals < PLAIN || decimals > 6) {
            throw new IllegalArgumentException(name + ": decimals " + decimals + " must be -1 (plain) or 0..6");
        }
    }

    public static ColumnSpec text(String name) {
        return new ColumnSpec(name, ColumnType.TEXT, Unit.NONE, PLAIN);
    }

    public static ColumnSpec integer(String name) {
        return new ColumnSpec(name, ColumnType.INTEGER, Unit.NONE, PLAIN);
    }

    public static ColumnSpec number(String name, Unit unit) {
        return new ColumnSpec(name, ColumnType.DOUBLE, unit, PLAIN);
    }

    public static ColumnSpec bool(String name) {
        return new ColumnSpec(name, ColumnType.BOOLEAN, Unit.NONE, PLAIN);
    }

    public static ColumnSpec date(String name) {
        return new ColumnSpec(name, ColumnType.DATE, Unit.NONE, PLAIN);
    }

    public static ColumnSpec timestamp(String name) {
        return new ColumnSpec(name, ColumnType.TIMESTAMP, Unit.NONE, PLAIN);
    }

    /** The same column written with fixed {@code value} decimals (rounded half up, trailing zeros dropped). */
    public ColumnSpec decimals(int value) {
        return new ColumnSpec(name, type, unit, value);
    }

    /** An engine value (J, W, s, kg, L, USD) in this column's unit. */
    public double fromSi(double valueSi) {
        return unit.fromSi(valueSi);
    }
}
