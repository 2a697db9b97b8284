package org.wattplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Versioned schema migrations for DuckDB (Flyway has no DuckDB support): {@link #SCRIPTS} under {@code db/}, in
 * order (the versions Flyway applies to PostgreSQL from {@code db/common} and {@code db/postgresql}), each
 * applied once in its own transaction and recorded in {@code schema_history}.
 */
final class DuckDbMigrations {
    static final List<String> SCRIPTS = List.of("common/V1__schema.sql", "duckdb/V2__indexes.sql");

    private DuckDbMigrations() {}

    static int apply(Connection connection, long nowMs) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_history (version INTEGER PRIMARY KEY, "
                    + "script TEXT NOT NULL, applied_at_ms BIGINT NOT NULL)");
        }
        int current = currentVersion(connection);
        for (int i = current; i < SCRIPTS.size(); i++) {
            int version = i + 1;
            String script = SCRIPTS.get(i);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    PreparedStatement record = connection.prepareStatement(
                            "INSERT INTO schema_history (version, script, applied_at_ms) VALUES (?, ?, ?)")) {
                for (String sql : statements(read(script))) {
                    statement.execute(sql);
                }
                record.setInt(1, version);
                record.setString(2, script);
                record.setLong(3, nowMs);
                record.executeUpdate();
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return currentVersion(connection);
    }

    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_history")) {
            rows.next();
            int version = rows.getInt(1);
            if (version > SCRIPTS.size()) {
                throw new SQLException("the store has schema version " + version + " but this wattplan knows only "
                        + SCRIPTS.size() + "; use a newer wattplan");
            }
            return version;
        }
    }

    private static String read(String script) throws SQLException {
        try (InputStream in = DuckDbMigrations.class.getResourceAsStream("/db/" + script)) {
            if (in == null) {
                throw new SQLException("migration script missing: db/" + script);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read migration " + script, e);
        }
    }

    /** Splits a script at semicolons ending a line; comment lines are dropped. */
    static List<String> statements(String script) {
        StringBuilder kept = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (!line.strip().startsWith("--")) {
                kept.append(line).append('\n');
            }
        }
        return java.util.Arrays.stream(kept.toString().split(";\\s*\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .toList();
    }
}
