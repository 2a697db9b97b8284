package org.wattplan.io.output;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Converts written CSV files to Parquet with an in-memory DuckDB (Parquet support is built into DuckDB; no
 * extension is installed). Rows keep their order, so the same CSV gives the same Parquet file.
 */
public final class ParquetExport {
    private ParquetExport() {}

    public static void convert(List<Path> csvFiles) throws SQLException {
        convert(csvFiles, java.util.Map.of());
    }

    /**
     * Converts each CSV beside itself; {@code columnTypes} gives DuckDB column types by file name (such as
     * {@link TimeseriesWriter#DUCKDB_COLUMNS}) so large files are read without a type-detection pass.
     */
    public static void convert(List<Path> csvFiles, java.util.Map<String, String> columnTypes) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = connection.createStatement()) {
            statement.execute("SET preserve_insertion_order = true");
            statement.execute("SET autoinstall_known_extensions = false");
            statement.execute("SET autoload_known_extensions = false");
            for (Path csv : csvFiles) {
                String name = csv.getFileName().toString().replaceFirst("\\.csv$", ".parquet");
                Path parquet = csv.resolveSibling(name);
                String types = columnTypes.get(csv.getFileName().toString());
                String options = types == null
                        ? "header = true, auto_detect = true, sample_size = -1"
                        : "header = true, auto_detect = false, columns = " + types;
                statement.execute("COPY (SELECT * FROM read_csv(" + literal(csv) + ", " + options + ")) TO "
                        + literal(parquet) + " (FORMAT parquet)");
            }
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
