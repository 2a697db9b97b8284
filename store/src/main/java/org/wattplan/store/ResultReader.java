package org.wattplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;

/** Reads the results of succeeded runs only: a run that is not complete has no visible results. */
final class ResultReader {
    private static final String SUCCEEDED =
            " AND run_id IN (SELECT id FROM runs WHERE id = ? AND status = 'succeeded')";

    private ResultReader() {}

    static List<String> tableNames(Connection connection, long runId) throws SQLException {
        return strings(
                connection,
                "SELECT table_name FROM result_tables WHERE run_id = ?" + SUCCEEDED + " ORDER BY table_index",
                runId);
    }

    /** The first column of {@code sql}, whose two parameters are both the run's id (its own and {@link #SUCCEEDED}'s). */
    private static List<String> strings(Connection connection, String sql, long runId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setLong(1, runId);
            select.setLong(2, runId);
            List<String> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }

    static Optional<Table> table(Connection connection, long runId, String name) throws SQLException {
        List<String> columns;
        int rowCount;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT columns, row_count FROM result_tables WHERE run_id = ? AND table_name = ?" + SUCCEEDED)) {
            select.setLong(1, runId);
            select.setString(2, name);
            select.setLong(3, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String joined = rows.getString(1);
                columns = joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
                rowCount = rows.getInt(2);
            }
        }
        Object[][] cells = new Object[rowCount][columns.size()];
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT row_index, column_index, number_value, text_value FROM result_values "
                        + "WHERE run_id = ? AND table_name = ?")) {
            select.setLong(1, runId);
            select.setString(2, name);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    double number = rows.getDouble(3);
                    Object value = rows.wasNull() ? rows.getString(4) : number;
                    cells[rows.getInt(1)][rows.getInt(2)] = value;
                }
            }
        }
        return Optional.of(StoredTables.table(name, columns, cells));
    }

    static List<String> sites(Connection connection, long runId) throws SQLException {
        return strings(
                connection,
                "SELECT DISTINCT site FROM timeseries WHERE run_id = ?" + SUCCEEDED + " ORDER BY site",
                runId);
    }

    /** The last time step of a succeeded run's series (epoch seconds), empty when it has none. */
    static Optional<Long> lastSeriesTime(Connection connection, long runId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT MAX(time_s) FROM timeseries WHERE run_id = ?" + SUCCEEDED)) {
            select.setLong(1, runId);
            select.setLong(2, runId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                long last = rows.getLong(1);
                return rows.wasNull() ? Optional.empty() : Optional.of(last);
            }
        }
    }

    static SeriesPage series(
            Connection connection, long runId, SeriesQuery query, SeriesAggregate aggregate, Optional<Long> knownTotal)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE run_id = ?" + SUCCEEDED);
        parameters.add(runId);
        parameters.add(runId);
        query.site().ifPresent(site -> {
            where.append(" AND site = ?");
            parameters.add(site);
        });
        query.fromS().ifPresent(from -> {
            where.append(" AND time_s >= ?");
            parameters.add(from);
        });
        query.toS().ifPresent(to -> {
            where.append(" AND time_s < ?");
            parameters.add(to);
        });
        String time;
        String values;
        String group;
        List<Object> selectParameters = new ArrayList<>();
        if (query.resampleS().isPresent()) {
            long bucket = query.resampleS().get();
            time = "(time_s - (time_s % ?))";
            selectParameters.add(bucket);
            values = RunColumns.SERIES_VALUES.stream()
                    .map(c -> sql(aggregate) + "(" + c.name() + ")")
                    .reduce((a, b) -> a + ", " + b)
                    .orElseThrow();
            group = " GROUP BY 1, 2";
        } else {
            time = "time_s";
            values = StoredTables.SERIES_COLUMNS;
            group = "";
        }
        long total = knownTotal.isPresent()
                ? knownTotal.get()
                : count(connection, time, where, group, selectParameters, parameters);
        List<SeriesPage.Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + time + " AS t, site, " + values
                + " FROM timeseries" + where + group + " ORDER BY 1, 2 LIMIT ? OFFSET ?")) {
            bind(select, selectParameters, parameters, List.of(query.limit(), query.offset()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    double[] row = new double[RunColumns.SERIES_VALUES.size()];
                    for (int c = 0; c < row.length; c++) {
                        row[c] = result.getDouble(3 + c);
                    }
                    rows.add(new SeriesPage.Row(result.getLong(1), result.getString(2), row));
                }
            }
        }
        long end = query.offset() + rows.size();
        return new SeriesPage(rows, total, end < total ? Optional.of(end) : Optional.empty());
    }

    /** The rows a series query selects in all, before paging (a succeeded run's count never changes). */
    private static long count(
            Connection connection,
            String time,
            CharSequence where,
            String group,
            List<Object> selectParameters,
            List<Object> parameters)
            throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM (SELECT " + time + " AS t, site FROM timeseries" + where + group + ") AS page")) {
            bind(count, selectParameters, parameters, List.of());
            return Jdbc.singleLong(count);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> first, List<Object> second, List<Object> third)
            throws SQLException {
        int index = 1;
        for (List<Object> list : List.of(first, second, third)) {
            for (Object value : list) {
                statement.setObject(index++, value);
            }
        }
    }

    /** The SQL aggregate function of a resampled bucket. */
    private static String sql(SeriesAggregate aggregate) {
        return switch (aggregate) {
            case MEAN -> "AVG";
            case SUM -> "SUM";
            case MAX -> "MAX";
        };
    }
}
