package org.wattplan.io.output.parquet;

import java.nio.charset.StandardCharsets;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.ColumnType;

/**
 * One column's cells of the row group being written: the definition levels (1 a value, 0 none: every column is
 * OPTIONAL) as runs of the RLE/bit-packing hybrid, and the values PLAIN-encoded, little-endian. Each cell is
 * checked against the column's declared type.
 */
final class Column {
    final ColumnSpec spec;
    final Buffer levels = new Buffer();
    final Buffer values = new Buffer();
    int cells;
    private int run = -1;
    private int runLength;
    private int bits;
    private int bitCount;

    Column(ColumnSpec spec) {
        this.spec = spec;
    }

    private void define(int level) {
        cells++;
        if (level == run) {
            runLength++;
        } else {
            endRun();
            run = level;
            runLength = 1;
        }
    }

    private void endRun() {
        if (runLength > 0) {
            levels.varint((long) runLength << 1);
            levels.put(run);
        }
    }

    private void expect(ColumnType type, String what) {
        if (spec.type() != type) {
            throw new IllegalArgumentException(
                    spec.name() + ": cannot append " + what + " to a " + spec.type() + " column");
        }
    }

    void none() {
        define(0);
    }

    void number(double value) {
        eightBytes(ColumnType.DOUBLE, "a number", Double.doubleToRawLongBits(value));
    }

    void integer(long value) {
        if (spec.type() == ColumnType.DOUBLE) {
            number((double) value);
        } else {
            eightBytes(ColumnType.INTEGER, "an integer", value);
        }
    }

    void epochMicros(long micros) {
        eightBytes(ColumnType.TIMESTAMP, "a timestamp", micros);
    }

    private void eightBytes(ColumnType type, String what, long bits) {
        expect(type, what);
        define(1);
        values.putLong(bits);
    }

    void epochDay(int day) {
        expect(ColumnType.DATE, "a date");
        define(1);
        values.putInt(day);
    }

    void text(String value) {
        expect(ColumnType.TEXT, "a text");
        define(1);
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        values.putInt(bytes.length);
        values.put(bytes);
    }

    void flag(boolean value) {
        expect(ColumnType.BOOLEAN, "a boolean");
        define(1);
        if (value) {
            bits |= 1 << bitCount;
        }
        if (++bitCount == 8) {
            values.put(bits);
            bits = 0;
            bitCount = 0;
        }
    }

    /** Ends the row group's page: the last run of levels and the last partial byte of booleans. */
    void finish() {
        endRun();
        if (bitCount > 0) {
            values.put(bits);
        }
    }

    void clear() {
        levels.clear();
        values.clear();
        cells = 0;
        run = -1;
        runLength = 0;
        bits = 0;
        bitCount = 0;
    }
}
