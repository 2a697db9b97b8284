package org.wattplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.wattplan.core.run.RunDeletion;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.ScenarioSummary;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.Table;

/**
 * Scenarios with versions, runs and their results, in DuckDB or PostgreSQL (see {@link StoreOptions}).
 *
 * <p>Consistency after a crash: a run's results and its change to {@code succeeded} are written in one
 * transaction, so a process killed while writing leaves no half-written run that looks complete; results are only
 * ever read for succeeded runs; and a live run whose owner died is marked {@code interrupted} when the store is
 * opened again ({@link #recoverInterrupted()}).
 */
public final class Store implements AutoCloseable {
    private static final String LIVE = "('queued', 'running')";

    private final Database database;
    private final InstantSource clock;
    private final StoreOptions options;
    private final String owner = UUID.randomUUID().toString();
    private final ResultCache cache = new ResultCache();

    private Store(Database database, InstantSource clock, StoreOptions options) {
        this.database = database;
        this.clock = clock;
        this.options = options;
    }

    /** Opens (and creates, and migrates) the store, then marks the runs of dead processes as interrupted. */
    public static Store open(StoreOptions options, InstantSource clock) {
        Store store = new Store(Database.open(options, clock.millis()), clock, options);
        store.recoverInterrupted();
        return store;
    }

    public static Store open(String location) {
        return open(StoreOptions.of(location), InstantSource.system());
    }

    public String kind() {
        return database.postgres ? "postgresql" : "duckdb";
    }

    public String location() {
        return Database.describe(options);
    }

    public int schemaVersion() {
        return database.schemaVersion;
    }

    // ---------------------------------------------------------------- scenarios

