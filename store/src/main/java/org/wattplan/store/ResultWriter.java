package org.wattplan.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.ColumnSpec;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.io.output.ParquetWriter;

/** Writes a run's tables and time series inside the caller's transaction. */
final class ResultWriter {
    private static final int BATCH = 2_000;

    private ResultWriter() {}

    /**
     * Stores the tables: a row per table in {@code result_tables}, a row per cell in {@code result_values}. DuckDB
     * gets the cells through its appender: a batch of prepared inserts runs one statement per cell there, which was
     * the largest single cost of storing the hyperscaler example's run (6,561 cells; docs/engine.md).
     */
    static void tables(Connection connection, boolean postgres, long runId, List<Table> tables) throws SQLException {
        try (PreparedStatement table = connection.prepareStatement(
                "INSERT INTO result_tables (run_id, table_index, table_name, columns, row_count) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            for (int t = 0; t < tables.size(); t++) {
                Table result = tables.get(t);
                table.setLong(1, runId);
                table.setInt(2, t);
                table.setString(3, result.name());
                table.setString(4, String.join(",", result.columns()));
                table.setInt(5, result.rows().size());
                table.executeUpdate();
            }
        }
        if (postgres) {
            cellsBatched(connection, runId, tables);
        } else {
            cellsAppended(connection.unwrap(DuckDBConnection.class), runId, tables);
        }
    }

    /** Receives one cell of a result table: a number (Long and Double; read back as declared) or a text. */
    private interface CellSink {
        void cell(String table, int row, int column, String columnName, Object value) throws SQLException;
    }

