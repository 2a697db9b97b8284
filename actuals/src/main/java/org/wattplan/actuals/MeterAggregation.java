package org.wattplan.actuals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.QualityEvent;
import org.wattplan.core.actuals.SeriesIntegrator;
import org.wattplan.core.actuals.SeriesKind;
import org.wattplan.core.actuals.SeriesSummary;

/**
 * Recomputes the monthly amounts of the given sites from every stored reading of their meters, one series per
 * meter, through {@link SeriesIntegrator} (site meters are small: a year of 15-minute readings is 35,040 rows).
 */
final class MeterAggregation {
    private MeterAggregation() {}

    private record Row(long timeMs, double value, long line) {}

    private record Key(String site, String meter, String quantity, String source, SeriesKind kind) {}

    static List<QualityEvent> recompute(Connection connection, Set<String> sites, GapPolicy policy)
            throws SQLException {
        List<QualityEvent> events = new ArrayList<>();
        for (String site : sites) {
            Map<Key, List<Row>> series = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT meter, quantity, source, kind, ts_ms, value, line FROM meter_readings WHERE site = ?"
                            + " ORDER BY meter, ingest_id, line")) {
                statement.setString(1, site);
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        Key key = new Key(
                                site,
                                result.getString(1),
                                result.getString(2),
                                result.getString(3),
                                SeriesKind.valueOf(result.getString(4)));
                        series.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Row(result.getLong(5), result.getDouble(6), result.getLong(7)));
                    }
                }
            }
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM site_monthly WHERE site = ?")) {
                delete.setString(1, site);
                delete.executeUpdate();
            }
            for (Map.Entry<Key, List<Row>> entry : series.entrySet()) {
                Key key = entry.getKey();
                List<Row> rows = entry.getValue();
                long[] timeMs = rows.stream().mapToLong(Row::timeMs).toArray();
                long[] lines = rows.stream().mapToLong(Row::line).toArray();
                double[] value = rows.stream().mapToDouble(Row::value).toArray();
                SeriesSummary summary = SeriesIntegrator.integrate(
                        key.site() + "/" + key.meter(), key.kind(), timeMs, value, lines, policy, true);
                store(connection, key, summary);
                events.addAll(summary.events());
            }
        }
        return events;
    }

    private static void store(Connection connection, Key key, SeriesSummary summary) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO site_monthly VALUES (?, ?, ?, ?, ?)")) {
            for (Map.Entry<YearMonth, Double> month : summary.amountByMonth().entrySet()) {
                insert.setString(1, key.site());
                insert.setString(2, key.quantity());
                insert.setString(3, key.source());
                insert.setDate(4, Date.valueOf(month.getKey().atDay(1)));
                insert.setDouble(5, month.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
