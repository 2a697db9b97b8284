package org.wattplan.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.wattplan.app.grid.GridOutputs;
import org.wattplan.app.grid.GridRequest;
import org.wattplan.app.grid.SiteDynamicsBuilder;
import org.wattplan.core.catalog.Catalog;
import org.wattplan.core.dynamics.GridModel;
import org.wattplan.core.dynamics.GridSummary;
import org.wattplan.core.engine.EngineOptions;
import org.wattplan.core.engine.FleetEngine;
import org.wattplan.core.engine.FleetSummary;
import org.wattplan.core.engine.ProgressListener;
import org.wattplan.core.problem.Problems;
import org.wattplan.io.grid.GridSection;
import org.wattplan.io.grid.GridSectionReader;
import org.wattplan.io.scenario.Scenario;
import org.wattplan.io.scenario.ScenarioReader;
import org.wattplan.io.spec.Currencies;
import org.wattplan.io.spec.Documents;
import org.wattplan.report.chart.ChartWriter;
import org.wattplan.report.chart.GridCharts;

/**
 * Sub-hourly power dynamics of one site (docs/grid.md): reads the scenario and its {@code grid} section, runs the
 * hourly engine for the site's hourly loads and PUE, steps the site through the window ({@link GridModel}) and
 * writes the traces (CSV and Parquet), the band table and the summary.
 */
public final class GridUseCase {
    private GridUseCase() {}

    /** A finished run: the summary, its JSON and text forms, and the files written. */
    public record Result(GridSummary summary, Instant from, String jsonText, String text, List<Path> files) {}

    /** A step such as {@code 10ms} or {@code 1 s} in seconds; bad input names {@code --step}. */
    public static double stepS(String text) {
        return GridSectionReader.parseStepS(text);
    }

    /** Builds the site's dynamics spec (the hourly engine run included) without stepping it. */
    public static SiteDynamicsBuilder.Built spec(Path scenarioFile, Catalog catalog, GridRequest request) {
        Scenario scenario = ScenarioReader.read(scenarioFile, catalog);
        JsonNode document = Currencies.toUsd(Documents.read(scenarioFile), "", new Problems());
        GridSection grid = GridSectionReader.read(Optional.ofNullable(document.get("grid")));
        FleetSummary hourly = FleetEngine.run(scenario.fleet(), new EngineOptions(true), ProgressListener.none());
        return SiteDynamicsBuilder.build(scenario.fleet(), hourly, grid, request, new Problems());
    }

    public static Result run(Path scenarioFile, Catalog catalog, GridRequest request, Path outDir, boolean parquet) {
        SiteDynamicsBuilder.Built built = spec(scenarioFile, catalog, request);
        Instant from = built.from();
        GridSummary summary = GridModel.run(built.spec());
        String json = GridOutputs.jsonText(summary, from);
        try {
            Files.createDirectories(outDir);
            Path trace = GridOutputs.writeTrace(summary, outDir);
            Path bands = GridOutputs.writeBands(summary, outDir);
            Path summaryFile = outDir.resolve("grid_summary.json");
            Result result = new Result(summary, from, json, GridOutputs.text(summary, from), List.of());
            Files.writeString(summaryFile, result.jsonText(), StandardCharsets.UTF_8);
            List<Path> files = new java.util.ArrayList<>(List.of(trace, bands, summaryFile));
            if (parquet) {
                files.add(GridOutputs.writeTraceParquet(summary, outDir));
            }
            files.addAll(ChartWriter.writeAll(GridCharts.of(summary), outDir.resolve("charts")));
            return new Result(summary, from, json, result.text(), files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + outDir + ": " + e.getMessage(), e);
        }
    }
}
