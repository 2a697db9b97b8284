package org.wattplan.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** A fixed set of open connections handed out one caller at a time; a caller waits at most 30 s for one. */
final class ConnectionPool implements AutoCloseable {
    interface Opener {
        Connection open() throws SQLException;
    }

    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();

    ConnectionPool(int size, Opener opener) throws SQLException {
        idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Connection connection = opener.open();
            all.add(connection);
            idle.add(connection);
        }
    }

    Connection take() throws SQLException {
        try {
            Connection connection = idle.poll(30, TimeUnit.SECONDS);
            if (connection == null) {
                throw new SQLException("no database connection free for 30 s");
            }
            return connection;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
    }

    void give(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // a broken connection is still returned: the next statement on it reports the failure
        }
        idle.add(connection);
    }

    @Override
    public void close() {
        for (Connection connection : all) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
