package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running {@code wattplan serve} on the same DuckDB file: a real server in a child JVM
 * (a DuckDB file is locked per process, so the server must be another process), the CLI in this one.
 */
class ServeBesideCliTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path dir;

    private final List<Process> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws InterruptedException {
        for (Process server : servers) {
            server.destroyForcibly();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts {@code wattplan serve} on a free port over the file; returns its process once it serves. */
    private Process serve(Path store) throws Exception {
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port",
                "0",
                "--store",
                store.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        servers.add(process);
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        String line;
        while ((line = lines.readLine()) != null) {
            seen.add(line);
            if (line.startsWith("wattplan serving ")) {
                return process;
            }
        }
        throw new AssertionError("the server did not start: " + seen);
    }

    @Test
    void simulateAndRunsWorkThroughTheServerThatHoldsTheStore() throws Exception {
        Path store = dir.resolve("store.duckdb");
        Process server = serve(store);
        Path discovery = dir.resolve("store.duckdb.server.json");
        assertThat(discovery).content().contains("\"pid\":" + server.pid()).contains("http://127.0.0.1:");

        CliRun empty = CliRun.of("runs", "list", "--store", store.toString());
        assertThat(empty.code()).as(empty.err()).isZero();
        assertThat(empty.out()).startsWith("   run  status");

        Path scenario = dir.resolve("fleet.yaml");
        Files.writeString(scenario, SimulateCommandTest.SCENARIO);
        Path out = dir.resolve("out");
        CliRun simulated =
                CliRun.of("simulate", scenario.toString(), "--out", out.toString(), "--store", store.toString());
        assertThat(simulated.code()).as(simulated.err()).isZero();
        assertThat(simulated.err()).doesNotContain("Exception");
        assertThat(simulated.out()).contains("stored as run 1 in " + store + " (held by wattplan serve at http://");

        CliRun list = CliRun.of("runs", "list", "--store", store.toString());
        assertThat(list.out()).contains("succeeded").contains("cli");
        // the server ran the same scenario: its stored table is the local run's file, byte for byte
        CliRun csv = CliRun.of("runs", "export", "1", "--store", store.toString());
        assertThat(csv.out()).isEqualTo(Files.readString(out.resolve("annual.csv")));

        CliRun deleted = CliRun.of("runs", "delete", "1", "--store", store.toString());
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("deleted run 1");
        CliRun gone = CliRun.of("runs", "show", "1", "--store", store.toString());
        assertThat(gone.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(gone.err()).contains("no run 1");

        server.destroy(); // SIGTERM: the shutdown hook removes the discovery file
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(discovery).doesNotExist();
        CliRun direct = CliRun.of("runs", "list", "--store", store.toString());
        assertThat(direct.code()).as(direct.err()).isZero();
        assertThat(direct.out()).doesNotContain("succeeded");
    }

    @Test
    void anotherProcessHoldingTheStoreIsNamedWithWhatToDo() throws Exception {
        Path store = dir.resolve("held.duckdb");
        Process holder = serve(store);
        Files.delete(dir.resolve("held.duckdb.server.json")); // a holder that is not a server we can reach
        CliRun list = CliRun.of("runs", "list", "--store", store.toString());
        assertThat(list.code()).isEqualTo(WattplanCli.FAILED);
        assertThat(list.err())
                .contains("the store " + store + " is in use by another process")
                .contains("pid " + holder.pid())
                .contains("give another --store")
                .doesNotContain("Exception");

        Path scenario = dir.resolve("fleet.yaml");
        Files.writeString(scenario, SimulateCommandTest.SCENARIO);
        CliRun simulated = CliRun.of(
                "simulate", scenario.toString(), "--out", dir.resolve("out").toString(), "--store", store.toString());
        assertThat(simulated.code()).isEqualTo(WattplanCli.FAILED);
        assertThat(simulated.err()).contains("--no-store").doesNotContain("Exception");
    }

    @Test
    void aMissingScenarioIsReportedBeforeTheStoreIsOpened() {
        Path store = dir.resolve("never.duckdb");
        CliRun simulated = CliRun.of(
                "simulate",
                dir.resolve("nope.yaml").toString(),
                "--out",
                dir.resolve("out").toString(),
                "--store",
                store.toString());
        assertThat(simulated.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(simulated.err()).contains("nope.yaml");
        assertThat(store).doesNotExist();
    }
}
