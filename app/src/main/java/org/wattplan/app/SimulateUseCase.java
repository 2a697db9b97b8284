package org.wattplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import org.wattplan.app.run.ServerKeeper;
import org.wattplan.app.run.StoreInUseException;
import org.wattplan.app.run.StoredSimulation;
import org.wattplan.app.run.Workspace;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.problem.InvalidInputException;
import org.wattplan.core.problem.Problem;
import org.wattplan.core.table.RunSchema;
import org.wattplan.core.table.Table;
import org.wattplan.io.output.AnnualReport;
import org.wattplan.io.output.CsvWriter;
import org.wattplan.io.output.FleetTables;
import org.wattplan.io.output.ParquetWriter;
import org.wattplan.io.output.RunRecord;
import org.wattplan.io.output.TimeseriesWriter;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;

/**
 * Simulates a fleet scenario and writes its results: {@code run.json}, a copy of the scenario, the annual, per-site,
 * per-workload, phase and training tables and the time series, as CSV and (unless turned off) Parquet.
 */
public final class SimulateUseCase {
    private SimulateUseCase() {}

    /** A finished run: the scenario, the engine's summary, the annual table and the printed report. */
    public record Result(Scenario scenario, FleetSummary summary, Table annual, String report, List<Path> files) {}

    /**
     * What {@code wattplan simulate} asks for: the scenario file, the run directory, Parquet copies or not, the
     * store that keeps the run (empty: none), whether to write {@code report.html} and {@code charts/} too, and
     * whether to delete another run's files from the run directory first ({@link OutputFolder}).
     */
    public record Request(
            Path scenarioFile,
            Path outDir,
            boolean parquet,
            Optional<StoreSettings> store,
            boolean report,
            boolean force) {}

    /** Where a stored run went: its id and the store's location. */
    public record Stored(long runId, String location) {}

    /** A finished command-line run: its files and report, where it is stored, and the HTML report's chart files. */
    public record Outcome(Result result, Optional<Stored> stored, Optional<ReportUseCase.Rendered> report) {}

    /** Reads and checks a scenario as a run would; returns its name. */
    public static String check(Path scenarioFile) {
        return ScenarioReader.read(scenarioFile, CatalogUseCase.load(Optional.empty()))
                .fleet()
                .name();
    }

    /**
     * Reads the scenario (once), claims the run directory ({@link OutputFolder}), records the run in the store as
     * running, runs it, completes the stored run while its files are written (or fails it), and writes the report
     * when asked. When
     * another process holds the store, {@code whenHeld} names the server that does, which then keeps the run (it
     * runs the same scenario with the same engine and seed), or throws saying what holds the store.
     */
    public static Outcome run(
            Request request,
            ProgressListener progress,
            String toolVersion,
            Function<StoreInUseException, ServerKeeper> whenHeld) {
        Scenario scenario = ScenarioReader.read(request.scenarioFile(), CatalogUseCase.load(Optional.empty()));
        OutputFolder.claim(request.outDir(), scenario.sha256(), toolVersion, request.force());
        Keeping keeping = keeping(request.store(), whenHeld);
        Optional<Workspace> workspace = keeping.workspace();
        Optional<ServerKeeper> server = keeping.server();
        try {
            Optional<StoredSimulation> stored = workspace.map(w -> w.beginSimulation(scenario, toolVersion));
            Optional<Long> submitted = server.map(keeper -> submit(keeper, scenario, request.scenarioFile()));
            Result result;
            try {
                result = run(
                        scenario,
                        request.scenarioFile(),
                        request.outDir(),
                        progress,
                        toolVersion,
                        request.parquet(),
                        summary -> stored.ifPresent(run -> run.complete(summary)));
            } catch (RuntimeException e) {
                // A no-op when the results were stored before the files failed: they are complete in the store.
                stored.ifPresent(run -> run.fail(e.getClass().getSimpleName() + ": " + e.getMessage()));
                throw e;
            }
            Optional<ReportUseCase.Rendered> report =
                    request.report() ? Optional.of(ReportUseCase.reportInto(request.outDir())) : Optional.empty();
            Optional<Stored> kept = stored.map(
                    run -> new Stored(run.runId(), workspace.orElseThrow().location()));
            if (server.isPresent()) {
                ServerKeeper keeper = server.get();
                kept = Optional.of(new Stored(keeper.awaitSucceeded(submitted.orElseThrow()), keeper.location()));
            }
            return new Outcome(result, kept, report);
        } finally {
            workspace.ifPresent(Workspace::close);
        }
    }

    /** Where a run is kept: the store opened here, or the server that holds it, or neither (no store asked). */
    private record Keeping(Optional<Workspace> workspace, Optional<ServerKeeper> server) {}

    private static Keeping keeping(
            Optional<StoreSettings> store, Function<StoreInUseException, ServerKeeper> whenHeld) {
        if (store.isEmpty()) {
            return new Keeping(Optional.empty(), Optional.empty());
        }
        try {
            return new Keeping(Optional.of(Workspace.open(store.get())), Optional.empty());
        } catch (StoreInUseException held) {
            return new Keeping(Optional.empty(), Optional.of(whenHeld.apply(held)));
        }
    }

    /** Stores the scenario on the server that holds the store and queues its run there (docs/serve.md). */
    private static long submit(ServerKeeper keeper, Scenario scenario, Path scenarioFile) {
        try {
            return keeper.submit(
                    scenario.text(), String.valueOf(scenarioFile.getFileName()).endsWith(".json"));
        } catch (InvalidInputException e) {
            List<Problem> problems = new ArrayList<>(e.problems());
            problems.add(new Problem(
                    "--store",
                    "the store is held by " + keeper.location() + ", which runs the scenario to store it and refused"
                            + " it; it reads series files only from its own --data folder: simulate with --no-store,"
                            + " or restart the server with --data"));
            throw new InvalidInputException(problems);
        }
    }

