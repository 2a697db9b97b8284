package org.wattplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;

/** Borrowing a connection, running a transaction (retried when DuckDB reports a write conflict), small readers. */
final class Jdbc {
    private static final int ATTEMPTS = 5;

    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private Jdbc() {}

    static <T> T withConnection(Database database, Work<T> work) {
        try {
            Connection connection = database.pool.take();
            try {
                return work.apply(connection);
            } finally {
                database.pool.give(connection);
            }
        } catch (SQLException e) {
            throw new StoreException("store: " + e.getMessage(), e);
        }
    }

    static <T> T inTransaction(Database database, Work<T> work) {
        SQLException last = new SQLException("no attempt made");
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                Connection connection = database.pool.take();
                try {
                    connection.setAutoCommit(false);
                    T result = work.apply(connection);
                    connection.commit();
                    return result;
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    database.pool.give(connection);
                }
            } catch (SQLException e) {
                last = e;
                if (!isConflict(e)) {
                    break;
                }
                pause(attempt);
            }
        }
        throw new StoreException("store: " + last.getMessage(), last);
    }

    private static boolean isConflict(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("conflict") || "40001".equals(e.getSQLState());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(5L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static long singleLong(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("expected one row");
            }
            return rows.getLong(1);
        }
    }

    static void setOptionalLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    static Optional<Long> optionalLong(ResultSet rows, int index) throws SQLException {
        long value = rows.getLong(index);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
