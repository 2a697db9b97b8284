package org.wattplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

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

    static void series(Connection connection, boolean postgres, long runId, SeriesSource series) throws SQLException {
        if (series.rows() == 0) {
            return;
        }
        if (postgres) {
            seriesBatched(connection, runId, series);
        } else {
            seriesAppended(connection.unwrap(DuckDBConnection.class), runId, series);
        }
    }

    private static void seriesAppended(DuckDBConnection connection, long runId, SeriesSource series)
            throws SQLException {
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
