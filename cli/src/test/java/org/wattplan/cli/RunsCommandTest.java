package org.wattplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.RunColumns;
import org.wattplan.core.table.Table;
import org.wattplan.core.table.TableSpec;
import org.wattplan.store.RunRequest;
import org.wattplan.store.Store;

/** {@code wattplan runs list|show|export} over a DuckDB store holding one finished run. */
class RunsCommandTest {
    @TempDir
    @SuppressWarnings("NullAway.Init")
    Path folder;

    long storedRun(String location) {
        try (Store store = Store.open(location)) {
            long id = store.createRun(new RunRequest(Optional.empty(), Optional.empty(), "fleet", "abc", 3, "test"))
                    .id();
            store.markRunning(id);
            store.complete(
                    id,
                    new RunResults(
                            List.of(Table.of(TableSpec.of("annual", RunColumns.YEAR, RunColumns.ELECTRICITY_MWH))
                                    .add(2024L, 1500.25)),
                            SeriesSource.empty()));
            return id;
        }
    }

    @Test
    void listShowAndExport() throws Exception {
        String location = folder.resolve("store.duckdb").toString();
        long id = storedRun(location);

        CliRun list = CliRun.of("runs", "list", "--store", location);
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("succeeded").contains("fleet");

        CliRun show = CliRun.of("runs", "show", String.valueOf(id), "--store", location);
        assertThat(show.out()).contains("run " + id + ": succeeded").contains("tables: annual");

        CliRun csv = CliRun.of("runs", "export", String.valueOf(id), "--store", location);
        assertThat(csv.out()).isEqualTo("year,electricity_mwh\n2024,1500.25\n");

        Path parquet = folder.resolve("annual.parquet");
        CliRun file = CliRun.of(
                "runs",
                "export",
                String.valueOf(id),
                "--format",
                "parquet",
                "--out",
                parquet.toString(),
                "--store",
                location);
        assertThat(file.code()).as(file.err()).isZero();
        assertThat(new String(Files.readAllBytes(parquet), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PAR1");
    }

    @Test
    void anUnknownRunOrTableIsBadInput() {
        String location = folder.resolve("store.duckdb").toString();
        long id = storedRun(location);
        CliRun unknown = CliRun.of("runs", "show", "999", "--store", location);
        assertThat(unknown.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(unknown.err()).contains("no run 999");
        CliRun table = CliRun.of("runs", "export", String.valueOf(id), "--table", "nope", "--store", location);
        assertThat(table.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(table.err()).contains("has no table \"nope\"");
    }

    @Test
    void simulateStoresItsRunUnlessToldNotTo() throws Exception {
        String location = folder.resolve("simulated.duckdb").toString();
        Path scenario = folder.resolve("fleet.yaml");
        Files.writeString(scenario, SimulateCommandTest.SCENARIO);
        CliRun simulated = CliRun.of(
                "simulate",
                scenario.toString(),
                "--out",
                folder.resolve("out").toString(),
                "--no-parquet",
                "--quiet",
                "--store",
                location);
        assertThat(simulated.code()).as(simulated.err()).isZero();
        assertThat(simulated.out()).contains("stored as run 1");
        CliRun show = CliRun.of("runs", "show", "1", "--store", location);
        assertThat(show.out()).contains("run 1: succeeded").contains("annual, annual_by_site, annual_by_workload");
        CliRun csv = CliRun.of("runs", "export", "1", "--store", location);
        assertThat(csv.out()).isEqualTo(Files.readString(folder.resolve("out/annual.csv")));
    }

    @Test
    void deleteRemovesARunAndItsResults() {
        String location = folder.resolve("store.duckdb").toString();
        long kept = storedRun(location);
        long id = storedRun(location);
        CliRun deleted = CliRun.of("runs", "delete", String.valueOf(id), "--store", location);
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("deleted run " + id + " (fleet)");
        try (Store store = Store.open(location)) {
            assertThat(store.runs(10)).extracting(StoredRun::id).containsExactly(kept);
            assertThat(store.tableNames(id)).isEmpty();
            assertThat(store.tableNames(kept)).containsExactly("annual");
        }
        CliRun again = CliRun.of("runs", "delete", String.valueOf(id), "--store", location);
        assertThat(again.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(again.err()).contains("no run " + id);
    }

    @Test
    void aRunLeftByADeadProcessCanBeDeleted() {
        String location = folder.resolve("store.duckdb").toString();
        long id;
        try (Store store = Store.open(location)) {
            id = store.createRun(new RunRequest(Optional.empty(), Optional.empty(), "fleet", "abc", 3, "test"))
                    .id();
        }
        // reopening marks the run of a dead process interrupted: a final status, so it can go
        CliRun deleted = CliRun.of("runs", "delete", String.valueOf(id), "--store", location);
        assertThat(deleted.code()).as(deleted.err()).isZero();
    }

    @Test
    void exportAcceptsTheFormatInAnyCase() {
        String location = folder.resolve("store.duckdb").toString();
        long id = storedRun(location);
        CliRun csv = CliRun.of("runs", "export", String.valueOf(id), "--format", "CSV", "--store", location);
        assertThat(csv.out()).isEqualTo("year,electricity_mwh\n2024,1500.25\n");
        CliRun bad = CliRun.of("runs", "export", String.valueOf(id), "--format", "xlsx", "--store", location);
        assertThat(bad.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(bad.err()).contains("\"xlsx\" must be csv or parquet");
    }

    @Test
    void serveRefusesAnotherAddressWithoutAToken() {
        CliRun result = CliRun.of(
                "serve",
                "--host",
                "0.0.0.0",
                "--port",
                "0",
                "--store",
                folder.resolve("s.duckdb").toString());
        assertThat(result.code()).isEqualTo(WattplanCli.BAD_INPUT);
        assertThat(result.err()).contains("needs an API token");
    }
}
