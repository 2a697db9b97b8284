package org.wattplan.io.output.parquet;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What DuckDB reads back from a Parquet file. */
public final class ReadBack {
    private ReadBack() {}

    /** "name TYPE" of each column, in order. */
    public static List<String> columnTypes(Statement duckdb, Path file) throws SQLException {
        List<String> types = new ArrayList<>();
        try (ResultSet r = duckdb.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file + "')")) {
            while (r.next()) {
                types.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return types;
    }
}