    public ScenarioVersion createScenario(String name, String text) {
        long now = clock.millis();
        return Jdbc.inTransaction(database, connection -> {
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO scenarios (name, latest_version, created_at_ms, updated_at_ms, deleted) "
                            + "VALUES (?, 1, ?, ?, FALSE) RETURNING id")) {
                insert.setString(1, name);
                insert.setLong(2, now);
                insert.setLong(3, now);
                id = Jdbc.singleLong(insert);
            }
            return insertVersion(connection, id, 1, name, text, now);
        });
    }

    /** Stores a new version of a scenario; empty if there is no such scenario (or it was deleted). */
    public Optional<ScenarioVersion> updateScenario(long id, String name, String text) {
        long now = clock.millis();
        return Jdbc.inTransaction(database, connection -> {
            Optional<Integer> version;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE scenarios SET latest_version = latest_version + 1, name = ?, updated_at_ms = ? "
                            + "WHERE id = ? AND NOT deleted RETURNING latest_version")) {
                update.setString(1, name);
                update.setLong(2, now);
                update.setLong(3, id);
                try (ResultSet rows = update.executeQuery()) {
                    version = rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
                }
            }
            if (version.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(insertVersion(connection, id, version.get(), name, text, now));
        });
    }

    private static ScenarioVersion insertVersion(
            Connection connection, long id, int version, String name, String text, long now) throws SQLException {
        String sha = Sha256.hex(text);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO scenario_versions (scenario_id, version, name, text, sha256, created_at_ms) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, version);
            insert.setString(3, name);
            insert.setString(4, text);
            insert.setString(5, sha);
            insert.setLong(6, now);
            insert.executeUpdate();
        }
        return new ScenarioVersion(id, version, name, text, sha, Instant.ofEpochMilli(now));
    }

    public List<ScenarioSummary> scenarios() {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name, latest_version, created_at_ms, updated_at_ms FROM scenarios "
                            + "WHERE NOT deleted ORDER BY id")) {
                List<ScenarioSummary> list = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(new ScenarioSummary(
                                rows.getLong(1),
                                rows.getString(2),
                                rows.getInt(3),
                                Instant.ofEpochMilli(rows.getLong(4)),
                                Instant.ofEpochMilli(rows.getLong(5))));
                    }
                }
                return list;
            }
        });
    }

    /** The latest version of a scenario that exists and is not deleted. */
    public Optional<ScenarioVersion> scenario(long id) {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT v.scenario_id, v.version, v.name, v.text, v.sha256, v.created_at_ms "
                            + "FROM scenarios s JOIN scenario_versions v "
                            + "ON v.scenario_id = s.id AND v.version = s.latest_version "
                            + "WHERE s.id = ? AND NOT s.deleted")) {
                select.setLong(1, id);
                return readVersion(select);
            }
        });
    }

    /** Any stored version, also of a deleted scenario (runs keep pointing at what they ran). */
    public Optional<ScenarioVersion> scenarioVersion(long id, int version) {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT scenario_id, version, name, text, sha256, created_at_ms FROM scenario_versions "
                            + "WHERE scenario_id = ? AND version = ?")) {
                select.setLong(1, id);
                select.setInt(2, version);
                return readVersion(select);
            }
        });
    }

    public List<ScenarioVersion> scenarioVersions(long id) {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT v.scenario_id, v.version, v.name, v.text, v.sha256, v.created_at_ms "
                            + "FROM scenario_versions v JOIN scenarios s ON s.id = v.scenario_id "
                            + "WHERE v.scenario_id = ? AND NOT s.deleted ORDER BY v.version")) {
                select.setLong(1, id);
                List<ScenarioVersion> list = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(version(rows));
                    }
                }
                return list;
            }
        });
    }

    private static Optional<ScenarioVersion> readVersion(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(version(rows)) : Optional.empty();
        }
    }

    private static ScenarioVersion version(ResultSet rows) throws SQLException {
        return new ScenarioVersion(
                rows.getLong(1),
                rows.getInt(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                Instant.ofEpochMilli(rows.getLong(6)));
    }

    /** Hides a scenario from lists and reads; its versions stay for the runs that ran them. */
    public boolean deleteScenario(long id) {
        long now = clock.millis();
        return Jdbc.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE scenarios SET deleted = TRUE, updated_at_ms = ? WHERE id = ? AND NOT deleted")) {
                update.setLong(1, now);
                update.setLong(2, id);
                return update.executeUpdate() == 1;
            }
        });
    }

    // ---------------------------------------------------------------- runs

    public StoredRun createRun(RunRequest request) {
        long now = clock.millis();
        long id = Jdbc.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO runs (scenario_id, scenario_version, scenario_name, scenario_sha256, seed, status, "
                            + "message, tool_version, owner, progress, created_at_ms, heartbeat_at_ms) "
                            + "VALUES (?, ?, ?, ?, ?, 'queued', '', ?, ?, 0, ?, ?) RETURNING id")) {
                Jdbc.setOptionalLong(insert, 1, request.scenarioId());
                if (request.scenarioVersion().isPresent()) {
                    insert.setInt(2, request.scenarioVersion().get());
                } else {
                    insert.setNull(2, Types.INTEGER);
                }
                insert.setString(3, request.scenarioName());
                insert.setString(4, request.scenarioSha256());
                insert.setLong(5, request.seed());
                insert.setString(6, request.toolVersion());
                insert.setString(7, owner);
                insert.setLong(8, now);
                insert.setLong(9, now);
                return Jdbc.singleLong(insert);
            }
        });
        return run(id).orElseThrow();
    }

    /** Moves a queued run to running; false if it is no longer queued (cancelled meanwhile). */
    public boolean markRunning(long id) {
        long now = clock.millis();
        return update(
                "UPDATE runs SET status = 'running', started_at_ms = ?, heartbeat_at_ms = ? "
                        + "WHERE id = ? AND status = 'queued'",
                now,
                now,
                id);
    }

    /** Records progress (a fraction) of a running run; also its owner's heartbeat. */
    public void progress(long id, double fraction) {
        long now = clock.millis();
        Jdbc.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET progress = ?, heartbeat_at_ms = ? WHERE id = ? AND status = 'running'")) {
                update.setDouble(1, Math.max(0, Math.min(1, fraction)));
                update.setLong(2, now);
                update.setLong(3, id);
                return update.executeUpdate();
            }
        });
    }

    /** Beats the heart of every live run this process owns (for PostgreSQL shared by several processes). */
    public void heartbeat() {
        long now = clock.millis();
        Jdbc.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET heartbeat_at_ms = ? WHERE owner = ? AND status IN " + LIVE)) {
                update.setLong(1, now);
                update.setString(2, owner);
                return update.executeUpdate();
            }
        });
    }

    /** Stores the results and marks the run succeeded, in one transaction. False if the run was not running. */
    public boolean complete(long id, RunResults results) {
        long now = clock.millis();
        return Jdbc.inTransaction(database, connection -> {
            ResultWriter.tables(connection, database.postgres, id, results.tables());
            ResultWriter.series(connection, database.file, id, results.series());
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE runs SET status = 'succeeded', progress = 1, finished_at_ms = ?, heartbeat_at_ms = ? "
                            + "WHERE id = ? AND status = 'running'")) {
                update.setLong(1, now);
                update.setLong(2, now);
                update.setLong(3, id);
                if (update.executeUpdate() != 1) {
                    connection.rollback();
                    return false;
                }
            }
            return true;
        });
    }

    public boolean fail(long id, String message) {
        return finish(id, RunStatus.FAILED, message);
    }

    /** Cancels a live run; false if it had already finished. */
    public boolean cancel(long id) {
        return finish(id, RunStatus.CANCELLED, "cancelled on request");
    }

    private boolean finish(long id, RunStatus status, String message) {
        long now = clock.millis();
        return update(
                "UPDATE runs SET status = ?, message = ?, finished_at_ms = ?, heartbeat_at_ms = ? "
                        + "WHERE id = ? AND status IN " + LIVE,
                status.key(),
                message,
                now,
                now,
                id);
    }

    /**
     * Marks the live runs of dead owners as interrupted and drops anything they wrote. On DuckDB (one process per
     * file) that is every live run not owned by this store; on PostgreSQL every live run of another owner whose
     * heartbeat is older than {@link StoreOptions#staleAfter()}.
     */
    public int recoverInterrupted() {
        long now = clock.millis();
        long staleBefore = database.postgres ? now - options.staleAfter().toMillis() : Long.MAX_VALUE;
        return Jdbc.inTransaction(database, connection -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM runs WHERE status IN " + LIVE + " AND owner <> ? AND heartbeat_at_ms < ?")) {
                select.setString(1, owner);
                select.setLong(2, staleBefore);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getLong(1));
                    }
                }
            }
            for (long id : ids) {
                ResultWriter.delete(connection, id);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE runs SET status = 'interrupted', message = ?, finished_at_ms = ? "
                                + "WHERE id = ? AND status IN " + LIVE)) {
                    update.setString(1, "the process running it stopped before it finished");
                    update.setLong(2, now);
                    update.setLong(3, id);
                    update.executeUpdate();
                }
            }
            return ids.size();
        });
    }

    /**
     * Deletes a finished run with its results and time series, in one transaction, so the store stops growing:
     * DuckDB reuses the freed blocks for later rows, though the file itself keeps its size (measured: a 42 MB
     * file holding the hyperscaler example's run grew by 0.26 MB, not 30 MB, when the run was deleted and run
     * again). A live run is left.
     */
    public RunDeletion deleteRun(long id) {
        return Jdbc.inTransaction(database, connection -> {
            Optional<RunStatus> status;
            try (PreparedStatement select = connection.prepareStatement("SELECT status FROM runs WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    status = rows.next() ? Optional.of(RunStatus.ofKey(rows.getString(1))) : Optional.empty();
                }
            }
            if (status.isEmpty()) {
                return RunDeletion.NOT_FOUND;
            }
            if (!status.get().isFinal()) {
                return RunDeletion.LIVE;
            }
            ResultWriter.delete(connection, id);
            try (PreparedStatement delete =
                    connection.prepareStatement("DELETE FROM runs WHERE id = ? AND status NOT IN " + LIVE)) {
                delete.setLong(1, id);
                delete.executeUpdate();
            }
            cache.forget(id);
            return RunDeletion.DELETED;
        });
    }

    public Optional<StoredRun> run(long id) {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + RunRows.COLUMNS + " FROM runs WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(RunRows.read(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The newest runs first, at most {@code limit}. */
    public List<StoredRun> runs(int limit) {
        return Jdbc.withConnection(database, connection -> {
            try (PreparedStatement select =
                    connection.prepareStatement("SELECT " + RunRows.COLUMNS + " FROM runs ORDER BY id DESC LIMIT ?")) {
                select.setInt(1, limit);
                List<StoredRun> list = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        list.add(RunRows.read(rows));
                    }
                }
                return list;
            }
        });
    }

    // ---------------------------------------------------------------- results

    /** The names of a succeeded run's tables, in the order stored; empty for a run without results. */
    public List<String> tableNames(long runId) {
        return Jdbc.withConnection(database, connection -> ResultReader.tableNames(connection, runId));
    }

    public Optional<Table> table(long runId, String name) {
        return cache.get(
                "table " + runId + " " + name,
                () -> Jdbc.withConnection(database, connection -> ResultReader.table(connection, runId, name)));
    }

    public SeriesPage series(long runId, SeriesQuery query, SeriesAggregate aggregate) {
        String key = "count " + runId + " " + query.site() + " " + query.fromS() + " " + query.toS() + " "
                + query.resampleS();
        Optional<Long> knownTotal = cache.get(key, Optional::empty);
        SeriesPage page = Jdbc.withConnection(
                database, connection -> ResultReader.series(connection, runId, query, aggregate, knownTotal));
        if (page.total() > 0) {
            cache.get(key, () -> Optional.of(page.total()));
        }
        return page;
    }

    /** The last time step of a succeeded run's series (epoch seconds), empty when it has none. */
    public Optional<Long> lastSeriesTime(long runId) {
        return cache.get(
                "last-time " + runId,
                () -> Jdbc.withConnection(database, connection -> ResultReader.lastSeriesTime(connection, runId)));
    }

    public List<String> seriesSites(long runId) {
        return Jdbc.withConnection(database, connection -> ResultReader.sites(connection, runId));
    }

    private boolean update(String sql, Object... values) {
        return Jdbc.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < values.length; i++) {
                    update.setObject(i + 1, values[i]);
                }
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
