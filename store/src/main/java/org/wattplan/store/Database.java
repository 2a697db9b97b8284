package org.wattplan.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.flywaydb.core.Flyway;

/**
 * The two databases behind the store and what differs between them: how to connect, how the schema is migrated
 * (our runner for DuckDB, Flyway for PostgreSQL), and how a long time series is written fastest.
 */
final class Database implements AutoCloseable {
    static final int POOL_SIZE = 8;

    final boolean postgres;
    final ConnectionPool pool;
    final int schemaVersion;
    /**
     * A DuckDB store's file (its series pass through temporary files beside it: ResultWriter.seriesFromParquet);
     * empty for PostgreSQL, which {@link #postgres} says.
     */
    final Optional<Path> file;

    private final Connection root;

    private Database(Connection root, ConnectionPool pool, int schemaVersion, Optional<Path> file) {
        this.postgres = file.isEmpty();
        this.root = root;
        this.pool = pool;
        this.schemaVersion = schemaVersion;
        this.file = file;
    }

    static Database open(StoreOptions options, long nowMs) {
        try {
            return options.isPostgres() ? postgres(options) : duckdb(options, nowMs);
        } catch (SQLException e) {
            throw new StoreException("cannot open the store at " + describe(options) + ": " + e.getMessage(), e);
        }
    }

    private static Database duckdb(StoreOptions options, long nowMs) throws SQLException {
        Path file = Path.of(options.location()).toAbsolutePath();
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        // many small concurrent queries, not one big one: a few threads each (-Dwattplan.duckdb.threads=N to change)
        properties.setProperty("threads", System.getProperty("wattplan.duckdb.threads", "2"));
        DuckDBConnection root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file, properties);
        int version = DuckDbMigrations.apply(root, nowMs);
        ResultWriter.clearStaleSeriesFiles(file, nowMs);
        ConnectionPool pool = new ConnectionPool(POOL_SIZE, root::duplicate);
        return new Database(root, pool, version, Optional.of(file));
    }

    private static Database postgres(StoreOptions options) throws SQLException {
        Properties properties = new Properties();
        options.user().ifPresent(user -> properties.setProperty("user", user));
        options.password().ifPresent(password -> properties.setProperty("password", password));
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("ApplicationName", "wattplan");
        var flyway = Flyway.configure()
                .dataSource(
                        options.location(),
                        options.user().orElse(null),
                        options.password().orElse(null))
                .locations("classpath:db/common", "classpath:db/postgresql")
                .load();
        var result = flyway.migrate();
        int version = Integer.parseInt(
                result.targetSchemaVersion == null
                        ? String.valueOf(flyway.info().current().getVersion())
                        : result.targetSchemaVersion);
        Connection root = DriverManager.getConnection(options.location(), properties);
        ConnectionPool pool =
                new ConnectionPool(POOL_SIZE, () -> DriverManager.getConnection(options.location(), properties));
        return new Database(root, pool, version, Optional.empty());
    }

    static String describe(StoreOptions options) {
        if (!options.isPostgres()) {
            return options.location();
        }
        int query = options.location().indexOf('?');
        return query < 0 ? options.location() : options.location().substring(0, query);
    }

    @Override
    public void close() {
        pool.close();
        try {
            root.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
