package org.wattplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;

/**
 * A real child JVM is killed with {@code Process.destroyForcibly()} (SIGKILL) in the middle of writing a run's
 * results. Opening the store again shows the run interrupted, none of its rows anywhere, and the run completed
 * before it intact.
 */
class KillNineTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    @Test
    void duckdb() throws Exception {
        String location = folder.resolve("crash.duckdb").toString();
        long[] ids = killMidWrite(location);
        try (Store store = Store.open(StoreOptions.of(location), InstantSource.system())) {
            assertConsistent(store, ids);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + location)) {
            assertThat(rowsOf(connection, ids[1])).isZero();
        }
    }

    @Test
    void postgres() throws Exception {
        String url = TestPostgres.newDatabase();
        long[] ids = killMidWrite(url);
        try (Store store = Store.open(StoreOptions.of(url).withStaleAfter(Duration.ZERO), InstantSource.system())) {
            assertConsistent(store, ids);
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            assertThat(rowsOf(connection, ids[1])).isZero();
        }
    }

    private static void assertConsistent(Store store, long[] ids) {
        StoredRun killed = store.run(ids[1]).orElseThrow();
        assertThat(killed.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(killed.finishedAt()).isPresent();
        assertThat(store.tableNames(ids[1])).isEmpty();
        assertThat(store.series(ids[1], SeriesQuery.all(), SeriesAggregate.MEAN).total())
                .isZero();
        assertThat(store.run(ids[0]).orElseThrow().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(store.tableNames(ids[0])).containsExactly("annual");
        assertThat(store.series(ids[0], SeriesQuery.all(), SeriesAggregate.MEAN).total())
                .isEqualTo(48);
    }

    /** Starts the probe, waits until it is writing, kills it; returns the ids of the done and the killed run. */
    private static long[] killMidWrite(String location) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(
                java.toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                CrashProbe.class.getName(),
                location));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long done = -1;
        long killed = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("DONE ")) {
                    done = Long.parseLong(line.substring(5));
                } else if (line.startsWith("WRITING ")) {
                    killed = Long.parseLong(line.substring(8));
                    process.destroyForcibly();
                    break;
                }
            }
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed).as("the probe's output: %s", seen).isPositive();
        assertThat(process.exitValue()).isEqualTo(137);
        return new long[] {done, killed};
    }

    private static long rowsOf(Connection connection, long runId) throws SQLException {
        long total = 0;
        for (String table : List.of("result_tables", "result_values", "timeseries")) {
            try (PreparedStatement count =
                    connection.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE run_id = ?")) {
                count.setLong(1, runId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    total += rows.getLong(1);
                }
            }
        }
        return total;
    }
}
