package org.wattplan.io.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.wattplan.core.problem.Problems;
import org.wattplan.core.problem.Quote;
import org.wattplan.io.files.DataPaths;

/**
 * The named columns of a Parquet file as text rows, so that a replayed series from Parquet is checked by the same
 * code as one from CSV ({@link TraceReader}) and gives the same run. Read through an in-memory DuckDB started for
 * the file (DuckDB's own Parquet reader, built into its JDBC driver; extensions are neither installed nor loaded),
 * in the file's row order. Timestamps ({@code TIMESTAMP} read as UTC, {@code TIMESTAMPTZ}) are written as instants, dates as
 * {@code YYYY-MM-DD}, text as it is; values as Java writes the double DuckDB reads ({@code NULL} as empty, a gap).
 * The file is at most {@link DataPaths#MAX_BYTES} and {@link SeriesReader.Rows#MAX_ROWS} rows, a text cell is cut
 * to {@link #MAX_TEXT_CHARS} characters, DuckDB runs on one thread within 1 GB; a "row" in a problem is the 1-based
 * row number in the file.
 */
final class ParquetRows {
    /**
     * Longest text read from a cell: a timestamp or a filter value is tens of characters, and a well-compressed
     * file could otherwise expand into gigabytes of repeated text.
     */
    static final int MAX_TEXT_CHARS = 256;

    private ParquetRows() {}

    static Optional<SeriesReader.Rows> read(
            Path real, String name, List<String> columns, String where, Problems problems) {
        String path = real.toString();
        if (path.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0)) {
            problems.add(where, Quote.of(name) + " has a character DuckDB reads as a pattern (* ? [ ] { }); rename it");
            return Optional.empty();
        }
        try {
            if (Files.size(real) > DataPaths.MAX_BYTES) {
                problems.add(where, Quote.of(name) + " is larger than " + DataPaths.MAX_BYTES + " bytes, the limit");
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(where, Quote.of(name) + " cannot be read");
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        properties.setProperty("threads", "1");
        properties.setProperty("memory_limit", "1GB");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement statement = connection.createStatement()) {
            String source = "read_parquet('" + path.replace("'", "''") + "')";
            Map<String, String> types = types(statement, source);
            for (String column : columns) {
                if (!types.containsKey(column)) {
                    problems.add(where, Quote.of(name) + " has no column " + Quote.of(column));
                    return Optional.empty();
                }
            }
            long count;
            try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM " + source)) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count > SeriesReader.Rows.MAX_ROWS) {
                problems.add(
                        where, Quote.of(name) + " has more than " + SeriesReader.Rows.MAX_ROWS + " rows, the limit");
                return Optional.empty();
            }
            return Optional.of(rows(statement, source, name, columns, types));
        } catch (SQLException e) {
            problems.add(where, Quote.of(name) + " cannot be read as Parquet");
            return Optional.empty();
        }
    }

    private static Map<String, String> types(Statement statement, String source) throws SQLException {
        Map<String, String> types = new HashMap<>();
        try (ResultSet rs = statement.executeQuery("DESCRIBE SELECT * FROM " + source)) {
            while (rs.next()) {
                types.put(
                        rs.getString("column_name"), rs.getString("column_type").toUpperCase(Locale.ROOT));
            }
        }
        return types;
    }

    private static SeriesReader.Rows rows(
            Statement statement, String source, String name, List<String> columns, Map<String, String> types)
            throws SQLException {
        List<String> select = new ArrayList<>();
        boolean[] instant = new boolean[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            String quoted = "\"" + column.replace("\"", "\"\"") + "\"";
            String type = types.getOrDefault(column, "");
            instant[c] = type.startsWith("TIMESTAMP");
            if (instant[c]) {
                select.add("epoch_ms(" + quoted + ")");
            } else if (type.startsWith("DOUBLE") || type.startsWith("FLOAT") || type.startsWith("DECIMAL")) {
                select.add(quoted + "::DOUBLE");
            } else {
                select.add("left(" + quoted + "::VARCHAR, " + MAX_TEXT_CHARS + ")");
            }
        }
        List<String[]> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT " + String.join(", ", select) + " FROM " + source)) {
            while (rs.next()) {
                String[] record = new String[columns.size()];
                for (int c = 0; c < record.length; c++) {
                    Object value = rs.getObject(c + 1);
                    if (value == null) {
                        record[c] = "";
                    } else if (instant[c]) {
                        record[c] = Instant.ofEpochMilli(rs.getLong(c + 1)).toString();
                    } else {
                        record[c] = value instanceof Double d
                                ? Double.toString(d)
                                : value.toString().strip();
                    }
                }
                records.add(record);
                lines.add(records.size());
            }
        }
        return new SeriesReader.Rows(
                name,
                List.copyOf(columns),
                records,
                lines.stream().mapToInt(Integer::intValue).toArray());
    }
}
