package org.wattplan.actuals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wattplan.core.actuals.Defect;
import org.wattplan.core.actuals.GapPolicy;
import org.wattplan.core.actuals.QualityEvent;

/**
 * Accelerator power samples to energy per accelerator, job, workload and hour, in DuckDB.
 *
 * <p>The same rules as {@link org.wattplan.core.actuals.SeriesIntegrator} (a series is one host's accelerator):
 * samples sorted by time then file order; each interval contributes (P0 + P1) / 2 x dt unless dt exceeds the
 * maximum gap; a zero-length interval is a duplicate (conflicting when the power differs; the later sample's
 * power carries on); adjacent samples in reverse file order are out of order; an interval longer than {@code
 * interpolateAbove} x the series' mean interval is an interpolated gap. Intervals are attributed to the minute
 * they start in, minutes to the job whose [start, end) holds the minute's start, minutes to their hour. One
 * window pass over the samples, slice by slice in time (see {@link #run}); everything after it works on minutes.
 */
final class GpuAggregation {
    static final String UNATTRIBUTED = "(unattributed)";
    private static final long FILE_STRIDE = 1_000_000_000_000L;

    private GpuAggregation() {}

    static void createStaging(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE staged_samples(host VARCHAR, gpu INTEGER, ts_ms BIGINT,"
                    + " power_w DOUBLE, row_no BIGINT)");
        }
    }

    static String stagedRelation() {
        return "SELECT host, gpu, epoch_ms(ts_ms) AS ts, power_w, row_no FROM staged_samples";
    }

    static long rowNumber(int fileIndex, long line) {
        return fileIndex * FILE_STRIDE + line;
    }

    static String parquetRelation(Path file, int fileIndex) {
        return "SELECT CAST(host AS VARCHAR) AS host, TRY_CAST(gpu AS INTEGER) AS gpu,"
                + " TRY_CAST(\"timestamp\" AS TIMESTAMP) AS ts, TRY_CAST(power_w AS DOUBLE) AS power_w, "
                + fileIndex + " * " + FILE_STRIDE + " + file_row_number + 1 AS row_no FROM read_parquet("
                + literal(file.toString()) + ", file_row_number = true)";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * Checks a Parquet file's columns and values (timestamps in the window, power within {@link InputLimits});
     * every bad row (up to the cap) becomes a problem, as does a file DuckDB cannot read. Returns its row count.
     * It runs in a scratch database, so that a file DuckDB fails on cannot abort the ingest's transaction.
     */
    static long validateParquet(Path file, int fileIndex, TimeWindow window, CappedProblems problems) {
        try (Connection scratch = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement statement = scratch.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
            }
            return checkParquet(scratch, file, fileIndex, window, problems);
        } catch (SQLException e) {
            problems.add(file.toString(), "cannot be read as Parquet: " + Quoted.of(String.valueOf(e.getMessage())));
            return 0;
        }
    }

    private static long checkParquet(
            Connection connection, Path file, int fileIndex, TimeWindow window, CappedProblems problems)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "DESCRIBE SELECT * FROM read_parquet(" + literal(file.toString()) + ")")) {
            while (result.next()) {
                columns.add(result.getString(1));
            }
        }
        List<String> required = List.of("timestamp", "host", "gpu", "power_w");
        if (!columns.containsAll(required)) {
            problems.add(file.toString(), "has columns " + Quoted.of(columns.toString()) + "; expected " + required);
            return 0;
        }
        String badHost = "host IS NULL OR host = ''";
        String badGpu = "gpu IS NULL";
        String badTs = "ts IS NULL OR ts < epoch_ms(" + window.fromMs() + ") OR ts >= epoch_ms(" + window.toMs() + ")";
        String badPower = "power_w IS NULL OR NOT isfinite(power_w) OR power_w < 0 OR power_w > "
                + (long) InputLimits.ACCELERATOR_POWER_MAX_W;
        String sql = "SELECT row_no - " + fileIndex + " * " + FILE_STRIDE + ", " + badHost + ", " + badGpu + ", "
                + badTs + ", " + badPower + " FROM (" + parquetRelation(file, fileIndex) + ") WHERE " + badHost
                + " OR " + badGpu + " OR " + badTs + " OR " + badPower + " ORDER BY row_no";
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                List<String> bad = new ArrayList<>();
                String[] names = {"host", "gpu", "timestamp", "power_w"};
                for (int c = 0; c < names.length; c++) {
                    if (result.getBoolean(c + 2)) {
                        bad.add(names[c]);
                    }
                }
                problems.add(
                        file + ": row " + result.getLong(1),
                        String.join(", ", bad) + " missing or not valid (host text, gpu whole number, timestamp in "
                                + window + ", power_w watts from 0 to " + (long) InputLimits.ACCELERATOR_POWER_MAX_W
                                + ")");
            }
        }
        return ActualsStore.single(connection, "SELECT count(*) FROM read_parquet(" + literal(file.toString()) + ")");
    }

    /**
     * Integrates the samples of the relation, stores energy per hour and job, and returns the quality events.
     *
     * <p>The samples are taken in time slices of about {@code chunkRows} rows each (whole minutes), so that the one
     * sort by series and time never holds more than a slice: memory stays bounded whatever the input's size, and a
     * Parquet scan reads only the row groups of its slice (DuckDB prunes them by their timestamp statistics). Each
     * series' last sample of a slice is carried into the next, so the interval across a slice boundary is counted
     * once, in the slice where it ends, exactly as one pass over all samples would count it. Series are numbered
     * first (one aggregate pass, which also gives each series' mean interval), so the sort keys are integers.
     */
    static List<QualityEvent> run(
            Connection connection, String relation, int ingestId, GapPolicy policy, long chunkRows)
            throws SQLException {
        long maxMs = Math.round(policy.maxGapS() * 1000);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE OR REPLACE TEMP TABLE sample_series AS SELECT host, gpu,"
                    + " (row_number() OVER (ORDER BY host, gpu))::INTEGER AS id, n,"
                    + " (epoch_ms(max_ts) - epoch_ms(min_ts)) / greatest(n - 1, 1) AS mean_ms,"
                    + " epoch_ms(min_ts) AS min_ms, epoch_ms(max_ts) AS max_ms FROM (SELECT host, gpu,"
                    + " count(*) AS n, min(ts) AS min_ts, max(ts) AS max_ts FROM (" + relation + ") src GROUP BY ALL)");
            statement.execute("CREATE OR REPLACE TEMP TABLE sample_carry(id INTEGER, ts TIMESTAMP, power_w DOUBLE,"
                    + " row_no BIGINT, mean_ms DOUBLE)");
            statement.execute("CREATE OR REPLACE TEMP TABLE series_minutes(id INTEGER, minute TIMESTAMP, kind VARCHAR,"
                    + " reversed BOOLEAN, energy_j DOUBLE, covered_s DOUBLE, intervals BIGINT, span_s DOUBLE,"
                    + " first_ts TIMESTAMP)");
            long[] span = span(connection);
            for (long[] slice : Slices.of(span[0], span[1], span[2], chunkRows)) {
                String rows = "SELECT s.id, r.ts, r.power_w, r.row_no, s.mean_ms FROM (" + relation + ") r"
                        + " JOIN sample_series s ON s.host = r.host AND s.gpu = r.gpu WHERE r.ts >= epoch_ms("
                        + slice[0] + ") AND r.ts < epoch_ms(" + slice[1] + ")"
                        + " UNION ALL SELECT id, ts, power_w, row_no, mean_ms FROM sample_carry";
                statement.execute("INSERT INTO series_minutes " + minutesSql(rows, maxMs, policy.interpolateAbove()));
                statement.execute("CREATE OR REPLACE TEMP TABLE sample_carry AS SELECT id, last.ts AS ts,"
                        + " last.power_w AS power_w, last.row_no AS row_no, last.mean_ms AS mean_ms FROM (SELECT id,"
                        + " max(struct_pack(ts := ts, row_no := row_no, power_w := power_w, mean_ms := mean_ms))"
                        + " AS last FROM (" + rows + ") GROUP BY id)");
            }
            statement.execute("CREATE OR REPLACE TEMP TABLE gpu_minutes AS SELECT s.host, s.gpu, m.* EXCLUDE (id)"
                    + " FROM series_minutes m JOIN sample_series s USING (id)");
            statement.execute("DROP TABLE series_minutes");
            statement.execute("DROP TABLE sample_carry");
            statement.execute("DROP TABLE sample_series");
            statement.execute("INSERT INTO gpu_energy SELECT " + ingestId + ", g.host, g.gpu,"
                    + " coalesce(m.job, '" + UNATTRIBUTED + "'), coalesce(m.workload, '" + UNATTRIBUTED + "'),"
                    + " date_trunc('hour', g.minute), sum(g.energy_j), sum(g.covered_s)"
                    + " FROM gpu_minutes g LEFT JOIN job_map m ON m.host = g.host"
                    + " AND (m.gpu IS NULL OR m.gpu = g.gpu) AND g.minute >= m.start_ts AND g.minute < m.end_ts"
                    + " GROUP BY ALL");
        }
        List<QualityEvent> events = quality(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE gpu_minutes");
        }
        return events;
    }

    /** Rows, first and last sample time (epoch ms) of all series; zeros when there are no samples. */
    private static long[] span(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT coalesce(sum(n), 0), coalesce(min(min_ms), 0), coalesce(max(max_ms), 0)"
                                + " FROM sample_series")) {
            result.next();
            return new long[] {result.getLong(1), result.getLong(2), result.getLong(3)};
        }
    }

    /**
     * The interval defects of each series by minute ({@code kind}: NULL for a normal interval) and order flag, so
     * that defects cost a few extra groups instead of a filter per row. The rows hold {@code id, ts, power_w,
     * row_no, mean_ms}; the first sample of each series (no previous one) starts no interval.
     */
    private static String minutesSql(String rows, long maxMs, double interpolateAbove) {
        String kind = String.format(
                Locale.ROOT,
                "CASE WHEN dt_ms = 0 AND same THEN 'DUPLICATE' WHEN dt_ms = 0 THEN 'CONFLICTING_DUPLICATE'"
                        + " WHEN dt_ms > %d THEN 'LONG_GAP' WHEN dt_ms > %s * mean_ms THEN 'INTERPOLATED_GAP' END",
                maxMs,
                interpolateAbove);
        return "WITH w AS (SELECT id, ts, power_w, row_no, mean_ms, lag(ts) OVER s AS prev_ts,"
                + " lag(power_w) OVER s AS prev_w, lag(row_no) OVER s AS prev_row FROM (" + rows + ") src"
                + " WINDOW s AS (PARTITION BY id ORDER BY ts, row_no)),"
                + " iv AS (SELECT id, prev_ts AS start_ts, epoch_ms(ts) - epoch_ms(prev_ts) AS dt_ms,"
                + " (prev_w + power_w) / 2 AS mean_w, power_w = prev_w AS same, prev_row > row_no AS reversed,"
                + " mean_ms FROM w WHERE prev_ts IS NOT NULL)"
                + " SELECT id, time_bucket(INTERVAL '1 minute', start_ts) AS minute, " + kind + " AS kind,"
                + " reversed, sum(CASE WHEN dt_ms <= " + maxMs
                + " THEN mean_w * dt_ms ELSE 0 END) / 1000.0 AS energy_j,"
                + " sum(CASE WHEN dt_ms <= " + maxMs + " THEN dt_ms ELSE 0 END) / 1000.0 AS covered_s,"
                + " count(*) AS intervals, sum(dt_ms) / 1000.0 AS span_s, min(start_ts) AS first_ts"
                + " FROM iv GROUP BY ALL";
    }

    private static List<QualityEvent> quality(Connection connection) throws SQLException {
        String sql = "SELECT host, gpu, kind, count, seconds, first_ts FROM ("
                + " SELECT host, gpu, kind, sum(intervals) AS count, sum(span_s) AS seconds, min(first_ts) AS first_ts"
                + " FROM gpu_minutes WHERE kind IS NOT NULL GROUP BY ALL"
                + " UNION ALL SELECT host, gpu, 'OUT_OF_ORDER', sum(intervals), 0, min(first_ts)"
                + " FROM gpu_minutes WHERE reversed GROUP BY ALL) ORDER BY host, gpu, kind";
        List<QualityEvent> events = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                Defect defect = Defect.valueOf(result.getString(3));
                boolean timed = defect == Defect.LONG_GAP || defect == Defect.INTERPOLATED_GAP;
                events.add(new QualityEvent(
                        result.getString(1) + ":gpu" + result.getInt(2),
                        defect,
                        result.getLong(4),
                        timed ? result.getDouble(5) : 0,
                        "first at " + result.getTimestamp(6).toLocalDateTime() + "Z"));
            }
        }
        return events;
    }
}
