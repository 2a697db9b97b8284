package org.wattplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wattplan.io.output.Numbers;

/**
 * Results as files: CSV (units in the column names, plain numbers) and Parquet, written by an in-memory DuckDB
 * into a temporary file of our own naming (never a path from a request), read back and deleted.
 */
public final class Exports {
    private Exports() {}

    public static String csv(ResultTable table) {
        StringBuilder out = new StringBuilder(String.join(",", table.columns())).append('\n');
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i > 0 ? "," : "").append(cell(row.get(i)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static String csv(SeriesPage page) {
        return csv(List.of(page));
    }

    /** A time series given page by page (a whole hourly series can be millions of rows). */
    public static String csv(Iterable<SeriesPage> pages) {
        StringBuilder out = new StringBuilder("time_utc,site,")
                .append(String.join(",", SeriesColumns.VALUES))
                .append('\n');
        for (SeriesPage page : pages) {
            appendCsv(out, page);
        }
        return out.toString();
    }

    private static void appendCsv(StringBuilder out, SeriesPage page) {
        for (SeriesPage.Row row : page.rows()) {
            out.append(Instant.ofEpochSecond(row.timeS())).append(',').append(quote(row.site()));
            for (double value : row.values()) {
                out.append(',').append(number(value));
            }
            out.append('\n');
        }
    }

    /** A cell as CSV text: numbers in plain notation (at most 6 decimals), text quoted if needed. */
    public static String cell(Object value) {
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        return quote(String.valueOf(value));
    }

    /** As in the files {@code wattplan simulate} writes ({@link Numbers#plain}); no value (NaN, infinite) empty. */
    public static String number(double value) {
        return Double.isFinite(value) ? Numbers.plain(value) : "";
    }

    private static String quote(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    public static byte[] parquet(ResultTable table) {
        List<Boolean> numeric = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            final int column = c;
            numeric.add(table.rows().stream().allMatch(row -> row.get(column) instanceof Number));
        }
        return withTable(table.columns(), numeric, appender -> {
            for (List<Object> row : table.rows()) {
                appender.beginRow();
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (numeric.get(c)) {
                        appender.append(((Number) value).doubleValue());
                    } else {
                        appender.append(String.valueOf(value));
                    }
                }
                appender.endRow();
            }
        });
    }

    public static byte[] parquet(SeriesPage page) {
        return parquet(List.of(page));
    }

    /** A time series given page by page, appended as it comes. */
    public static byte[] parquet(Iterable<SeriesPage> pages) {
        List<String> columns = new ArrayList<>(List.of("time_s", "site"));
        columns.addAll(SeriesColumns.VALUES);
        List<Boolean> numeric = new ArrayList<>(List.of(true, false));
        SeriesColumns.VALUES.forEach(c -> numeric.add(true));
        return withTable(columns, numeric, appender -> {
            for (SeriesPage page : pages) {
                for (SeriesPage.Row row : page.rows()) {
                    appender.beginRow();
                    appender.append((double) row.timeS());
                    appender.append(row.site());
                    for (double value : row.values()) {
                        appender.append(value);
                    }
                    appender.endRow();
                }
            }
        });
    }

    private interface Fill {
        void rows(DuckDBAppender appender) throws SQLException;
    }

    private static byte[] withTable(List<String> columns, List<Boolean> numeric, Fill fill) {
        Path file = null;
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
                Statement statement = connection.createStatement()) {
            List<String> definitions = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                definitions.add(
                        "\"" + columns.get(c).replace("\"", "") + "\" " + (numeric.get(c) ? "DOUBLE" : "VARCHAR"));
            }
            statement.execute("CREATE TABLE export (" + String.join(", ", definitions) + ")");
            try (DuckDBAppender appender =
                    connection.unwrap(DuckDBConnection.class).createAppender("main", "export")) {
                fill.rows(appender);
                appender.flush();
            }
            file = Files.createTempFile("wattplan-export-", ".parquet");
            statement.execute("COPY export TO '" + file.toString().replace("'", "''") + "' (FORMAT PARQUET)");
            return Files.readAllBytes(file);
        } catch (SQLException | IOException e) {
            throw new StoreException("Parquet export failed: " + e.getMessage(), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }
}
