package org.wattplan.actuals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.wattplan.core.problem.InvalidInputException;

/**
 * The actuals database: one DuckDB file holding what was ingested (meter readings, accelerator energy per hour,
 * job mappings, bills, site settings, data-quality events) and the monthly site aggregates derived from it.
 * Every change goes through {@link #transaction}, which commits all or nothing.
 */
public final class ActualsStore implements AutoCloseable {
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS ingests(id INTEGER, source VARCHAR, kind VARCHAR,"
                + " size_bytes BIGINT, modified VARCHAR, rows_read BIGINT)",
        "CREATE TABLE IF NOT EXISTS sites(site VARCHAR PRIMARY KEY, region VARCHAR,"
                + " carbon_free_fraction DOUBLE, water_stressed BOOLEAN)",
        "CREATE TABLE IF NOT EXISTS meter_readings(ingest_id INTEGER, site VARCHAR, meter VARCHAR,"
                + " quantity VARCHAR, source VARCHAR, kind VARCHAR, ts_ms BIGINT, value DOUBLE, line BIGINT)",
        "CREATE TABLE IF NOT EXISTS site_monthly(site VARCHAR, quantity VARCHAR, source VARCHAR, month DATE,"
                + " amount DOUBLE)",
        "CREATE TABLE IF NOT EXISTS gpu_energy(ingest_id INTEGER, host VARCHAR, gpu INTEGER, job VARCHAR,"
                + " workload VARCHAR, hour TIMESTAMP, energy_j DOUBLE, covered_s DOUBLE)",
        "CREATE TABLE IF NOT EXISTS job_map(ingest_id INTEGER, host VARCHAR, gpu INTEGER, start_ts TIMESTAMP,"
                + " end_ts TIMESTAMP, job VARCHAR, workload VARCHAR)",
        "CREATE TABLE IF NOT EXISTS bills(ingest_id INTEGER, site VARCHAR, month DATE, energy_kwh DOUBLE,"
                + " cost_usd DOUBLE)",
        "CREATE TABLE IF NOT EXISTS quality(ingest_id INTEGER, series VARCHAR, defect VARCHAR, count BIGINT,"
                + " seconds DOUBLE, detail VARCHAR)"
    };

    /**
     * System property capping DuckDB's own (native, off-heap) memory, e.g. {@code -Dwattplan.duckdb.memory_limit=1GB};
     * DuckDB spills larger sorts to a temporary directory beside the file. Unset: {@link #DEFAULT_MEMORY_LIMIT}.
     */
    public static final String MEMORY_LIMIT_PROPERTY = "wattplan.duckdb.memory_limit";

    /**
     * DuckDB's memory limit unless {@link #MEMORY_LIMIT_PROPERTY} says otherwise: 1 GB, so that an ingest of any
     * size stays within 2 GB of resident memory with the JVM (DuckDB's own default, 80% of RAM, let 100 million
     * samples take 6.9 GB). The integration works in time slices that fit it ({@link Ingest#SLICE_ROWS}).
     */
    public static final String DEFAULT_MEMORY_LIMIT = "1GB";

    private final Connection connection;

    private ActualsStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating when missing) the DuckDB file. */
    public static ActualsStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                String memoryLimit = System.getProperty(MEMORY_LIMIT_PROPERTY, DEFAULT_MEMORY_LIMIT);
                statement.execute("SET memory_limit = "
                        + GpuAggregation.literal(memoryLimit.isBlank() ? DEFAULT_MEMORY_LIMIT : memoryLimit));
                for (String ddl : SCHEMA) {
                    statement.execute(ddl);
                }
            }
            return new ActualsStore(connection);
        } catch (SQLException | java.io.IOException e) {
            throw InvalidInputException.of(file.toString(), "cannot open the actuals database: " + e.getMessage());
        }
    }

    /** Opens an existing file only; a missing one is bad input. */
    public static ActualsStore openExisting(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.of(file.toString(), "no such actuals database; run wattplan actuals ingest");
        }
        return open(file);
    }

    public Connection connection() {
        return connection;
    }

    /** Work that may throw SQL errors. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs the work in one transaction: committed when it returns, rolled back when it throws anything. */
    public <T> T transaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("actuals database: " + e.getMessage(), e);
        }
    }

    /** Runs a read-only query. */
    public <T> T read(Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("actuals database: " + e.getMessage(), e);
        }
    }

    static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("actuals database: " + e.getMessage(), e);
        }
    }
}
