package org.wattplan.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL for the storage tests: the server named by {@code WATTPLAN_TEST_POSTGRES_URL} (for example
 * the one scripts/test.d/postgres.sh starts), else embedded binaries from Maven Central, started once per JVM.
 * Each test gets a fresh database.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static @org.jspecify.annotations.Nullable EmbeddedPostgres embedded;

    private TestPostgres() {}

    /** A JDBC URL (with user) of a new, empty database. */
    public static synchronized String newDatabase() {
        String name = "wattplan_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try {
            String external = System.getenv("WATTPLAN_TEST_POSTGRES_URL");
            if (external != null && !external.isBlank()) {
                try (Connection connection = java.sql.DriverManager.getConnection(external);
                        Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + name);
                }
                return external.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
            }
            EmbeddedPostgres server = embedded;
            if (server == null) {
                server = EmbeddedPostgres.builder().start();
                embedded = server;
            }
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + name);
            }
            return server.getJdbcUrl("postgres", name);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }
}
