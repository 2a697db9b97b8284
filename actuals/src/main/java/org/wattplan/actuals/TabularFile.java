package org.wattplan.actuals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.csv.CsvTable;

/**
 * A small table from a CSV file (read by {@link CsvTable}, rows numbered by line) or a Parquet file (read by
 * DuckDB, rows numbered from 1). Columns are checked against the required and optional ones; an unknown column
 * is a problem, so a misspelt header never silently drops data.
 */
record TabularFile(String name, List<CsvTable.Row> rows) {
    static boolean isParquet(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    static TabularFile read(Path file, List<String> required, List<String> optional, Problems problems) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            problems.add(name, "no such file");
            return new TabularFile(name, List.of());
        }
        try {
            List<String> header;
            List<CsvTable.Row> rows;
            if (isParquet(file)) {
                rows = new ArrayList<>();
                header = readParquet(file, rows);
            } else {
                CsvTable table = CsvTable.read(name, Files.newBufferedReader(file, StandardCharsets.UTF_8), problems);
                header = table.header();
                rows = table.rows();
            }
            checkHeader(name, header, required, optional, problems);
            return new TabularFile(name, rows);
        } catch (IOException | SQLException e) {
            problems.add(name, "cannot be read: " + e.getMessage());
            return new TabularFile(name, List.of());
        }
    }

    private static void checkHeader(
            String name, List<String> header, List<String> required, List<String> optional, Problems problems) {
        if (header.isEmpty()) {
            return;
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(
                        name + ":1", "missing column \"" + column + "\"; required: " + String.join(", ", required));
            }
        }
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                List<String> known = new ArrayList<>(required);
                known.addAll(optional);
                problems.add(name + ":1", "unknown column \"" + column + "\"; known: " + String.join(", ", known));
            }
        }
    }

    private static List<String> readParquet(Path file, List<CsvTable.Row> rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                PreparedStatement statement =
                        connection.prepareStatement("SELECT * FROM read_parquet(?) ORDER BY file_row_number")) {
            statement.setString(1, file.toString());
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<String> header = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.add(meta.getColumnName(c));
                }
                int row = 0;
                while (result.next()) {
                    row++;
                    Map<String, String> fields = new HashMap<>();
                    for (int c = 1; c <= header.size(); c++) {
                        Object value = result.getObject(c);
                        fields.put(header.get(c - 1), value == null ? "" : text(value));
                    }
                    rows.add(new CsvTable.Row(row, fields));
                }
                return header;
            }
        }
    }

    private static String text(Object value) {
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toLocalDateTime().toString();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toString();
        }
        return value.toString();
    }
}