    /** Reads and runs a scenario without writing anything. */
    public static FleetSummary simulate(Path scenarioFile, Catalog catalog, boolean keepTimeseries) {
        Scenario scenario = ScenarioReader.read(scenarioFile, catalog);
        return FleetEngine.run(scenario.fleet(), new EngineOptions(keepTimeseries), ProgressListener.none());
    }

    /**
     * Runs into {@code outDir}. A folder holding another run's files is refused, unless {@code force}, which first
     * deletes those files ({@link OutputFolder}).
     */
    public static Result run(
            Path scenarioFile,
            Path outDir,
            Catalog catalog,
            ProgressListener progress,
            String toolVersion,
            boolean parquet,
            boolean force) {
        Scenario scenario = ScenarioReader.read(scenarioFile, catalog);
        OutputFolder.claim(outDir, scenario.sha256(), toolVersion, force);
        return run(scenario, scenarioFile, outDir, progress, toolVersion, parquet, summary -> {});
    }

    /**
     * Runs the engine, then hands its results to {@code keep} (the store) on a thread of its own while the files
     * are written: storing the time series and writing it are the two largest costs after the engine, and they
     * need no order. Returns when both are done; a failure of either is thrown (the files' first).
     */
    private static Result run(
            Scenario scenario,
            Path scenarioFile,
            Path outDir,
            ProgressListener progress,
            String toolVersion,
            boolean parquet,
            Consumer<FleetSummary> keep) {
        FleetSummary summary = FleetEngine.run(scenario.fleet(), EngineOptions.defaults(), progress);
        CompletableFuture<Void> kept = CompletableFuture.runAsync(() -> keep.accept(summary), thread("store"));
        Table annual = FleetTables.annual(summary);
        boolean existed = Files.exists(outDir);
        Result result;
        try {
            result = write(scenario, summary, annual, scenarioFile, outDir, toolVersion, parquet);
        } catch (RuntimeException e) {
            if (!existed) {
                deleteTree(outDir);
            }
            try {
                join(kept);
            } catch (RuntimeException stored) {
                e.addSuppressed(stored);
            }
            throw e;
        }
        join(kept);
        return result;
    }

    /** Runs each task on a new platform thread named {@code wattplan-<name>} (not the common pool: 1 thread on 2 cores). */
    private static Executor thread(String name) {
        return task -> Thread.ofPlatform().name("wattplan-" + name).start(task);
    }

    /** Removes a folder this run created, so that a failed run leaves no partial output behind. */
    private static void deleteTree(Path dir) {
        try (var walk = Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort: the error that made the run fail is the one reported
        }
    }

    private static Result write(
            Scenario scenario,
            FleetSummary summary,
            Table annual,
            Path scenarioFile,
            Path outDir,
            String toolVersion,
            boolean parquet) {
        try {
            Files.createDirectories(outDir);
            List<Path> written = new ArrayList<>();
            Path record = outDir.resolve("run.json");
            String fileName = String.valueOf(scenarioFile.getFileName());
            Files.writeString(
                    record,
                    RunRecord.json(scenario.fleet(), scenario.sha256(), toolVersion, fileName),
                    StandardCharsets.UTF_8);
            written.add(record);
            Path copy = outDir.resolve("scenario" + extension(fileName));
            Files.writeString(copy, scenario.text(), StandardCharsets.UTF_8);
            written.add(copy);
            List<Table> tables = FleetTables.all(summary);
            List<Path> csvs = new ArrayList<>();
            for (Table table : tables) {
                Path csv = outDir.resolve(table.spec().file());
                Files.writeString(csv, CsvWriter.csv(table), StandardCharsets.UTF_8);
                csvs.add(csv);
            }
            // The Parquet copies overlap with writing the time series' CSV.
            CompletableFuture<Void> toParquet = parquet
                    ? CompletableFuture.runAsync(() -> writeParquet(summary, tables, outDir), thread("parquet"))
                    : CompletableFuture.completedFuture(null);
            Path timeseries = outDir.resolve(RunSchema.TIMESERIES.file());
            TimeseriesWriter.write(summary, timeseries);
            csvs.add(timeseries);
            written.addAll(csvs);
            if (parquet) {
                join(toParquet);
                csvs.forEach(csv -> written.add(parquetOf(csv)));
            }
            Table byWorkload = tables.stream()
                    .filter(t -> t.spec().equals(RunSchema.ANNUAL_BY_WORKLOAD))
                    .findFirst()
                    .orElseThrow();
            String report = AnnualReport.text(scenario.fleet().name(), annual, byWorkload);
            return new Result(scenario, summary, annual, report, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** Every table and the time series as Parquet, with the column types {@link RunSchema} declares. */
    private static void writeParquet(FleetSummary summary, List<Table> tables, Path outDir) {
        for (Table table : tables) {
            ParquetWriter.write(table, parquetOf(outDir.resolve(table.spec().file())));
        }
        TimeseriesWriter.parquet(summary, parquetOf(outDir.resolve(RunSchema.TIMESERIES.file())));
    }

    private static Path parquetOf(Path csv) {
        return csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".parquet"));
    }

    private static void join(CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? ".yaml" : fileName.substring(dot);
    }
}
