package org.wattplan.io.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;

/**
 * The one Parquet writer: an in-memory DuckDB table declared with the spec's column types ({@code CREATE TABLE}
 * from {@link org.wattplan.core.table.ColumnType#sql}), filled by DuckDB's appender straight from the rows or
 * arrays (no CSV in between, no type inference), then {@code COPY ... (FORMAT parquet)}. No value (NaN, {@link
 * Table#NONE}, empty text) is NULL, and a number is the one its CSV field denotes (the column's decimals), so a
 * Parquet file and its CSV hold the same values. Rows keep their order, so the same rows give the same file. One
 * writer may write many files; close it after.
 */
public final class ParquetWriter implements AutoCloseable {
    /** Appends the rows of one table, each as {@code beginRow(), one append per column, endRow()}. */
    public interface Rows {
        void appendTo(DuckDBAppender appender) throws SQLException;
    }

    private final Connection connection;
    private int tables;

    private ParquetWriter(Connection connection) {
        this.connection = connection;
    }

    public static ParquetWriter open() {
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        try {
            return new ParquetWriter(DriverManager.getConnection("jdbc:duckdb:", properties));
        } catch (SQLException e) {
            throw failed("cannot start DuckDB", e);
        }
    }

    /** Writes a table of rows to {@code file}. */
    public void write(Table table, Path file) {
        write(table.spec(), file, rows(table));
    }

    /** Writes rows appended by {@code rows} (in the spec's column order and types) to {@code file}. */
    public void write(TableSpec spec, Path file, Rows rows) {
        String table = "t" + tables++;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (" + definitions(spec) + ")");
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender("main", table)) {
                rows.appendTo(appender);
                appender.flush();
            }
            statement.execute("COPY " + table + " TO " + literal(file) + " (FORMAT parquet)");
            statement.execute("DROP TABLE " + table);
        } catch (SQLException e) {
            throw failed("cannot write " + file, e);
        }
    }

    /** The value of one cell of an all-number table, in its column's unit. */
    public interface NumberCells {
        double value(int row, int column);
    }

    /**
     * Writes a table whose columns are all numbers (declared DOUBLE) straight from the caller's arrays, row by row,
     * so that callers need no DuckDB type (a long sub-hourly trace, say).
     */
    public static void writeNumbers(TableSpec spec, Path file, int rows, NumberCells cells) {
        try (ParquetWriter writer = open()) {
            writer.write(spec, file, appender -> {
                for (int row = 0; row < rows; row++) {
                    appender.beginRow();
                    for (int c = 0; c < spec.columns().size(); c++) {
                        append(appender, spec.columns().get(c), cells.value(row, c));
                    }
                    appender.endRow();
                }
            });
        }
    }

    /** The Parquet file's bytes, written to a temporary file of our own naming that is deleted after. */
    public static byte[] bytes(TableSpec spec, Rows rows) {
        Path file = null;
        try (ParquetWriter writer = open()) {
            file = Files.createTempFile("wattplan-export-", ".parquet");
            writer.write(spec, file, rows);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalStateException("Parquet export failed: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                delete(file);
            }
        }
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
    public static void append(DuckDBAppender appender, ColumnSpec column, Object value) throws SQLException {
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
    public static void append(DuckDBAppender appender, ColumnSpec column, double value) throws SQLException {
        if (Double.isFinite(value)) {
            appender.append(Numbers.asWritten(value, column.decimals()));
        } else {
            appender.appendNull();
        }
    }

    private static String definitions(TableSpec spec) {
        StringBuilder out = new StringBuilder();
        for (ColumnSpec column : spec.columns()) {
            out.append(out.isEmpty() ? "" : ", ")
                    .append('"')
                    .append(column.name())
                    .append("\" ")
                    .append(column.type().sql());
        }
        return out.toString();
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("Parquet export failed: " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("cannot close DuckDB", e);
        }
    }
}
