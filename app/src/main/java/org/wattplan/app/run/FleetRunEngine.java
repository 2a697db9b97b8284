package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.output.FleetTables;
import org.wattplan.io.output.TimeseriesWriter;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.store.RunResults;
import org.wattplan.store.SeriesSource;

/**
 * The fleet engine behind stored runs: reads a scenario document with the engine's reader, runs it, and hands the
 * store its tables (FleetTables) and its hourly series per site, in the units RunSchema.TIMESERIES declares. Data files a
 * scenario names ({@code series.*.file}) are looked up only inside {@code dataDir}, and only by relative paths
 * that stay inside it; without a data folder a scenario that names a file is bad input.
 */
public final class FleetRunEngine implements RunEngine {
    private final Catalog catalog;
    private final Optional<Path> dataDir;

    public FleetRunEngine(Catalog catalog, Optional<Path> dataDir) {
        this.catalog = catalog;
        this.dataDir = dataDir.map(dir -> dir.toAbsolutePath().normalize());
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
        checkFiles(document);
        return ScenarioReader.read(document, text, dataDir.orElse(Path.of("").toAbsolutePath()), catalog);
    }

    private void checkFiles(JsonNode document) {
        Problems problems = new Problems();
        document.path("series").properties().forEach(entry -> {
            JsonNode file = entry.getValue().path("file");
            if (!file.isTextual()) {
                return;
            }
            String where = "series." + entry.getKey() + ".file";
            if (dataDir.isEmpty()) {
                problems.add(where, "this server reads no data files; start it with --data DIR to allow files there");
                return;
            }
            Path resolved = dataDir.get().resolve(file.asText()).normalize();
            if (Path.of(file.asText()).isAbsolute() || !resolved.startsWith(dataDir.get())) {
                problems.add(where, "\"" + file.asText() + "\" must be a relative path inside the data folder");
            }
        });
        problems.throwIfAny();
    }
}
