package org.wattplan.app.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.wattplan.app.ReportUseCase;
import org.wattplan.core.engine.FleetSpec;
import org.wattplan.core.engine.SiteSpec;
import org.wattplan.core.run.RunStatus;
import org.wattplan.core.run.ScenarioVersion;
import org.wattplan.core.run.SeriesAggregate;
import org.wattplan.core.run.SeriesPage;
import org.wattplan.core.run.SeriesQuery;
import org.wattplan.core.run.StoredRun;
import org.wattplan.core.table.RunSchema;
import org.wattplan.io.output.RunRecord;
import org.wattplan.store.Exports;

/**
 * The HTML report ({@code wattplan report}, docs/report.md) of a stored run: the run's folder is written again from
 * the store into a temporary folder (run.json, the scenario version it ran, every stored table and the time series
 * as CSV, the same bytes as {@code wattplan simulate} writes), reported by the report module, and deleted.
 */
public final class StoredRunReport {
    private final ResultsUseCase results;
    private final StoredRunFleet fleets;

    public StoredRunReport(ResultsUseCase results, StoredRunFleet fleets) {
        this.results = results;
        this.fleets = fleets;
    }

    /** The report of a succeeded run whose scenario is stored and read by the fleet engine; else empty. */
    public Optional<String> html(long runId) {
        Optional<StoredRun> run = results.run(runId).filter(r -> r.status() == RunStatus.SUCCEEDED);
        Optional<ScenarioVersion> scenario = run.flatMap(fleets::scenario);
        Optional<FleetSpec> fleet = run.flatMap(fleets::of);
        if (run.isEmpty() || scenario.isEmpty() || fleet.isEmpty()) {
            return Optional.empty();
        }
        Path parent = null;
        try {
            parent = Files.createTempDirectory("wattplan-report-");
            // the report names its run directory: run-12, not the temporary folder's random name
            Path dir = Files.createDirectory(parent.resolve("run-" + runId));
            write(dir, run.get(), scenario.get(), fleet.get());
            return Optional.of(ReportUseCase.report(dir, ReportUseCase.Format.HTML, Optional.empty(), Optional.empty())
                    .text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (parent != null) {
                delete(parent);
            }
        }
    }

    private void write(Path dir, StoredRun run, ScenarioVersion scenario, FleetSpec fleet) throws IOException {
        String scenarioFile = scenario.text().stripLeading().startsWith("{") ? "scenario.json" : "scenario.yaml";
        Files.writeString(
                dir.resolve("run.json"),
                RunRecord.json(fleet, run.scenarioSha256(), run.toolVersion(), scenarioFile),
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(scenarioFile), scenario.text(), StandardCharsets.UTF_8);
        for (String table : results.tables(run.id())) {
            Files.write(
                    dir.resolve(table + ".csv"),
                    results.exportTable(run.id(), table, ResultsUseCase.Format.CSV)
                            .orElseThrow());
        }
        Files.writeString(
                dir.resolve(RunSchema.TIMESERIES.file()), timeseries(run.id(), fleet), StandardCharsets.UTF_8);
    }

    /**
     * The time series as {@code wattplan simulate} writes it: each step's sites in the scenario's order (the store
     * keeps them in name order), which is the order the report draws and lists them in.
     */
    private String timeseries(long runId, FleetSpec fleet) {
        List<String> order = fleet.sites().stream().map(SiteSpec::id).toList();
        List<SeriesPage.Row> rows = new ArrayList<>();
        Optional<Long> next = Optional.of(0L);
        while (next.isPresent()) {
            SeriesPage page = results.series(
                    runId,
                    new SeriesQuery(
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty(),
                            next.get(),
                            SeriesQuery.MAX_LIMIT),
                    SeriesAggregate.MEAN);
            rows.addAll(page.rows());
            next = page.rows().isEmpty() ? Optional.empty() : page.nextOffset();
        }
        rows.sort(Comparator.comparingLong(SeriesPage.Row::timeS).thenComparingInt(row -> order.indexOf(row.site())));
        return Exports.csv(new SeriesPage(rows, rows.size(), Optional.empty()));
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // a temporary folder left behind is the system's to clean; the report was already made or failed
        }
    }
}
