package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.run.RunResults;
import org.wattplan.core.run.SeriesSource;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.output.FleetTables;
import org.wattplan.io.output.TimeseriesWriter;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;

/**
 * The fleet engine behind stored runs: reads a scenario document with the engine's reader, runs it, and hands the
 * store its tables (FleetTables) and its hourly series per site, in the units RunSchema.TIMESERIES declares. Data
 * files a scenario names ({@code series.*.file}) are looked up only inside {@code dataDir} by {@link DataPaths}
 * (relative paths whose real path stays inside it; a missing and a forbidden file get the same answer); without a
 * data folder a scenario that names a file is bad input.
 */
public final class FleetRunEngine implements RunEngine {
    private final Catalog catalog;
    private final DataPaths files;

    public FleetRunEngine(Catalog catalog, Optional<Path> dataDir) {
        this.catalog = catalog;
        this.files = dataDir.map(DataPaths::dataFolder)
                .orElseGet(() -> DataPaths.none(
                        "this server reads no data files; start it with --data DIR to allow files there"));
    }

    /** Reads the scenario as the engine does and returns its name; every problem is thrown with its path. */
    public String check(JsonNode document, String text) {
        return read(document, text).fleet().name();
    }

    @Override
    public RunResults run(JsonNode document, String text, DoubleConsumer progress) {
        Scenario scenario = read(document, text);
        FleetSummary summary = FleetEngine.run(scenario.fleet(), EngineOptions.defaults(), progress::accept);
        return results(summary);
    }

    @Override
    public Optional<FleetSpec> fleet(JsonNode document, String text) {
        return Optional.of(read(document, text).fleet());
    }

    @Override
    public long seed(JsonNode document) {
        return document.path("seed").asLong(0);
    }

    /** The store's view of a finished simulation: its tables and (when recorded) its time series. */
    public static RunResults results(FleetSummary summary) {
        return new RunResults(
                FleetTables.all(summary), summary.hasTimeseries() ? series(summary) : SeriesSource.empty());
    }

    private static SeriesSource series(FleetSummary summary) {
        return SeriesSource.grid(
                summary.grid().steps(),
                summary.fleet().sites().stream().map(site -> site.id()).toList(),
                step -> summary.grid().startEpochS(step),
                (step, site, column) -> TimeseriesWriter.value(summary, column, site, step));
    }

    private Scenario read(JsonNode document, String text) {
        return ScenarioReader.read(document, text, files, catalog);
    }
}
