package org.wattplan.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
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

    /** Reads and runs a scenario without writing anything. */
    public static FleetSummary simulate(Path scenarioFile, Catalog catalog, boolean keepTimeseries) {
        Scenario scenario = ScenarioReader.read(scenarioFile, catalog);
        return FleetEngine.run(scenario.fleet(), new EngineOptions(keepTimeseries), ProgressListener.none());
    }

    public static Result run(
            Path scenarioFile,
            Path outDir,
            Catalog catalog,
            ProgressListener progress,
            String toolVersion,
            boolean parquet) {
        Scenario scenario = ScenarioReader.read(scenarioFile, catalog);
        FleetSummary summary = FleetEngine.run(scenario.fleet(), EngineOptions.defaults(), progress);
        Table annual = FleetTables.annual(summary);
        boolean existed = Files.exists(outDir);
        try {
            return write(scenario, summary, annual, scenarioFile, outDir, toolVersion, parquet);
        } catch (RuntimeException e) {
            if (!existed) {
                deleteTree(outDir);
            }
            throw e;
        }
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
            // The Parquet copies (and DuckDB's start-up) overlap with writing the time series' CSV.
            java.util.concurrent.CompletableFuture<Void> toParquet = parquet
                    ? java.util.concurrent.CompletableFuture.runAsync(() -> writeParquet(summary, tables, outDir))
                    : java.util.concurrent.CompletableFuture.completedFuture(null);
            Path timeseries = outDir.resolve(RunSchema.TIMESERIES.file());
            TimeseriesWriter.write(summary, timeseries);
            csvs.add(timeseries);
            written.addAll(csvs);
            if (parquet) {
                joinParquet(toParquet);
                csvs.forEach(csv -> written.add(parquetOf(csv)));
            }
            String report = AnnualReport.text(scenario.fleet().name(), annual);
            return new Result(scenario, summary, annual, report, written);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
    }

    /** Every table and the time series as Parquet, with the column types {@link RunSchema} declares. */
    private static void writeParquet(FleetSummary summary, List<Table> tables, Path outDir) {
        try (ParquetWriter writer = ParquetWriter.open()) {
            for (Table table : tables) {
                writer.write(table, parquetOf(outDir.resolve(table.spec().file())));
            }
            TimeseriesWriter.parquet(summary, parquetOf(outDir.resolve(RunSchema.TIMESERIES.file())), writer);
        }
    }

    private static Path parquetOf(Path csv) {
        return csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ".parquet"));
    }

    private static void joinParquet(java.util.concurrent.CompletableFuture<Void> task) {
        try {
            task.join();
        } catch (java.util.concurrent.CompletionException e) {
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
