package org.wattplan.app.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.FleetSummary.Series;
import org.wattplan.io.files.DataPaths;
import org.wattplan.io.output.FleetTables;
import org.wattplan.io.output.Table;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.store.ResultTable;
import org.wattplan.store.RunResults;
import org.wattplan.store.SeriesSource;

/**
 * The fleet engine behind stored runs: reads a scenario document with the engine's reader, runs it, and hands the
 * store its tables (FleetTables) and its hourly series per site, in the units of timeseries.csv. Data files a
 * scenario names ({@code series.*.file}) are looked up only inside {@code dataDir} by {@link DataPaths} (relative
 * paths whose real path stays inside it; a missing and a forbidden file get the same answer); without a data folder
 * a scenario that names a file is bad input.
 */
public final class FleetRunEngine implements RunEngine {
    private static final Series[] COLUMNS = {
        Series.IT_POWER_W,
        Series.FACILITY_POWER_W,
        Series.ACCELERATORS_ONLINE,
        Series.ACCELERATORS_ALLOCATED,
        Series.CO2E_LOCATION_KG,
        Series.WATER_WITHDRAWAL_L
    };
    private static final double[] SCALE = {1e-6, 1e-6, 1, 1, 1, 1e-3};

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
    public long seed(JsonNode document) {
        return document.path("seed").asLong(0);
    }

    /** The store's view of a finished simulation: its tables and (when recorded) its time series. */
    public static RunResults results(FleetSummary summary) {
        List<ResultTable> tables = new ArrayList<>();
        for (Table table : FleetTables.all(summary)) {
            List<List<Object>> rows = new ArrayList<>();
            for (Object[] row : table.rows()) {
                rows.add(Arrays.asList(row));
            }
            tables.add(new ResultTable(table.name(), table.columns(), rows));
        }
        return new RunResults(tables, summary.hasTimeseries() ? series(summary) : SeriesSource.empty());
    }

    private static SeriesSource series(FleetSummary summary) {
        int sites = summary.fleet().sites().size();
        List<String> ids =
                summary.fleet().sites().stream().map(site -> site.id()).toList();
        return new SeriesSource() {
            @Override
            public int rows() {
                return summary.grid().steps() * sites;
            }

            @Override
            public int step(int row) {
                return row / sites;
            }

            @Override
            public long timeS(int row) {
                return summary.grid().startEpochS(step(row));
            }

            @Override
            public String site(int row) {
                return ids.get(row % sites);
            }

            @Override
            public double value(int row, int column) {
                return summary.series(COLUMNS[column], row % sites, step(row)) * SCALE[column];
            }
        };
    }

    private Scenario read(JsonNode document, String text) {
        return ScenarioReader.read(document, text, files, catalog);
    }
}
