package org.wattplan.io.output;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.io.output.parquet.ParquetFile;

/**
 * The one Parquet writer: rows appended straight from the tables or the engine's arrays into a {@link ParquetFile}
 * with the spec's declared column types (no CSV in between, no type inference, no database). No value (NaN,
 * {@link Table#NONE}, empty text) is NULL, and a number is the one its CSV field denotes (the column's decimals),
 * so a Parquet file and its CSV hold the same values. Rows keep their order, so the same rows give the same file.
 */
public final class ParquetWriter {
    /** Appends the rows of one table, each as {@code beginRow(), one append per column, endRow()}. */
    public interface Rows {
        void appendTo(ParquetFile appender);
    }

    private ParquetWriter() {}

    /** Writes a table of rows to {@code file}. */
    public static void write(Table table, Path file) {
        write(table.spec(), file, rows(table));
    }

    /** Writes rows appended by {@code rows} (in the spec's column order and types) to {@code file}. */
    public static void write(TableSpec spec, Path file, Rows rows) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            write(spec, out, rows);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Parquet export failed: cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void write(TableSpec spec, OutputStream out, Rows rows) {
        try (ParquetFile parquet = new ParquetFile(spec, out)) {
            rows.appendTo(parquet);
        }
    }

    /** The value of one cell of an all-number table, in its column's unit. */
    public interface NumberCells {
        double value(int row, int column);
    }

    /**
     * Writes a table whose columns are all numbers (declared DOUBLE) straight from the caller's arrays, row by row
     * (a long sub-hourly trace, say).
     */
    public static void writeNumbers(TableSpec spec, Path file, int rows, NumberCells cells) {
        write(spec, file, appender -> {
            for (int row = 0; row < rows; row++) {
                appender.beginRow();
                for (int c = 0; c < spec.columns().size(); c++) {
                    append(appender, spec.columns().get(c), cells.value(row, c));
                }
                appender.endRow();
            }
        });
    }

    /** The Parquet file's bytes. */
    public static byte[] bytes(TableSpec spec, Rows rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        write(spec, out, rows);
        return out.toByteArray();
    }

    public static byte[] bytes(Table table) {
        return bytes(table.spec(), rows(table));
    }

    /** Appends the rows of a table in order. */
    public static Rows rows(Table table) {
        return appender -> {
            for (List<Object> row : table.rows()) {
                appender.beginRow();
                for (int c = 0; c < row.size(); c++) {
                    append(appender, table.spec().columns().get(c), row.get(c));
                }
                appender.endRow();
            }
        };
    }

    /** Appends one cell as its column declares it; NaN and {@link Table#NONE} as NULL. */
    public static void append(ParquetFile appender, ColumnSpec column, Object value) {
        switch (value) {
            case Double d -> append(appender, column, d.doubleValue());
            case Long l -> appender.append(l.longValue());
            case Boolean b -> appender.append(b.booleanValue());
            case LocalDate date -> appender.append(date);
            case Instant time -> appender.appendEpochMicros(time.getEpochSecond() * 1_000_000 + time.getNano() / 1000);
            case String text when text.isEmpty() -> appender.appendNull();
            case String text -> appender.append(text);
            default -> {
                if (value != Table.NONE) {
                    throw new IllegalArgumentException(column.name() + ": cannot append " + value);
                }
                appender.appendNull();
            }
        }
    }

    /** A number as the CSV writes it in its column (the same decimals); NaN and infinities as NULL. */
    public static void append(ParquetFile appender, ColumnSpec column, double value) {
        if (Double.isFinite(value)) {
            appender.append(Numbers.asWritten(value, column.decimals()));
        } else {
            appender.appendNull();
        }
    }
}