    private static void eachCell(List<Table> tables, CellSink sink) throws SQLException {
        for (Table result : tables) {
            for (int r = 0; r < result.rows().size(); r++) {
                List<Object> row = result.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    sink.cell(result.name(), r, c, result.columns().get(c), row.get(c));
                }
            }
        }
    }

    private static void cellsAppended(DuckDBConnection connection, long runId, List<Table> tables) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("main", "result_values")) {
            eachCell(tables, (table, row, column, columnName, value) -> {
                appender.beginRow()
                        .append(runId)
                        .append(table)
                        .append(row)
                        .append(column)
                        .append(columnName);
                if (value instanceof Number number) {
                    appender.append(number.doubleValue()).appendNull();
                } else {
                    appender.appendNull().append(String.valueOf(value));
                }
                appender.endRow();
            });
            appender.flush();
        }
    }

    private static void cellsBatched(Connection connection, long runId, List<Table> tables) throws SQLException {
        try (PreparedStatement cell = connection.prepareStatement(
                "INSERT INTO result_values (run_id, table_name, row_index, column_index, column_name, "
                        + "number_value, text_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int[] pending = {0};
            eachCell(tables, (table, row, column, columnName, value) -> {
                cell.setLong(1, runId);
                cell.setString(2, table);
                cell.setInt(3, row);
                cell.setInt(4, column);
                cell.setString(5, columnName);
                if (value instanceof Number number) {
                    cell.setDouble(6, number.doubleValue());
                    cell.setNull(7, Types.VARCHAR);
                } else {
                    cell.setNull(6, Types.DOUBLE);
                    cell.setString(7, String.valueOf(value));
                }
                cell.addBatch();
                if (++pending[0] == BATCH) {
                    cell.executeBatch();
                    pending[0] = 0;
                }
            });
            if (pending[0] > 0) {
                cell.executeBatch();
            }
        }
    }

    /** A PostgreSQL store's series in batches; a DuckDB store's ({@code duckDbFile} present) through a Parquet file. */
    static void series(Connection connection, Optional<Path> duckDbFile, long runId, SeriesSource series)
            throws SQLException {
        if (series.rows() == 0) {
            return;
        }
        if (duckDbFile.isEmpty()) {
            seriesBatched(connection, runId, series);
        } else if (!seriesFromParquet(connection, duckDbFile.get(), runId, series)) {
            seriesAppended(connection.unwrap(DuckDBConnection.class), runId, series);
        }
    }

    /** The series as {@link #seriesFromParquet} writes it: every value as computed (no rounding), NaN kept. */
    private static final TableSpec SERIES_FILE = TableSpec.concat(
            "stored_series",
            List.of(ColumnSpec.integer("step"), ColumnSpec.integer("time_s"), ColumnSpec.text("site")),
            RunColumns.SERIES_VALUES.stream()
                    .map(c -> ColumnSpec.number(c.name(), c.unit()))
                    .toList());

    /** Characters DuckDB reads as a glob in a file name: a store whose path holds one takes the appender. */
    private static final Pattern GLOB = Pattern.compile("[*?\\[\\]{}]");

    /** A series file older than this beside a store that opens was left by a killed process. */
    private static final Duration STALE = Duration.ofMinutes(10);

    /**
     * DuckDB: the series written by wattplan's own Parquet writer to a temporary file beside the store file ({@code
     * <store>.series-<random>.parquet}) and read in with one {@code INSERT ... SELECT} from {@code read_parquet},
     * then deleted. DuckDB's row appender costs a call per cell (1.5 s of CPU for the hourly hyperscaler's 1,262,304
     * rows x 10 columns); this route 0.25 s of DuckDB plus the writer (docs/engine.md). A file a killed process left
     * is removed when the store next opens ({@link #clearStaleSeriesFiles}). False, with nothing stored, where the
     * path would read as a glob or the folder takes no file.
     */
    static boolean seriesFromParquet(Connection connection, Path store, long runId, SeriesSource series)
            throws SQLException {
        Path folder = store.toAbsolutePath().getParent();
        if (folder == null || GLOB.matcher(store.toAbsolutePath().toString()).find()) {
            return false;
        }
        Path file;
        try {
            file = Files.createTempFile(folder, store.getFileName() + ".series-", ".parquet");
        } catch (IOException e) {
            return false;
        }
        try {
            int values = RunColumns.SERIES_VALUES.size();
            ParquetWriter.write(SERIES_FILE, file, rows -> {
                for (int row = 0; row < series.rows(); row++) {
                    rows.beginRow()
                            .append((long) series.step(row))
                            .append(series.timeS(row))
                            .append(series.site(row));
                    for (int c = 0; c < values; c++) {
                        rows.append(series.value(row, c));
                    }
                    rows.endRow();
                }
            });
            String columns = "step, time_s, site, " + StoredTables.SERIES_COLUMNS;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO timeseries (run_id, " + columns
                    + ") SELECT ?, " + columns + " FROM read_parquet(?)")) {
                insert.setLong(1, runId);
                insert.setString(2, file.toString());
                insert.executeUpdate();
            }
            return true;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // removed when the store next opens
            }
        }
    }

    /** Removes the series files beside {@code store} that are older than {@link #STALE} (best effort). */
    static void clearStaleSeriesFiles(Path store, long nowMs) {
        Path folder = store.toAbsolutePath().getParent();
        if (folder == null) {
            return;
        }
        String prefix = store.getFileName() + ".series-";
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix)
                        && name.endsWith(".parquet")
                        && Files.getLastModifiedTime(file).toMillis() < nowMs - STALE.toMillis()) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a file that cannot be listed or removed stays; the store opens all the same
        }
    }

    static void seriesAppended(DuckDBConnection connection, long runId, SeriesSource series) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender("main", "timeseries")) {
            for (int row = 0; row < series.rows(); row++) {
                appender.beginRow();
                appender.append(runId);
                appender.append(series.step(row));
                appender.append(series.timeS(row));
                appender.append(series.site(row));
                for (int c = 0; c < RunColumns.SERIES_VALUES.size(); c++) {
                    appender.append(series.value(row, c));
                }
                appender.endRow();
            }
            appender.flush();
        }
    }

    private static void seriesBatched(Connection connection, long runId, SeriesSource series) throws SQLException {
        String sql = "INSERT INTO timeseries (run_id, step, time_s, site, " + StoredTables.SERIES_COLUMNS
                + ") VALUES (?, ?, ?, ?" + ", ?".repeat(RunColumns.SERIES_VALUES.size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int row = 0; row < series.rows(); row++) {
                insert.setLong(1, runId);
                insert.setInt(2, series.step(row));
                insert.setLong(3, series.timeS(row));
                insert.setString(4, series.site(row));
                for (int c = 0; c < RunColumns.SERIES_VALUES.size(); c++) {
                    insert.setDouble(5 + c, series.value(row, c));
                }
                insert.addBatch();
                if ((row + 1) % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static void delete(Connection connection, long runId) throws SQLException {
        for (String table : List.of("result_tables", "result_values", "timeseries")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                delete.setLong(1, runId);
                delete.executeUpdate();
            }
        }
    }
}
